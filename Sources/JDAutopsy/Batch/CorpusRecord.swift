/// One record of a corpus as the reader found it, before scoring: its place in the input order,
/// where it came from, and its bytes (or why it could not be read).
public struct CorpusRecord: Sendable, Equatable {
    /// What the reader holds for the record.
    public enum Payload: Sendable, Equatable {
        /// A whole posting document (a file, or a CSV text cell) with its id already known.
        /// `title` is a title given beside the text (a CSV title column).
        case document(bytes: [UInt8], pathExtension: String, title: String?)
        /// One JSONL line; its id is read from the line when it has one (see `RecordID`).
        case jsonLine([UInt8])
        /// The reader could not produce the record (unreadable file, over-long line, broken CSV quote).
        case failure(ExtractionError)
    }

    /// 0-based position in the input order of the whole run; output order follows it.
    public var ordinal: Int
    /// The stable id: given, the path, or `file:line` (for JSONL lines, the fallback id).
    public var id: String
    /// The file the record is in ("-" for standard input).
    public var file: String
    /// 1-based line where the record starts in `file`, for records inside JSONL or CSV files.
    public var line: Int?
    /// The record's bytes or failure.
    public var payload: Payload
    /// Bytes of input this record accounts for (for MB/s and ETA).
    public var byteCount: Int

    /// Creates a record.
    public init(ordinal: Int, id: String, file: String, line: Int?, payload: Payload, byteCount: Int) {
        self.ordinal = ordinal
        self.id = id
        self.file = file
        self.line = line
        self.payload = payload
        self.byteCount = byteCount
    }
}
