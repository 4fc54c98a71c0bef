/// An input that cannot be read at all (as opposed to one bad record inside it): a missing path,
/// or a CSV file without the columns asked for. The run stops before writing anything.
public struct CorpusInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path.
    public var path: String
    /// What is wrong.
    public var message: String
    /// True when the path does not exist or cannot be opened (exit 3); false for a usage problem (exit 2).
    public var isMissing: Bool

    /// Creates an error.
    public init(path: String, message: String, isMissing: Bool) {
        self.path = path
        self.message = message
        self.isMissing = isMissing
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
