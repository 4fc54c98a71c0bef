/// A paragraph shared across many postings of a corpus.
public struct BoilerplateParagraph: Sendable, Equatable, Codable {
    /// The paragraph, normalised (lower case, single spaces).
    public var text: String
    /// In how many postings it occurs.
    public var postings: Int
}
