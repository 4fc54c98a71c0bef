/// Why a posting could not be read. Each case prints as one line naming the file.
public struct ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The class of problem; the CLI maps each to a documented exit code.
    public enum Reason: String, Sendable, Equatable, Codable {
        /// The path does not exist.
        case notFound
        /// The path exists but cannot be read (permissions, I/O).
        case unreadable
        /// The path is a directory.
        case isDirectory
        /// The file has no bytes, or only white space.
        case empty
        /// The bytes are not text (an image, archive, executable…).
        case binary
        /// The input is larger than the documented limit.
        case tooLarge
        /// JSON that does not parse, or nests too deep.
        case malformed
        /// JSON that parses but carries no posting.
        case wrongShape
        /// The document parsed but holds no text.
        case noText
    }

    /// The class of problem.
    public var reason: Reason
    /// The input's name (a path, a record id, or "-").
    public var source: String
    /// 1-based line of the problem, where known.
    public var line: Int?
    /// What is wrong, in one short phrase.
    public var message: String

    /// Creates an error.
    public init(_ reason: Reason, source: String, line: Int? = nil, message: String) {
        self.reason = reason
        self.source = source
        self.line = line
        self.message = message
    }

    /// `source[:line]: message`.
    public var description: String {
        if let line { return "\(source):\(line): \(message)" }
        return "\(source): \(message)"
    }
}
