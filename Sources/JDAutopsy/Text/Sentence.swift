/// One sentence: its block, its byte range in the document text, and its token range.
public struct Sentence: Sendable, Equatable {
    /// Index of the block it belongs to.
    public var block: Int
    /// Byte range in `PostingText.document`.
    public var range: Range<Int>
    /// Range of token indices in `PostingText.tokens`.
    public var tokens: Range<Int>
}
