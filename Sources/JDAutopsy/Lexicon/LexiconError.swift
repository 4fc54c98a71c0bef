/// A problem in a `Lexicons/` file: which file, which entry, and what is wrong.
public struct LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's path.
    public var file: String
    /// The entry's index in its file (0-based), when the problem is in one entry.
    public var entryIndex: Int?
    /// The entry's id, when known.
    public var entryID: String?
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, entryIndex: Int? = nil, entryID: String? = nil, reason: String) {
        self.file = file
        self.entryIndex = entryIndex
        self.entryID = entryID
        self.reason = reason
    }

    /// `file: entry #N (id): reason`.
    public var description: String {
        var where_ = file
        if let entryIndex { where_ += ": entry #\(entryIndex)" }
        if let entryID { where_ += " (\(entryID))" }
        return "\(where_): \(reason)"
    }
}
