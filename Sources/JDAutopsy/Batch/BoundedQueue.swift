import Foundation

/// A first-in first-out queue of at most `capacity` items shared by threads: `push` waits while it
/// is full (back-pressure on the producer), `pop` waits while it is empty.
///
/// Waiters are woken only when they can proceed, and a producer blocked on a full queue only once it
/// is half empty, so a fast producer wakes once per half queue rather than once per item.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    // @unchecked: every stored property is guarded by `condition`.
    private let condition = NSCondition()
    private var items: [Element?] // ring buffer
    private var head = 0
    private var count = 0
    private var closed = false
    private var cancelled = false
    private var waitingProducers = 0
    private var waitingConsumers = 0

    /// Creates a queue holding at most `capacity` items.
    init(capacity: Int) {
        items = Array(repeating: nil, count: max(1, capacity))
    }

    /// Appends `item`, waiting while the queue is full. Returns false (dropping it) once cancelled.
    /// - Complexity: O(1) amortised.
    @discardableResult
    func push(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while count == items.count && !cancelled {
            waitingProducers += 1
            condition.wait()
            waitingProducers -= 1
        }
        guard !cancelled else { return false }
        items[(head + count) % items.count] = item
        count += 1
        if waitingConsumers > 0 { condition.broadcast() }
        return true
    }

    /// Takes the oldest item, waiting while empty; nil once closed and drained, or cancelled.
    /// - Complexity: O(1).
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed && !cancelled {
            waitingConsumers += 1
            condition.wait()
            waitingConsumers -= 1
        }
        guard !cancelled, count > 0 else { return nil }
        let item = items[head]
        items[head] = nil
        head = (head + 1) % items.count
        count -= 1
        if waitingProducers > 0 && count <= items.count / 2 { condition.broadcast() }
        return item
    }

    /// No more pushes: consumers drain what is queued, then get nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Drops everything and wakes all waiters; later pushes and pops fail at once.
    func cancel() {
        condition.lock()
        cancelled = true
        items = items.map { _ in nil }
        count = 0
        condition.broadcast()
        condition.unlock()
    }
}
