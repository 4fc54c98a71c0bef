/// Why a batch run could not go on as a whole (bad records never throw: they become error records).
public struct BatchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The class of problem; the CLI maps each to an exit code.
    public enum Kind: String, Sendable, Equatable {
        /// The output could not be created, written, renamed or read back (exit 7).
        case output
        /// `--resume` found an output that does not match the inputs (exit 2).
        case resume
    }

    /// The class of problem.
    public var kind: Kind
    /// The file concerned.
    public var path: String
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
