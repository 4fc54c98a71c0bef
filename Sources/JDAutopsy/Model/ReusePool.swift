import Foundation

/// Objects kept for reuse by whoever calls next: text pipelines and term extractors hold tables and
/// ICU iterators that cost more to build than to use once. Thread-safe; an object is handed to one
/// caller at a time, and at most `capacity` idle ones are kept.
final class ReusePool<Object: AnyObject>: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [Object] = []
    private let capacity: Int
    private let make: @Sendable () -> Object

    /// Creates an empty pool whose objects `make` builds.
    init(capacity: Int = 16, make: @escaping @Sendable () -> Object) {
        self.capacity = capacity
        self.make = make
    }

    /// Runs `body` with an object nobody else is using.
    /// - Complexity: O(1) plus `body`, and one `make` when no object is idle.
    func with<R>(_ body: (Object) -> R) -> R {
        lock.lock()
        let kept = idle.popLast()
        lock.unlock()
        let object = kept ?? make()
        defer {
            lock.lock()
            if idle.count < capacity { idle.append(object) }
            lock.unlock()
        }
        return body(object)
    }
}
