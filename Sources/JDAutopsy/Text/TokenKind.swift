/// What a token is, from ICU's word-break rule status.
public enum TokenKind: UInt8, Sendable, Codable {
    /// Letters (or kana / ideographs).
    case word = 2
    /// Digits.
    case number = 1
    /// Any other non-space character, one per token.
    case punctuation = 0
}
