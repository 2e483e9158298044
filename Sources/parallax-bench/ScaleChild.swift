import Foundation

/// The measured work, each part in a fresh process (`parallax-bench scale --child cold|explore …`), so
/// that a start is a real start and each process's peak RSS is its own, not the harness's.
enum ScaleChild {
    /// What a cold-index process reports.
    struct Cold: Codable {
        /// Seconds the index build took.
        let seconds: Double
        /// Peak RSS of the process, MB.
        let rssMB: Double
    }

    /// What an explorer process reports.
    struct Explore: Codable {
        /// Warm start to the first drawn library frame, ms.
        let warmStartMS: Double
        /// Opening the index for queries, ms.
        let openMS: Double
        /// Per query, the time of each prefix as typed, ms.
        let searchMS: [[Double]]
        /// Per query, the articles the whole query matched.
        let hits: [Int]
        /// Per navigation key, ms.
        let navMS: [Double]
        /// Reading the library's filter candidates, ms.
        let filterPrepareMS: Double
        /// Per library-filter query, the time of each prefix as typed, ms.
        let filterMS: [[Double]]
        /// Peak RSS of the process, MB.
        let rssMB: Double
    }

    /// Runs one part in this process and prints its JSON line; returns the exit status.
    static func run(kind: String, corpus: URL, cache: URL, queries: [String], navKeys: Int) -> Int32 {
        let subject = makeScaleSubject()
        do {
            let data: Data
            switch kind {
            case "cold":
                let ms = try ScaleStats.milliseconds { try subject.coldIndex(corpus, cache) }
                data = try JSONEncoder().encode(Cold(seconds: ms / 1000, rssMB: ScaleStats.peakRSSMegabytes()))
            case "explore":
                let warm = try ScaleStats.milliseconds { try subject.warmStartFirstFrame(corpus, cache) }
                var session: (any SearchSession)?
                let open = try ScaleStats.milliseconds { session = try subject.openForQueries(corpus, cache) }
                guard let session else { throw ScaleError.child("no search session") }
                var times: [[Double]] = [], hits: [Int] = []
                for query in queries {
                    var found = 0
                    times.append(try ScaleQueries.prefixes(query).map { prefix in
                        try ScaleStats.milliseconds { found = try session.search(prefix) }
                    })
                    hits.append(found)
                }
                let nav = try subject.navigation(corpus, cache, navKeys)
                // The library filter last: its candidates stay in memory, as in an explorer that filtered.
                let filter = try subject.libraryFilter(corpus, cache, ScaleQueries.filterQueries(queries))
                data = try JSONEncoder().encode(Explore(warmStartMS: warm, openMS: open, searchMS: times, hits: hits,
                                                        navMS: nav, filterPrepareMS: filter.prepareMS, filterMS: filter.typedMS,
                                                        rssMB: ScaleStats.peakRSSMegabytes()))
            default:
                throw ScaleError.usage("--child cold|explore")
            }
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return 0
        } catch {
            FileHandle.standardError.write(Data("parallax-bench scale --child \(kind): \(error)\n".utf8))
            return 1
        }
    }

    /// Runs this executable as a child for one part and decodes what it prints.
    static func spawn<T: Decodable>(_ type: T.Type, kind: String, corpus: URL, cache: URL, navKeys: Int) throws -> T {
        let process = Process()
        process.executableURL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["scale", "--child", kind, "--corpus", corpus.path, "--cache", cache.path, "--nav-keys", String(navKeys)]
        let output = Pipe()
        process.standardOutput = output
        do { try process.run() } catch { throw ScaleError.child("cannot start \(process.executableURL?.path ?? "?"): \(error)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ScaleError.child("\(kind) exited with status \(process.terminationStatus)") }
        do { return try JSONDecoder().decode(T.self, from: data) } catch {
            throw ScaleError.child("\(kind) printed no readable result: \(error)")
        }
    }
}
