/// A problem in an input data file (taxonomy, corpus, specimen catalog): which file, which line, what.
public struct DataFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem it is (it decides the exit code).
    public enum Kind: Sendable, Equatable {
        /// The file or directory does not exist or cannot be read.
        case unreadable
        /// The content is not in the expected shape.
        case malformed
    }

    /// The file's path.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The kind of problem.
    public var kind: Kind
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, kind: Kind = .malformed, reason: String) {
        self.file = file
        self.line = line
        self.kind = kind
        self.reason = reason
    }

    /// `file:line: reason`.
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(reason)" }
}
