/// A value that writes its own `CompactJSONEncoder` bytes — exactly those its `Encodable`
/// conformance gives, sorted keys and all — without going through encoding containers. The report
/// types that come by the hundred per posting (findings, sentences, blocks, positions, translations)
/// conform, as do strings, integers and arrays of any of them; `CompactJSONEncoderTests` holds the two
/// paths byte for byte equal.
protocol CompactJSONWritable {
    /// Appends the value's JSON to `out`.
    /// - Throws: `EncodingError.invalidValue` for a non-finite number.
    func writeCompactJSON(into out: inout [UInt8]) throws
}

extension Array: CompactJSONWritable where Element: CompactJSONWritable {
    /// `[` the elements `,`-separated `]`, as an unkeyed container writes them.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "["))
        for (k, element) in enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            try element.writeCompactJSON(into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}

extension String: CompactJSONWritable {
    /// The string quoted and escaped.
    func writeCompactJSON(into out: inout [UInt8]) { CompactJSONEncoder.Scalar.string(self, into: &out) }
}

extension Double: CompactJSONWritable {
    /// The shortest round-trip form, a trailing ".0" dropped.
    func writeCompactJSON(into out: inout [UInt8]) throws { try CompactJSONEncoder.Scalar.double(self, into: &out) }
}

extension CompactJSONEncoder {
    /// Appends `{"key":value,…}`; `members` come in sorted key order (keys need no escaping), as
    /// the encoder sorts an `Encodable`'s. Generic over the values, so nothing is boxed.
    static func writeObject<each Value: CompactJSONWritable>(_ members: repeat (String, each Value), into out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "{"))
        var first = true
        for (key, value) in repeat each members {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            Scalar.string(key, into: &out)
            out.append(UInt8(ascii: ":"))
            try value.writeCompactJSON(into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}

extension Int: CompactJSONWritable {
    /// The decimal digits.
    func writeCompactJSON(into out: inout [UInt8]) { CompactJSONEncoder.Scalar.integer(self, into: &out) }
}
