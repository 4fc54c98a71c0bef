/// A `jdautopsy-disable ID…` comment: findings of these entry ids are dropped in its scope.
public struct Suppression: Sendable, Equatable, Codable {
    /// The entry ids to drop; empty means every entry.
    public var ids: [String]
    /// The index of the block it applies to, or nil for the whole posting (`jdautopsy-disable-file`).
    public var blockIndex: Int?

    /// Creates a suppression.
    public init(ids: [String], blockIndex: Int?) {
        self.ids = ids
        self.blockIndex = blockIndex
    }

    /// Parses the body of a comment, returning nil when it is not a jdautopsy directive.
    /// `jdautopsy-disable a b` covers the next block; `jdautopsy-disable-file a` the whole posting.
    static func parse(comment: String, nextBlock: Int) -> Suppression? {
        let words = comment.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," }).map(String.init)
        guard let first = words.first else { return nil }
        switch first {
        case "jdautopsy-disable": return Suppression(ids: Array(words.dropFirst()), blockIndex: nextBlock)
        case "jdautopsy-disable-file": return Suppression(ids: Array(words.dropFirst()), blockIndex: nil)
        default: return nil
        }
    }
}
