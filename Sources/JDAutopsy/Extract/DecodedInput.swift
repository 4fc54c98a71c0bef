/// Input bytes decoded to valid UTF-8, with the encoding they came from.
struct DecodedInput {
    /// Valid UTF-8 bytes (BOM removed, NUL bytes removed).
    var bytes: [UInt8]
    /// The source encoding's name.
    var encoding: String
    /// Notes about the decoding (fallbacks, removed NUL bytes).
    var warnings: [String]
}
