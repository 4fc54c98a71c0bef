/// A value that writes its own `CompactJSONEncoder` bytes — exactly those its `Encodable`
/// conformance gives, sorted keys and all — without going through encoding containers. The whole
/// report tree conforms (a JSONL line never touches a container), as do strings, numbers, booleans,
/// string-backed enums and arrays of any of them; `CompactJSONEncoderTests` holds the two paths byte
/// for byte equal.
protocol CompactJSONWritable {
    /// Appends the value's JSON to `out`.
    /// - Throws: `EncodingError.invalidValue` for a non-finite number.
    func writeCompactJSON(into out: inout [UInt8]) throws
}

extension Array: CompactJSONWritable where Element: CompactJSONWritable {
    /// `[` the elements `,`-separated `]`, as an unkeyed container writes them.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "["))
        for k in indices {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            try self[k].writeCompactJSON(into: &out)
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

extension Int: CompactJSONWritable {
    /// The decimal digits.
    func writeCompactJSON(into out: inout [UInt8]) { CompactJSONEncoder.Scalar.integer(self, into: &out) }
}

extension Bool: CompactJSONWritable {
    /// `true` or `false`.
    func writeCompactJSON(into out: inout [UInt8]) { CompactJSONEncoder.Scalar.bool(self, into: &out) }
}

extension CompactJSONWritable where Self: RawRepresentable, RawValue == String {
    /// The raw value, as a string-backed enum's synthesised `Encodable` writes it.
    func writeCompactJSON(into out: inout [UInt8]) { CompactJSONEncoder.Scalar.string(rawValue, into: &out) }
}
