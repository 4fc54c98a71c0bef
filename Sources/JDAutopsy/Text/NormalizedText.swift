/// Text after NFKC case folding and typographic folding, with a map back to the input.
public struct NormalizedText: Sendable, Equatable {
    /// The normalised UTF-8 bytes.
    public var bytes: [UInt8]
    /// For each normalised byte, the offset of the input byte it came from; one extra entry at the
    /// end holds the input length, so `map[end]` is valid for any span end.
    public var map: [Int32]
}
