import Foundation

/// The spaCy peer (`shared/eval/peer-ner/peer_ner.py`), run on the same articles for comparison.
enum PeerNER {
    /// What the peer reports with `--stats`.
    struct Stats {
        let words: Int
        let seconds: Double
        let wordsPerSecond: Double
    }

    /// The peer script: `--peer PATH`, else `../shared/eval/peer-ner/peer_ner.py` from the working directory
    /// or from the repository.
    static func locate(explicit: String?, repository: URL) -> String? {
        let candidates = explicit.map { [$0] } ?? [
            "../shared/eval/peer-ner/peer_ner.py",
            repository.appendingPathComponent("../shared/eval/peer-ner/peer_ner.py").standardizedFileURL.path,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Writes the texts to a temporary folder, runs `python3 SCRIPT --stats DIR > /dev/null` and reads its
    /// stats from standard error; nil (with the reason) when it fails.
    static func run(script: String, texts: [String]) -> Result<Stats, BenchError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-peer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (i, text) in texts.enumerated() {
                try text.write(to: folder.appendingPathComponent(String(format: "%06d.txt", i)), atomically: false, encoding: .utf8)
            }
        } catch {
            return .failure(.peer("cannot write the articles: \(error)"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--stats", folder.path]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch { return .failure(.peer("cannot start python3: \(error)")) }
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            return .failure(.peer("exit \(process.terminationStatus): \(text.split(separator: "\n").last ?? "")"))
        }
        return parse(text).map { .success($0) } ?? .failure(.peer("no stats in its output"))
    }

    /// Reads `words: N`, `seconds: X` and `words/second: Y` lines.
    static func parse(_ text: String) -> Stats? {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let words = fields["words"].flatMap({ Int($0) }), let seconds = fields["seconds"].flatMap({ Double($0) })
        else { return nil }
        let rate = fields["words/second"].flatMap { Double($0) } ?? (seconds > 0 ? Double(words) / seconds : 0)
        return Stats(words: words, seconds: seconds, wordsPerSecond: rate)
    }
}

/// What can go wrong in a benchmark.
enum BenchError: Error, CustomStringConvertible {
    /// The peer could not be run.
    case peer(String)
    /// The articles could not be loaded.
    case corpus(String)

    /// The error in words.
    var description: String {
        switch self {
        case .peer(let reason): return "peer: \(reason)"
        case .corpus(let reason): return reason
        }
    }
}
