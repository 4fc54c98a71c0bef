/// The run-metadata record: when and how a batch ran. The only place timestamps appear, so that
/// results are the same bytes run after run.
public struct RunMetadata: Sendable, Equatable, Codable {
    /// ISO 8601 UTC start time.
    public var startedAt: String
    /// ISO 8601 UTC end time.
    public var finishedAt: String
    /// "complete" or "interrupted".
    public var status: String
    /// jdautopsy version.
    public var version: String
    /// `PostingReport.currentSchemaVersion`.
    public var schemaVersion: Int
    /// Worker threads.
    public var jobs: Int
    /// The INPUT arguments.
    public var inputs: [String]
    /// Records already in the output when this run started (`--resume`), i.e. its first ordinal.
    public var resumedRecords: Int
    /// Records this run wrote.
    public var records: Int
    /// Of which scored.
    public var scored: Int
    /// Of which failed.
    public var errors: Int
    /// Wall-clock seconds.
    public var wallSeconds: Double
}
