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
