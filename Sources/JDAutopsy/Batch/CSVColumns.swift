/// Which columns of a CSV file hold a record's text, id and title, found from its header row.
struct CSVColumns {
    /// Column names tried, in order, when `--text-column` is not given.
    static let textCandidates = ["text", "description", "html", "body", "content", "job_description", "jobdescription"]

    let text: Int
    let id: Int?
    let title: Int?
    let width: Int

    /// Resolves the columns from the header row.
    /// - Throws: `CorpusInputError` (a usage problem) when the header is missing or lacks a column.
    init(header: CSVParser.Row?, options: CorpusOptions, file: String) throws(CorpusInputError) {
        guard let header, header.malformed == nil, !header.tooLong else {
            throw CorpusInputError(path: file, message: "no CSV header row (the first row must name the columns)", isMissing: false)
        }
        var names = header.fields.map { String(decoding: $0, as: UTF8.self).trimmingWhitespace() }
        if let first = names.first, first.hasPrefix("\u{FEFF}") { names[0] = String(first.dropFirst()) }
        let lower = names.map { $0.lowercased() }
        func find(_ name: String) -> Int? { names.firstIndex(of: name) ?? lower.firstIndex(of: name.lowercased()) }
        func require(_ name: String?, _ option: String) throws(CorpusInputError) -> Int? {
            guard let name else { return nil }
            guard let i = find(name) else {
                throw CorpusInputError(path: file, message: "\(option) \"\(name)\" is not a column of the header (\(names.joined(separator: ", ")))",
                                       isMissing: false)
            }
            return i
        }
        if let t = try require(options.textColumn, "--text-column") {
            text = t
        } else if let t = Self.textCandidates.lazy.compactMap({ find($0) }).first {
            text = t
        } else {
            throw CorpusInputError(path: file, message: "no text column (tried \(Self.textCandidates.joined(separator: ", "))); name it with --text-column",
                                   isMissing: false)
        }
        id = try require(options.idColumn, "--id-column") ?? find("id")
        title = try require(options.titleColumn, "--title-column") ?? find("title")
        width = names.count
    }

    /// The record for `row`, built by `make(id, line, payload)`.
    func record(from row: CSVParser.Row, file: String, make: (String, Int, CorpusRecord.Payload) -> CorpusRecord) -> CorpusRecord {
        let fallback = "\(file):\(row.line)"
        if row.tooLong {
            return make(fallback, row.line, .failure(ExtractionError(.tooLarge, source: file, line: row.line, message: "CSV row is longer than the byte limit")))
        }
        let field = { (i: Int?) -> String? in
            guard let i, i < row.fields.count else { return nil }
            let s = String(decoding: row.fields[i], as: UTF8.self).trimmingWhitespace()
            return s.isEmpty ? nil : s
        }
        let id = field(id) ?? fallback
        if let problem = row.malformed {
            return make(id, row.line, .failure(ExtractionError(.malformed, source: file, line: row.line, message: "malformed CSV: " + problem)))
        }
        guard text < row.fields.count else {
            let message = "CSV row has \(row.fields.count) field\(row.fields.count == 1 ? "" : "s"); the header has \(width)"
            return make(id, row.line, .failure(ExtractionError(.wrongShape, source: file, line: row.line, message: message)))
        }
        return make(id, row.line, .document(bytes: row.fields[text], pathExtension: "", title: field(title)))
    }
}
