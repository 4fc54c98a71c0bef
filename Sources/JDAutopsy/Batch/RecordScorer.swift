/// Turns one corpus record into a scored (or failed) record with its output encoded. Runs on the
/// worker threads; `Sendable` and free of shared mutable state.
struct RecordScorer: Sendable {
    /// The analysis.
    let autopsy: Autopsy
    /// Ingest.
    let extractor: RecordExtractor
    /// What the writer needs encoded.
    let format: BatchFormat
    /// Whether scored records carry their `CorpusDocument` (for `--cluster`).
    let documents: Bool

    /// Creates a scorer.
    init(autopsy: Autopsy, format: BatchFormat, documents: Bool = false) {
        self.autopsy = autopsy
        extractor = RecordExtractor(rules: autopsy.lexicon.extractionRules)
        self.format = format
        self.documents = documents
    }

    /// Scores `record`.
    /// - Complexity: O(n) in the record's size (the whole analysis pipeline).
    func score(_ record: CorpusRecord) -> ScoredRecord {
        let (id, parsed) = extractor.identify(record)
        let posting: Posting
        do throws(BatchFailure) {
            posting = try extractor.posting(of: record, id: id, parsed: parsed)
        } catch {
            return failed(record, id: id, error)
        }
        // CSV and SQLite store only the headline figures, so their records skip the translator, file record and roles.
        let report = autopsy.examine(posting, depth: format == .jsonl ? .full : .headline)
        let digest = RecordDigest(report)
        var encoded: [UInt8] = [], rows: SQLiteRows?
        switch format {
        case .jsonl: encoded = JSONRenderer(pretty: false).bytes(report)
        case .csv: encoded = Array(CSVHeadline.row(report, digest: digest).utf8)
        case .sqlite: rows = SQLiteRows(ordinal: record.ordinal, report: report, digest: digest)
        }
        return ScoredRecord(ordinal: record.ordinal, byteCount: record.byteCount, digest: digest, failure: nil,
                            encoded: encoded, rows: rows, document: documents ? CorpusDocument(posting) : nil)
    }

    private func failed(_ record: CorpusRecord, id: String, _ failure: BatchFailure) -> ScoredRecord {
        let digest = RecordDigest(id: id, title: nil, score: nil, failureReason: failure.reason, entryIDs: [], phrases: [])
        var encoded: [UInt8] = [], rows: SQLiteRows?
        switch format {
        case .jsonl: encoded = JSONRenderer(pretty: false).bytes(ErrorRecord(id: id, error: failure))
        case .csv: encoded = Array(CSVHeadline.row(id: id, failure: failure).utf8)
        case .sqlite: rows = SQLiteRows(ordinal: record.ordinal, digest: digest, failure: failure)
        }
        return ScoredRecord(ordinal: record.ordinal, byteCount: record.byteCount, digest: digest, failure: failure,
                            encoded: encoded, rows: rows, document: nil)
    }
}
