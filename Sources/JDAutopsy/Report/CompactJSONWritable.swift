/// A value that writes its own `CompactJSONEncoder` bytes — exactly those its `Encodable`
/// conformance gives, sorted keys and all — without going through encoding containers. The report
/// types that come by the hundred per posting (findings, sentences, blocks, positions, translations)
/// conform; `CompactJSONEncoderTests` holds the two paths byte for byte equal.
protocol CompactJSONWritable {
    /// Appends the value's JSON to `out`.
    /// - Throws: `EncodingError.invalidValue` for a non-finite number.
    func writeCompactJSON(into out: inout [UInt8]) throws
}

extension [String] {
    /// Appends the strings as a JSON array.
    func writeCompactJSON(into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (k, s) in enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            CompactJSONEncoder.Scalar.string(s, into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}
