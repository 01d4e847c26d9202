import Foundation

/// A bounded queue of numbered items from a batch's reader to its workers.
final class WorkQueue<Item: Sendable>: @unchecked Sendable {
    private var items: [(Int, Item)] = []
    private var closed = false
    private let capacity: Int
    private let condition = NSCondition()

    init(capacity: Int) { self.capacity = capacity }

    /// Adds an item, waiting while the queue is full.
    func put(_ item: (Int, Item)) {
        condition.lock(); defer { condition.unlock() }
        while items.count >= capacity && !closed { condition.wait() }
        items.append(item)
        condition.broadcast()
    }

    /// The next item, waiting for one; nil once the queue is closed and empty.
    func take() -> (Int, Item)? {
        condition.lock(); defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// No more items will come.
    func close() {
        condition.lock(); defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }
}
