/// A sentence as written (the LinkedIn illusion) and what it actually says (the translation).
public struct TranslationPair: Sendable, Equatable, Codable {
    /// Sentence index.
    public var sentence: Int
    /// Where the sentence starts.
    public var position: SourcePosition
    /// The sentence as written.
    public var illusion: String
    /// The deadpan translation.
    public var translation: String
    /// The sentence's vagueness score.
    public var score: Double
    /// Entry ids whose translations were used.
    public var entries: [String]
}
