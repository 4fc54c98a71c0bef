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

    /// Appends one token.
    @inline(__always)
    mutating func append(_ start: Int, _ end: Int, _ kind: TokenKind, _ id: Int32) {
        starts.append(Int32(start))
        ends.append(Int32(end))
        kinds.append(kind)
        ids.append(id)
    }

    /// Reserves room for `n` tokens.
    mutating func reserveCapacity(_ n: Int) {
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
        kinds.reserveCapacity(n)
        ids.reserveCapacity(n)
    }
}
