import Foundation

/// Hands results from many workers to one writer in input order.
///
/// Workers `put` results tagged with their ordinal in any order; the writer `take`s ordinal 0, 1, 2…
/// A worker whose ordinal is `window` or more ahead of the writer waits, so at most `window` results
/// are held however slow one record is: memory stays bounded and a slow writer slows the workers.
/// Threads are woken only when they can proceed: a waiting writer once the result it waits for is in
/// and `wakeAfter` results are ready (so it wakes once per run of results, not once per result), or when
/// the producers finish; workers when the writer moves on.
final class ReorderBuffer<Element: Sendable>: @unchecked Sendable {
    // @unchecked: every stored property is guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [Int: Element] = [:]
    private var next: Int
    private let window: Int
    private let wakeAfter: Int
    private var finished = false
    private var cancelled = false
    private var waitingWorkers = 0
    private var writerWaiting = false

    /// Creates a buffer whose first expected ordinal is `first`, holding at most `window` results.
    init(first: Int = 0, window: Int) {
        next = first
        self.window = max(1, window)
        wakeAfter = max(1, min(16, self.window / 4))
    }

    /// Stores the result for `ordinal`, waiting while it is too far ahead of the writer.
    /// - Complexity: O(1) amortised.
    func put(_ ordinal: Int, _ element: Element) {
        condition.lock()
        defer { condition.unlock() }
        while ordinal >= next + window && !cancelled {
            waitingWorkers += 1
            condition.wait()
            waitingWorkers -= 1
        }
        guard !cancelled else { return }
        pending[ordinal] = element
        if writerWaiting && pending.count >= wakeAfter && pending[next] != nil { condition.broadcast() }
    }

    /// The next result in order, waiting for it; nil when all producers finished and it never came,
    /// when cancelled, or — if `stop` returns true — as soon as it is not already available.
    /// - Complexity: O(1) amortised.
    func take(stop: () -> Bool) -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while pending[next] == nil {
            if cancelled || finished || stop() { return nil }
            writerWaiting = true
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.1))
            writerWaiting = false
        }
        let element = pending.removeValue(forKey: next)
        next += 1
        if waitingWorkers > 0 { condition.broadcast() }
        return element
    }

    /// All producers are done: `take` returns nil once the next result is missing.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Drops pending results and releases every waiter.
    func cancel() {
        condition.lock()
        cancelled = true
        pending.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
