/// What a finished (or stopped) batch run did.
public struct BatchTotals: Sendable, Equatable {
    /// Records already in the output before this run (`--resume`).
    public var resumed: Int
    /// Records this run wrote.
    public var written: Int
    /// Of which failed (error records).
    public var failed: Int
    /// Input bytes of the records written.
    public var bytes: Int
    /// Wall-clock seconds.
    public var seconds: Double
    /// The signal that stopped the run early (2 = SIGINT, 15 = SIGTERM), or nil when it completed.
    public var interruptedBy: Int32?
    /// The corpus summary, over resumed and new records alike.
    public var summary: CorpusSummary
    /// Wall-clock seconds the role families took after the output was finished (`--cluster`), else nil.
    public var clusterSeconds: Double? = nil
}
