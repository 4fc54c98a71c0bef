/// A snapshot of a running batch, for a progress line.
public struct BatchProgress: Sendable, Equatable {
    /// Records written so far in this run (resumed ones excluded).
    public var done: Int
    /// Of which failed.
    public var failed: Int
    /// Input bytes those records account for.
    public var bytes: Int
    /// Total input bytes, when known (plain-file inputs).
    public var totalBytes: Int?
    /// Seconds since the run started.
    public var elapsed: Double

    /// Records per second.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

    /// Seconds left, estimated from the bytes still to read; nil when the total is unknown.
    public var eta: Double? {
        guard let totalBytes, bytes > 0, elapsed > 0 else { return nil }
        return Double(max(0, totalBytes - bytes)) * elapsed / Double(bytes)
    }

    /// "12,345 postings (3 errors)  1,234/s  5.6 MB/s  ETA 0:42".
    public var line: String {
        var s = "\(Formatting.thousands(Double(done))) postings"
        if failed > 0 { s += " (\(Formatting.thousands(Double(failed))) error\(failed == 1 ? "" : "s"))" }
        s += "  \(Formatting.thousands(rate))/s  " + String(Double(Int(Double(bytes) / max(elapsed, 1e-9) / 1e5)) / 10) + " MB/s"
        if let eta { s += "  ETA " + Self.clock(eta) }
        return s
    }

    /// Seconds as "m:ss" or "h:mm:ss".
    static func clock(_ seconds: Double) -> String {
        let t = Int(seconds.rounded())
        let (h, m, s) = (t / 3600, t / 60 % 60, t % 60)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}
