import Foundation

/// Reads a corpus of postings — a directory of posting files, a JSONL file, or a CSV file — into
/// documents, through the same reader and extraction as `jdautopsy batch` (`CorpusReader`,
/// `RecordExtractor`, `CorpusDocument(_:)`), so `cluster`, `index` and `batch --cluster` see the same
/// ids, titles and paragraphs for the same record.
///
/// - Directory: every regular file, recursively, in path order (hidden files and folders skipped).
/// - A `.csv` file: a header naming a text column (text, description, html, body, content…) and
///   optionally `id` and `title`; the id defaults to `FILE:LINE`.
/// - Any other file is JSONL: one posting a line, in any shape `batch` reads (an object with `title`
///   and text/description/html/body/content, a JSON-LD JobPosting, a WordPress post); the id is `id`
///   (or the JobPosting's `identifier`), else `FILE:LINE`.
///
/// Records without text and directory files that cannot be read are skipped and reported in
/// `skipped`; blank lines are passed over; any other JSONL or CSV record that cannot be read is an error.
public struct CorpusDocumentReader: Sendable {
    /// Ingest rules.
    public let extraction: ExtractionRules

    /// Creates a reader.
    public init(extraction: ExtractionRules) { self.extraction = extraction }

    /// Reads `path`; returns the documents and one message per skipped record.
    /// - Throws: `DataFileError` naming the file (and line) for a missing path or a malformed record.
    /// - Complexity: O(total corpus size).
    public func read(_ path: String) throws(DataFileError) -> (documents: [CorpusDocument], skipped: [String]) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw DataFileError(file: path, kind: .unreadable, reason: "no such file or directory")
        }
        let reader: CorpusReader
        do {
            reader = try CorpusReader(inputs: [path], options: CorpusOptions(maxRecordBytes: extraction.maxInputBytes), filesAreJSONL: true)
        } catch {
            throw DataFileError(file: error.path, kind: error.isMissing ? .unreadable : .malformed, reason: error.message)
        }
        let extractor = RecordExtractor(rules: extraction)
        var documents: [CorpusDocument] = [], skipped: [String] = []
        while let record = reader.next() {
            do throws(BatchFailure) {
                let (id, parsed) = extractor.identify(record)
                documents.append(CorpusDocument(try extractor.posting(of: record, id: id, parsed: parsed)))
            } catch {
                if case .jsonLine(let bytes) = record.payload, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                guard isDir.boolValue || error.reason == ExtractionError.Reason.empty.rawValue || error.reason == ExtractionError.Reason.noText.rawValue else {
                    throw DataFileError(file: error.source, line: error.line, reason: error.message)
                }
                skipped.append(error.description)
            }
        }
        return (documents, skipped)
    }
}
