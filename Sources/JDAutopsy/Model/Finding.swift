/// One lexicon hit in a posting: which entry, where, and what to do about it.
public struct Finding: Sendable, Equatable, Codable {
    /// The entry's id (the rule id in lint and SARIF output).
    public var entryID: String
    /// The entry's category.
    public var category: String
    /// Lint level.
    public var severity: Severity
    /// The entry's message.
    public var message: String
    /// The matched text as written in the posting.
    public var text: String
    /// Where it starts in the source file.
    public var start: SourcePosition
    /// Where it ends (exclusive) in the source file.
    public var end: SourcePosition
    /// Index of the block.
    public var block: Int
    /// Index of the sentence in the posting.
    public var sentence: Int
    /// Byte offset in the extracted document text.
    public var offset: Int
    /// Byte length in the extracted document text.
    public var length: Int
    /// The entry's weight.
    public var weight: Double
    /// Plain-English alternatives.
    public var alternatives: [String]
}
