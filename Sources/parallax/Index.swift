import ArgumentParser
import Foundation
import ParallaxCore
import Synchronization

extension CacheOptions {
    /// Opens the index of a corpus folder (printing its notices as `parallax: …` lines), or fails in one line.
    func open(_ corpus: CorpusOptions, recognizer: any MentionRecognizer) throws -> CorpusIndex {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus.path, isDirectory: &isDir), isDir.boolValue else {
            throw fail(corpus.message(for: .notAFolder(path: corpus.path)))
        }
        let index: CorpusIndex
        do {
            index = try CorpusIndex(root: URL(fileURLWithPath: corpus.path), cache: location, recognizer: recognizer)
        } catch {
            throw fail("cannot open the index: \(error)")
        }
        for notice in index.notices { FileHandle.standardError.write(Data("parallax: \(notice)\n".utf8)) }
        return index
    }
}

/// `parallax index [PATH]`: builds or refreshes the corpus's index.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build or refresh the index of a corpus folder (only new and changed files are read again).")

    @OptionGroup var cacheOptions: CacheOptions
    @OptionGroup var corpus: CorpusOptions

    /// Refreshes the index, with a progress bar when standard error is a terminal.
    func run() throws {
        let recognizer = try requireIndexRecognizer()
        let index = try cacheOptions.open(corpus, recognizer: recognizer)
        let started = DispatchTime.now().uptimeNanoseconds
        let bar = isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
        let report: RefreshReport
        do {
            var progress: (@Sendable (IndexProgress) -> Void)?
            if let bar { progress = { bar.show($0) } }
            report = try index.refresh(progress: progress)
        } catch {
            bar?.clear()
            throw fail("\(error)")
        }
        bar?.clear()
        if report.busy {
            FileHandle.standardError.write(Data("parallax: another Parallax is indexing this corpus; try again when it is done\n".utf8))
            return
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let files = report.added + report.changed + report.unchanged
        let place = index.databasePath.map(Self.abbreviated) ?? "memory"
        print("indexed \(files) files (\(report.added) new, \(report.changed) changed, \(report.removed) removed, "
              + "\(report.unchanged) unchanged) in \(String(format: "%.1f", seconds)) s → \(place)")
    }

    /// A path with the home folder written `~`.
    static func abbreviated(_ path: String) -> String {
        let home = NSHomeDirectory()
        return !home.isEmpty && path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path
    }
}

/// A one-line progress bar on standard error, redrawn in place at most ten times a second.
final class ProgressBar: Sendable {
    /// When it was last drawn and when analysis started (nanoseconds), and whether anything is shown.
    private let state = Mutex<(drawn: UInt64, started: UInt64, shown: Bool)>((0, 0, false))

    /// Draws the progress, unless it was drawn less than 0.1 s ago (the end of a phase is always drawn).
    func show(_ progress: IndexProgress) {
        let now = DispatchTime.now().uptimeNanoseconds
        let line: String? = state.withLock { s in
            if s.started == 0 { s.started = now }
            let final: Bool
            switch progress {
            case .analysing(let done, let total, _): final = done == total
            case .grouping: final = true
            default: final = false
            }
            guard final || now - s.drawn >= 100_000_000 else { return nil }
            s.drawn = now
            s.shown = true
            return Self.line(progress, elapsed: Double(now - s.started) / 1e9)
        }
        if let line { FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8)) }
    }

    /// Erases the bar.
    func clear() {
        let shown = state.withLock { $0.shown }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// The text of the bar.
    static func line(_ progress: IndexProgress, elapsed: Double) -> String {
        switch progress {
        case .scanning(let files):
            return "scanning… \(files) files"
        case .analysing(let done, let total, let bytes):
            let fraction = total > 0 ? Double(done) / Double(total) : 1
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
            let rate = elapsed > 0 ? Double(bytes) / 1_048_576 / elapsed : 0
            let eta = fraction > 0 && fraction < 1 ? elapsed * (1 - fraction) / fraction : 0
            return "[\(bar)] \(done)/\(total) files  \(String(format: "%.1f", rate)) MB/s  ETA \(Self.clock(eta))"
        case .grouping(let articles):
            return "grouping \(articles) articles into events and linking entities…"
        case .finished:
            return ""
        }
    }

    /// Seconds as `m:ss`.
    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
    }
}
