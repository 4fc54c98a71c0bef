/// A sentence with its vagueness score and finding count.
public struct SentenceScore: Sendable, Equatable, Codable {
    /// Index.
    public var index: Int
    /// Block index.
    public var block: Int
    /// Where it starts.
    public var position: SourcePosition
    /// The text.
    public var text: String
    /// Vagueness 0–100.
    public var score: Double
    /// Findings in it.
    public var findings: Int
}
