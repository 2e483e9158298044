import Foundation

/// A bounded queue from one producing thread to one consuming thread: `put` waits while `capacity` items
/// are queued, `take` waits for an item and returns nil once the producer has finished and the queue is
/// empty (rethrowing the producer's error, if it failed).
final class Handoff<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private var finished = false
    private var failure: (any Error)?
    private let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Queues an item, waiting while the queue is full.
    func put(_ item: Item) {
        condition.lock()
        while items.count - head >= capacity { condition.wait() }
        items.append(item)
        condition.broadcast()
        condition.unlock()
    }

    /// Tells the consumer that nothing more comes (with the producer's error, if any).
    func finish(throwing error: (any Error)? = nil) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next item; nil when the producer has finished and everything was taken.
    func take() throws -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !finished { condition.wait() }
        if head == items.count {
            if let failure { throw failure }
            return nil
        }
        let item = items[head]
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }
}
