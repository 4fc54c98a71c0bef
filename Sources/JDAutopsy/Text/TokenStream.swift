/// Tokens of a normalised buffer as parallel arrays: byte spans, kinds and vocabulary ids.
///
/// Struct-of-arrays so the matcher's hot loop reads integers only.
public struct TokenStream: Sendable, Equatable {
    /// Start byte of each token in the normalised text.
    public var starts: [Int32] = []
    /// End byte (exclusive) of each token in the normalised text.
    public var ends: [Int32] = []
    /// Each token's kind.
    public var kinds: [TokenKind] = []
    /// Each token's id in the vocabulary it was looked up in, or -1 when unknown there.
    public var ids: [Int32] = []

    /// The number of tokens.
    public var count: Int { starts.count }
}
