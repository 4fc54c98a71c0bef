import Dispatch
import Foundation

/// Runs independent pieces of work on several threads and collects the results in input order.
enum Parallel {
    /// The default number of threads: the active processor count.
    static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `(0..<count).map(body)`, computed on up to `threads` threads; results in index order.
    static func map<T: Sendable>(_ count: Int, threads: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard threads > 1, count > 1 else { return (0..<count).map(body) }
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, body(i)) }
        return slots.values()
    }

    /// `count` items split into `parts` contiguous, nearly equal ranges.
    static func ranges(_ count: Int, parts: Int) -> [Range<Int>] {
        let p = max(1, min(parts, count))
        return (0..<p).map { k in (count * k / p)..<(count * (k + 1) / p) }
    }

    /// Write-once result slots; each index is written by exactly one task.
    private final class Slots<T>: @unchecked Sendable {
        private let base: UnsafeMutablePointer<T?>
        private let count: Int

        init(_ count: Int) {
            self.count = count
            base = .allocate(capacity: count)
            base.initialize(repeating: nil, count: count)
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }

        func set(_ i: Int, _ value: T) { base[i] = value }

        func values() -> [T] { (0..<count).map { base[$0]! } }
    }
}
