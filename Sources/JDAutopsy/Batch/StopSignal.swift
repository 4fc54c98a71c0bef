import Synchronization

/// A request to stop a batch run cleanly, set from a signal handler or another thread.
///
/// Once set, the reader stops taking records, the writer finishes the in-order records already
/// scored, and the run returns with `BatchTotals.interrupted` set.
public final class StopSignal: Sendable {
    private let flag = Atomic<Int32>(0)

    /// Creates an unset signal.
    public init() {}

    /// Asks the run to stop; `signal` is recorded (e.g. SIGINT = 2) for the exit code.
    public func request(signal: Int32 = 2) {
        _ = flag.compareExchange(expected: 0, desired: signal, ordering: .relaxed)
    }

    /// True once a stop was requested.
    public var isRequested: Bool { flag.load(ordering: .relaxed) != 0 }

    /// The signal number passed to `request(signal:)`, or 0.
    public var signal: Int32 { flag.load(ordering: .relaxed) }
}
