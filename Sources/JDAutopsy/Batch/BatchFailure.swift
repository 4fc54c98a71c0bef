/// The error record written for an input that could not be scored: which record, and why.
public struct BatchFailure: Error, Sendable, Equatable, Codable {
    /// The class of problem (`ExtractionError.Reason` raw value, e.g. "malformed", "binary", "empty").
    public var reason: String
    /// What is wrong, in one phrase.
    public var message: String
    /// The file the record is in.
    public var source: String
    /// 1-based line in `source`, where known.
    public var line: Int?

    /// Creates a failure.
    public init(reason: String, message: String, source: String, line: Int?) {
        self.reason = reason
        self.message = message
        self.source = source
        self.line = line
    }

    /// A failure from an ingest error of the record at `file`:`line`.
    init(_ error: ExtractionError, file: String, line: Int?) {
        // Errors inside a JSONL line or CSV cell count lines from the record; report the file's line.
        let at: Int? = line.map { $0 + max(0, (error.line ?? 1) - 1) } ?? error.line
        self.init(reason: error.reason.rawValue, message: error.message, source: file, line: at)
    }

    /// `source[:line]: message`, the one-line form used on standard error.
    public var description: String {
        line.map { "\(source):\($0): \(message)" } ?? "\(source): \(message)"
    }
}
