import Foundation

/// A queue of items from producers to worker threads, oldest first, bounded when asked: a
/// batch's numbered lines to its workers, the server's jobs to its gate threads.
package final class WorkQueue<Item: Sendable>: @unchecked Sendable {
    private var items: [Item] = []
    private var closed = false
    private let capacity: Int
    private let condition = NSCondition()

    /// A queue holding at most `capacity` items.
    package init(capacity: Int = .max) { self.capacity = capacity }

    /// Adds an item, waiting while the queue is full.
    package func put(_ item: Item) {
        condition.lock(); defer { condition.unlock() }
        while items.count >= capacity && !closed { condition.wait() }
        items.append(item)
        condition.broadcast()
    }

    /// The next item, waiting for one; nil once the queue is closed and empty.
    package func take() -> Item? {
        condition.lock(); defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// No more items will come.
    package func close() {
        condition.lock(); defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }
}
