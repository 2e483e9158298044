import Dispatch
import GRDB

/// Linking's first step (`EntityLinker.assign`), run on another thread while regrouping's writer is
/// busy with its single-threaded average linkage: the stored mentions are read on a reader connection of
/// the pool and assigned to nodes, and the writer picks the result up when it has the events.
///
/// The reader sees the last commit, not the writer's transaction: the files that transaction removed
/// are skipped by row id, and the writer checks that the rows read are exactly its own (same ids in the
/// same order) before it uses them; if not, it reads them itself.
final class EarlyAssignment: @unchecked Sendable {
    /// What was read and assigned.
    struct Done {
        var state: LinkState
        let reordered: [Int: [Int32]]
        let rowIDs: [Int64]
    }

    private let reader: DatabasePool
    private let removed: Set<Int64>
    private let linker: EntityLinker
    /// Written once by the worker before it signals `finished`; read by the writer after waiting.
    private var outcome: Result<Done, any Error>?
    private let finished = DispatchSemaphore(value: 0)
    /// Touched only by the writer's thread.
    private var started = false

    init(reader: DatabasePool, removed: Set<Int64>, linker: EntityLinker) {
        self.reader = reader
        self.removed = removed
        self.linker = linker
    }

    /// Starts the work on a global queue (once; later calls do nothing).
    func start() {
        guard !started else { return }
        started = true
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            outcome = Result {
                let (table, reordered, rowIDs) = try reader.read { db in try CorpusIndex.readMentions(db, removed: removed) }
                return Done(state: linker.assign(table), reordered: reordered, rowIDs: rowIDs)
            }
            finished.signal()
        }
    }

    /// Waits for the work and returns it when it read exactly `rowIDs`; nil when it was never started,
    /// failed (the writer then reads the mentions itself, and meets any lasting error there) or read
    /// other rows.
    func wait(expecting rowIDs: [Int64]) -> Done? {
        guard started else { return nil }
        finished.wait()
        let done = try? outcome?.get()
        outcome = nil
        guard let done, done.rowIDs == rowIDs else { return nil }
        return done
    }
}
