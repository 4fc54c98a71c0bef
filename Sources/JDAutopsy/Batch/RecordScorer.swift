/// Turns one corpus record into a scored (or failed) record with its output encoded. Runs on the
/// worker threads; `Sendable` and free of shared mutable state.
struct RecordScorer: Sendable {
    /// The analysis.
    let autopsy: Autopsy
    /// Ingest.
    let extractor: Extractor
    /// What the writer needs encoded.
    let format: BatchFormat

    /// Creates a scorer.
    init(autopsy: Autopsy, format: BatchFormat) {
        self.autopsy = autopsy
        extractor = Extractor(rules: autopsy.lexicon.extractionRules)
        self.format = format
    }

    /// The id a record will carry in the output (reads a JSONL line's `id`).
    /// - Complexity: O(n) for a JSONL line, O(1) otherwise.
    func id(of record: CorpusRecord) -> String {
        if case .jsonLine(let bytes) = record.payload {
            return RecordID.ofJSONLine(bytes, fallback: record.id, maxDepth: extractor.rules.maxJSONDepth)
        }
        return record.id
    }

    /// Scores `record`.
    /// - Complexity: O(n) in the record's size (the whole analysis pipeline).
    func score(_ record: CorpusRecord) -> ScoredRecord {
        let id = id(of: record)
        let posting: Posting
        do throws(ExtractionError) {
            switch record.payload {
            case .failure(let e):
                // The reader's errors already carry the file's line.
                return failed(record, id: id, BatchFailure(reason: e.reason.rawValue, message: e.message, source: record.file, line: e.line ?? record.line))
            case .jsonLine(let bytes):
                try Self.requireJSON(bytes, id: id)
                posting = try extractor.extract(bytes: bytes, id: id, pathExtension: "json")
            case .document(let bytes, let ext, let title):
                var p = try extractor.extract(bytes: bytes, id: id, pathExtension: ext)
                if let title { p.title = title; p.titleSource = .given }
                posting = p
            }
        } catch {
            return failed(record, id: id, BatchFailure(error, file: record.file, line: record.line))
        }
        let report = autopsy.examine(posting)
        let encoded: [UInt8]
        switch format {
        case .jsonl: encoded = JSONRenderer(pretty: false).bytes(report)
        case .csv: encoded = Array(CSVHeadline.row(report).utf8)
        case .sqlite: encoded = []
        }
        return ScoredRecord(ordinal: record.ordinal, byteCount: record.byteCount, digest: RecordDigest(report), failure: nil,
                            encoded: encoded, report: format == .sqlite ? report : nil)
    }

    /// A JSONL line must hold a JSON object (or array); anything else is binary, empty or malformed —
    /// never read as a plain-text posting.
    private static func requireJSON(_ line: [UInt8], id: String) throws(ExtractionError) {
        let first = line.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0C }
        guard first != UInt8(ascii: "{") && first != UInt8(ascii: "[") else { return }
        _ = try InputDecoder.decode(line, source: id)
        throw ExtractionError(.malformed, source: id, line: 1, message: "not a JSON object (each JSONL line must be one {...} posting)")
    }

    private func failed(_ record: CorpusRecord, id: String, _ failure: BatchFailure) -> ScoredRecord {
        let encoded: [UInt8]
        switch format {
        case .jsonl: encoded = JSONRenderer(pretty: false).bytes(ErrorRecord(id: id, error: failure))
        case .csv: encoded = Array(CSVHeadline.row(id: id, failure: failure).utf8)
        case .sqlite: encoded = []
        }
        let digest = RecordDigest(id: id, title: nil, score: nil, failureReason: failure.reason, entryIDs: [], phrases: [])
        return ScoredRecord(ordinal: record.ordinal, byteCount: record.byteCount, digest: digest, failure: failure,
                            encoded: encoded, report: nil)
    }
}
