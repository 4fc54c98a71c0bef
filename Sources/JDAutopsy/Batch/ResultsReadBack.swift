import Foundation

/// Reads a results file back for `--resume`: hands the digests of its complete records, in order,
/// to `visit` one at a time (memory does not grow with the file), and says how many there were and
/// how many leading bytes hold them (a record cut short by a hard kill is dropped and rewritten).
enum ResultsReadBack {
    /// The complete records of a JSONL results file.
    /// - Complexity: O(n) in the file's size.
    static func jsonl(path: String, visit: (RecordDigest) throws(BatchError) -> Void) throws(BatchError) -> (count: Int, validBytes: Int) {
        guard let source = ByteSource(path: path) else {
            throw BatchError(.output, path: path, message: "cannot be read back for --resume")
        }
        var count = 0
        var valid = 0
        while let (line, tooLong) = source.nextLine(limit: Int.max), !tooLong {
            // Only a line ended by "\n" counts as written.
            guard source.consumed > valid + line.count else { break }
            var parser = JSONParser(bytes: line, maxDepth: 512)
            guard let v = try? parser.parseDocument(), let id = v["id"]?.string else { break }
            if let e = v["error"] {
                try visit(RecordDigest(id: id, title: nil, score: nil, failureReason: e["reason"]?.string ?? "unknown", entryIDs: [], phrases: []))
            } else {
                let findings = v["findings"]?.elements ?? []
                try visit(RecordDigest(id: id, title: v["title"]?.string, score: v["vagueness"]?["score"]?.number, failureReason: nil,
                                       entryIDs: findings.compactMap { $0["entryID"]?.string },
                                       phrases: findings.compactMap { $0["text"]?.string.map(RecordDigest.phrase) }))
            }
            count += 1
            valid = source.consumed
        }
        return (count, valid)
    }

    /// The complete records of a CSV results file (its header row included in `validBytes`).
    /// - Complexity: O(n) in the file's size.
    static func csv(path: String, visit: (RecordDigest) throws(BatchError) -> Void) throws(BatchError) -> (count: Int, validBytes: Int) {
        guard let source = ByteSource(path: path) else {
            throw BatchError(.output, path: path, message: "cannot be read back for --resume")
        }
        var parser = CSVParser(source: source, limit: Int.max)
        guard let header = parser.next() else { return (0, 0) }
        guard header.fields.map({ String(decoding: $0, as: UTF8.self) }) == CSVHeadline.columns, header.malformed == nil else {
            throw BatchError(.resume, path: path, message: "is not a jdautopsy batch CSV (its header differs); cannot --resume it")
        }
        var count = 0
        var valid = source.consumed
        while let row = parser.next() {
            let complete = row.malformed == nil && row.terminated
            guard complete, let d = CSVHeadline.digest(row.fields.map { String(decoding: $0, as: UTF8.self) }) else { break }
            try visit(d)
            count += 1
            valid = source.consumed
        }
        return (count, valid)
    }
}
