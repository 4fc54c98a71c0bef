/// Turns one corpus record into its `Posting`: the ingest half of scoring, shared by the batch's
/// workers, its `--resume` pass and `CorpusDocumentReader`, so every corpus consumer sees the same
/// ids, titles and text blocks for the same record.
struct RecordExtractor: Sendable {
    /// Ingest.
    let extractor: Extractor

    /// Creates an extractor with `rules`.
    init(rules: ExtractionRules) {
        extractor = Extractor(rules: rules)
    }

    /// The id a record will carry in the output and, for a JSONL line that parses, the parsed line,
    /// which `posting(of:id:parsed:)` then reads instead of parsing the line again.
    /// - Complexity: O(n) for a JSONL line, O(1) otherwise.
    func identify(_ record: CorpusRecord) -> (id: String, parsed: JSONValue?) {
        guard case .jsonLine(let bytes) = record.payload else { return (record.id, nil) }
        var parser = JSONParser(bytes: bytes, maxDepth: extractor.rules.maxJSONDepth)
        let value = try? parser.parseDocument()
        return (RecordID.of(value, fallback: record.id), value)
    }

    /// Extracts `record`, whose output id is `id`; `parsed` is its line's JSON from `identify`, if any.
    /// - Throws: `BatchFailure` naming the file and line when the record cannot be read as a posting.
    /// - Complexity: O(n) in the record's size.
    func posting(of record: CorpusRecord, id: String, parsed: JSONValue? = nil) throws(BatchFailure) -> Posting {
        let bytes: [UInt8], ext: String, title: String?
        switch record.payload {
        case .failure(let e):
            // The reader's errors already carry the file's line.
            throw BatchFailure(reason: e.reason.rawValue, message: e.message, source: record.file, line: e.line ?? record.line)
        case .jsonLine(let b): (bytes, ext, title) = (b, "json", nil)
        case .document(let b, let e, let t): (bytes, ext, title) = (b, e, t)
        }
        do throws(ExtractionError) {
            if case .jsonLine = record.payload { try Self.requireJSON(bytes, id: id) }
            var p = try extractor.extract(bytes: bytes, id: id, pathExtension: ext, parsed: parsed)
            if let title { p.title = title; p.titleSource = .given }
            return p
        } catch {
            throw BatchFailure(error, file: record.file, line: record.line)
        }
    }

    /// A JSONL line must hold a JSON object (or array); anything else is binary, empty or malformed —
    /// never read as a plain-text posting.
    private static func requireJSON(_ line: [UInt8], id: String) throws(ExtractionError) {
        let first = line.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0C }
        guard first != UInt8(ascii: "{") && first != UInt8(ascii: "[") else { return }
        _ = try InputDecoder.decode(line, source: id)
        throw ExtractionError(.malformed, source: id, line: 1, message: "not a JSON object (each JSONL line must be one {...} posting)")
    }
}
