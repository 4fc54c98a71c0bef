/// A record after scoring, as a worker hands it to the writer: its output already encoded (so the
/// single writer only copies bytes) and the digest the summary needs.
struct ScoredRecord: Sendable {
    /// Position in the input order.
    var ordinal: Int
    /// Bytes of input it accounts for.
    var byteCount: Int
    /// The summary's view of it.
    var digest: RecordDigest
    /// Why it failed, or nil when it was scored.
    var failure: BatchFailure?
    /// The encoded JSONL line or CSV row (empty for SQLite).
    var encoded: [UInt8]
    /// The SQLite rows, made only for the SQLite writer.
    var rows: SQLiteRows?
    /// The extracted posting as the role clusterer reads it, kept only for `--cluster`.
    var document: CorpusDocument?
}
