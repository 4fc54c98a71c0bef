import Foundation

/// Reads a corpus of postings: a directory of posting files, a JSONL file, or a CSV file.
///
/// - Directory: every regular file (sorted by name, recursively) goes through the `Extractor`;
///   files that fail to extract are skipped and reported in `skipped`.
/// - JSONL: one JSON object a line, with `title` and one of `text`, `description`, `content`,
///   `body`; `id` is optional (default `FILE:LINE`). Text is split into paragraphs at line breaks.
/// - CSV: a header naming `title` and one of those text columns (and optionally `id`).
public struct CorpusDocumentReader: Sendable {
    /// Ingest rules for directory entries.
    public let extraction: ExtractionRules

    /// Creates a reader.
    public init(extraction: ExtractionRules) { self.extraction = extraction }

    private static let textFields = ["text", "description", "content", "body"]

    /// Reads `path`; returns the documents and one message per skipped file.
    /// - Throws: `DataFileError` naming the file (and line) for a missing path or a malformed record.
    public func read(_ path: String) throws(DataFileError) -> (documents: [CorpusDocument], skipped: [String]) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw DataFileError(file: path, kind: .unreadable, reason: "no such file or directory")
        }
        if isDir.boolValue { return readDirectory(path) }
        if path.lowercased().hasSuffix(".csv") { return (try readCSV(path), []) }
        return (try readJSONL(path), [])
    }

    private func readDirectory(_ path: String) -> ([CorpusDocument], [String]) {
        let files = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
        var docs: [CorpusDocument] = [], skipped: [String] = []
        let extractor = Extractor(rules: extraction)
        for f in files {
            let full = (path as NSString).appendingPathComponent(f)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue, !f.hasPrefix(".") else { continue }
            do {
                let p = try extractor.extract(path: full)
                docs.append(CorpusDocument(id: full, title: p.title ?? "", paragraphs: p.blocks.map(\.text)))
            } catch {
                skipped.append(error.description)
            }
        }
        return (docs, skipped)
    }

    private func readJSONL(_ path: String) throws(DataFileError) -> [CorpusDocument] {
        guard let data = FileManager.default.contents(atPath: path) else { throw DataFileError(file: path, kind: .unreadable, reason: "cannot be read") }
        var docs: [CorpusDocument] = []
        for (i, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw DataFileError(file: path, line: i + 1, reason: "not a JSON object")
            }
            guard let text = Self.textFields.lazy.compactMap({ object[$0] as? String }).first else {
                throw DataFileError(file: path, line: i + 1, reason: "no text field (one of \(Self.textFields.joined(separator: ", ")))")
            }
            let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? "\(path):\(i + 1)"
            docs.append(CorpusDocument(id: id, title: object["title"] as? String ?? "", paragraphs: Self.paragraphs(text)))
        }
        return docs
    }

    private func readCSV(_ path: String) throws(DataFileError) -> [CorpusDocument] {
        let records = try DelimitedReader.read(path, separator: 0x2C, quoted: true)
        guard let header = records.first else { throw DataFileError(file: path, reason: "the file is empty") }
        let names = header.fields.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        guard let textColumn = Self.textFields.lazy.compactMap({ names.firstIndex(of: $0) }).first else {
            throw DataFileError(file: path, line: 1, reason: "no text column (one of \(Self.textFields.joined(separator: ", ")))")
        }
        let titleColumn = names.firstIndex(of: "title"), idColumn = names.firstIndex(of: "id")
        return records.dropFirst().map { r in
            func field(_ c: Int?) -> String? { c.flatMap { $0 < r.fields.count ? r.fields[$0] : nil } }
            return CorpusDocument(id: field(idColumn) ?? "\(path):\(r.line)", title: field(titleColumn) ?? "",
                                  paragraphs: Self.paragraphs(field(textColumn) ?? ""))
        }
    }

    /// Non-empty lines, trimmed.
    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
