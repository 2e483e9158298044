import Foundation
import GRDB
import Synchronization

/// What the index knew about a file before a refresh.
struct StoredFile: Sendable {
    let rowID: Int64
    let stat: FileStat
    let hash: UInt64
    let isArticle: Bool
    let pending: Bool
}

/// What the writer thread of a pipelined refresh shares with the analysing thread.
final class PipelineState: Sendable {
    /// The report, counted by the writer as it commits batches.
    let report: Mutex<RefreshReport>
    /// The first error a write threw, which stops the refresh.
    let failure = Mutex<(any Error)?>(nil)
    /// Files of the batches committed so far.
    let written = Mutex(0)

    /// Starts from the report so far.
    init(_ report: RefreshReport) { self.report = Mutex(report) }
}

/// One file's outcome in a batch: its content did not change, or it was analysed.
enum BatchResult: Sendable {
    case sameContent(path: String, stat: FileStat)
    case analysed(AnalysedFile)
}

extension CorpusIndex {
    /// Files analysed per transaction. The full-text index writes a segment per transaction and merges
    /// them as they pile up; at 1,024 files a batch its inserts take about 14% less CPU than at 512
    /// (measured on the 10,000-article scale corpus), and a batch is still well under a second of work.
    static let batchSize = 1_024

    /// Brings the index up to date with the folder: analyses new and changed files in batches (each batch
    /// one transaction), drops files that are gone, then regroups and relinks when anything changed.
    /// Returns `busy` without writing when another process holds the writer's lock.
    public func refresh(progress: (@Sendable (IndexProgress) -> Void)?) throws -> RefreshReport {
        var report = RefreshReport()
        let acquired = refreshing.withLock { running -> Bool in
            if running { return false }
            running = true
            return true
        }
        guard acquired else {
            report.busy = true
            return report
        }
        defer { refreshing.withLock { $0 = false } }
        var lock: WriterLock?
        if let path = databasePath {
            guard let taken = WriterLock.acquire(path + ".lock") else {
                report.busy = true
                return report
            }
            lock = taken
        }
        defer { lock?.release() }
        try refreshLocked(&report, progress: progress)
        progress?(.finished(report))
        return report
    }

    /// The refresh, with the lock held.
    private func refreshLocked(_ report: inout RefreshReport, progress: (@Sendable (IndexProgress) -> Void)?) throws {
        var trace = PhaseTrace()
        let paths = try CorpusLoader(root: root).articlePaths()
        progress?(.scanning(files: paths.count))
        let stored = try db.read { try Self.storedFiles($0) }
        var toRead: [String] = []
        let rootPath = root.path
        for path in paths {
            if let known = stored[path], let stat = FileStat.of(CorpusLoader.join(rootPath, path)),
               stat == known.stat {
                report.unchanged += 1
            } else {
                toRead.append(path)
            }
        }
        let present = Set(paths)
        let removed = stored.filter { !present.contains($0.key) }.map(\.value.rowID)
        report.removed = removed.count
        let analyser = FileAnalyser(root: root, recognizer: recognizer)
        trace.mark("scan")
        // A big page cache while building: the full-text index's pages are written over and over.
        try db.writeWithoutTransaction { try $0.execute(sql: "PRAGMA cache_size = -65536") }
        defer { try? db.writeWithoutTransaction { try $0.execute(sql: "PRAGMA cache_size = -8192") } }
        try writePipelined(toRead, analyser: analyser, stored: stored, report: &report, progress: progress)
        // Nothing reads the model until the next refresh finds files to analyse.
        (recognizer as? LazyRecognizer)?.releaseModel()
        // The build's page cache and the analysis's freed memory are not needed while regrouping.
        try db.writeWithoutTransaction { try $0.execute(sql: "PRAGMA cache_size = -8192") }
        MemoryTrim.releaseFreed()
        trace.mark("analyse")
        let dirty = try db.read { try Meta.int($0, "dirty") } != 0
        if dirty || !removed.isEmpty {
            try regroup(removing: removed, progress: progress)
        }
        report.skipped = try db.read { try Meta.int($0, "skipped") }
    }

    /// Analyses the files in batches on every core while a writer thread commits the batches before (one
    /// transaction each, in order), so the cores never wait for the writer. The next batch's files are
    /// queued before the current batch is waited for, so that a core that finishes its share early moves on
    /// to them instead of idling at the end of every batch; and up to `pendingWrites` analysed batches may
    /// wait for the writer, so that a commit that takes longer (the full-text index merging its segments)
    /// does not hold up the analysis. A batch's progress is told once it is committed.
    private func writePipelined(_ toRead: [String], analyser: FileAnalyser, stored: [String: StoredFile],
                                report: inout RefreshReport, progress: (@Sendable (IndexProgress) -> Void)?) throws {
        let state = PipelineState(report)
        let writing = DispatchGroup()
        let room = DispatchSemaphore(value: Self.pendingWrites)
        let queue = DispatchQueue(label: "parallax.index.writer")
        let total = toRead.count
        var analysing: AnalysingBatch?
        defer {
            _ = analysing?.wait()
            writing.wait()
            report = state.report.withLock { $0 }
        }
        var start = 0
        while start < toRead.count || analysing != nil {
            var next: AnalysingBatch?
            if start < toRead.count {
                let batch = Array(toRead[start..<min(toRead.count, start + Self.batchSize)])
                start += batch.count
                next = Self.startBatch(batch, analyser: analyser, stored: stored)
            }
            defer { analysing = next }
            guard let current = analysing else { continue }
            let results = current.wait()
            room.wait()
            if let error = state.failure.withLock({ $0 }) {
                room.signal()
                throw error
            }
            writing.enter()
            queue.async { [db] in
                defer {
                    room.signal()
                    writing.leave()
                }
                // A batch after one that failed is not written.
                guard state.failure.withLock({ $0 }) == nil else { return }
                do {
                    var local = state.report.withLock { $0 }
                    try db.write { db in try Self.writeBatch(db, results, stored: stored, report: &local) }
                    state.report.withLock { $0 = local }
                    let done = state.written.withLock { written -> Int in
                        written += results.count
                        return written
                    }
                    self.invalidateCounters()
                    progress?(.analysing(done: done, total: total, bytes: local.bytes))
                } catch {
                    state.failure.withLock { $0 = error }
                    self.invalidateCounters()
                }
            }
        }
        writing.wait()
        if let error = state.failure.withLock({ $0 }) { throw error }
    }

    /// Analysed batches that may wait for the writer at once (besides the two being analysed).
    static let pendingWrites = 2

    /// A batch whose files are being read and analysed on the global queue's threads.
    final class AnalysingBatch: Sendable {
        /// Each file's result, by its place in the batch, as it is done.
        let slots: Mutex<[BatchResult?]>
        /// Left when every file is done.
        let group = DispatchGroup()

        /// Room for `count` results.
        init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

        /// The results in order, once every file is done.
        func wait() -> [BatchResult] {
            group.wait()
            return slots.withLock { $0.compactMap { $0 } }
        }
    }

    /// Queues the reading, hashing and (when new or changed) analysis of a batch of files, eight at a time,
    /// on the global queue (as many threads as cores).
    static func startBatch(_ paths: [String], analyser: FileAnalyser, stored: [String: StoredFile]) -> AnalysingBatch {
        let batch = AnalysingBatch(count: paths.count)
        let chunk = 8
        for first in stride(from: 0, to: paths.count, by: chunk) {
            DispatchQueue.global().async(group: batch.group) {
                var part: [(Int, BatchResult)] = []
                for i in first..<min(paths.count, first + chunk) {
                    part.append((i, analyseOne(paths[i], analyser: analyser, known: stored[paths[i]])))
                }
                batch.slots.withLock { for (i, r) in part { $0[i] = r } }
            }
        }
        return batch
    }

    /// Every stored file by path.
    static func storedFiles(_ db: Database) throws -> [String: StoredFile] {
        var out: [String: StoredFile] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, mtime, hash, skipped IS NULL, pending FROM files")
        while let row = try rows.next() {
            let hash: Int64 = row[4]
            out[row[1]] = StoredFile(rowID: row[0], stat: FileStat(size: row[2], mtime: row[3]),
                                     hash: UInt64(bitPattern: hash), isArticle: row[5], pending: row[6])
        }
        return out
    }

    /// One file: unreadable, the same bytes as stored, or analysed.
    static func analyseOne(_ path: String, analyser: FileAnalyser, known: StoredFile?) -> BatchResult {
        let read = analyser.read(path)
        let stat = read.stat ?? FileStat(size: -1, mtime: -1)
        guard let data = read.data else {
            return .analysed(AnalysedFile(path: path, stat: stat, hash: 0, skipped: read.reason ?? "unreadable", fields: nil))
        }
        let hash = data.withUnsafeBytes { StableHash.of($0) }
        if let known, known.hash == hash { return .sameContent(path: path, stat: stat) }
        return .analysed(analyser.analyse(path: path, data: data, stat: stat, hash: hash))
    }

    /// Writes one batch: new rows, changed rows, stats of files whose bytes did not change; bumps the counters.
    static func writeBatch(_ db: Database, _ results: [BatchResult], stored: [String: StoredFile],
                           report: inout RefreshReport) throws {
        let writer = try BatchWriter(db)
        var delta = (articles: 0, skipped: 0, pending: 0, content: false)
        for result in results {
            switch result {
            case .sameContent(let path, let stat):
                try writer.updateStat(path: path, stat: stat)
                report.unchanged += 1
            case .analysed(let file):
                report.bytes += max(0, file.stat.size)
                let old = stored[file.path]
                if old == nil { report.added += 1 } else { report.changed += 1 }
                let isArticle = file.fields != nil
                let pending = isArticle && (old.map { !$0.isArticle || $0.pending } ?? true)
                delta.articles += (isArticle ? 1 : 0) - (old?.isArticle == true ? 1 : 0)
                delta.skipped += (isArticle ? 0 : 1) - (old.map { $0.isArticle ? 0 : 1 } ?? 0)
                delta.pending += (pending ? 1 : 0) - (old?.pending == true ? 1 : 0)
                delta.content = true
                try writer.write(file, replacing: old?.rowID, pending: pending)
            }
        }
        try Meta.add(db, "articles", delta.articles)
        try Meta.add(db, "skipped", delta.skipped)
        try Meta.add(db, "pending", delta.pending)
        if delta.content {
            try Meta.set(db, "dirty", 1)
            try Meta.add(db, "generation", 1)
        }
    }
}
