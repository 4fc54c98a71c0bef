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

/// The members of one JSON object as a `CompactJSONWritable` value writes them: the caller adds them
/// in sorted key order, as the encoder sorts an `Encodable`'s, and leaves out nil optionals, as
/// synthesised `Encodable` conformances do.
struct CompactJSONObject {
    fileprivate var out: [UInt8]
    private var first = true

    fileprivate init(_ out: inout [UInt8]) {
        self.out = []
        swap(&self.out, &out)
    }

    /// Appends `"key":value`; keys are plain ASCII and need no escaping.
    @inline(__always)
    mutating func add<Value: CompactJSONWritable>(_ key: StaticString, _ value: Value) throws {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
        try value.writeCompactJSON(into: &out)
    }

    /// Appends `"key":value` when there is a value.
    @inline(__always)
    mutating func add<Value: CompactJSONWritable>(_ key: StaticString, _ value: Value?) throws {
        if let value { try add(key, value) }
    }
}

extension CompactJSONEncoder {
    /// Appends `{…}` with the members `body` adds.
    @inline(__always)
    static func writeObject(into out: inout [UInt8], _ body: (inout CompactJSONObject) throws -> Void) rethrows {
        out.append(UInt8(ascii: "{"))
        var object = CompactJSONObject(&out)
        defer { swap(&object.out, &out) }
        try body(&object)
        object.out.append(UInt8(ascii: "}"))
    }
}

/// A value written as a JSON object: it lists its members, the object's braces and commas come from
/// `CompactJSONEncoder.writeObject`.
protocol CompactJSONMembers: CompactJSONWritable {
    /// Adds the members in sorted key order, nil optionals left out (as synthesised `Encodable` does).
    func writeMembers(to object: inout CompactJSONObject) throws
}

extension CompactJSONMembers {
    /// `{…}` with the value's members.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        try CompactJSONEncoder.writeObject(into: &out) { try writeMembers(to: &$0) }
    }
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
