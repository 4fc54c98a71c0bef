extension TextBlock: CompactJSONWritable {
    /// The members `encode(to:)` writes, in sorted key order.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        try CompactJSONEncoder.writeObject(
            ("column", column), ("kind", kind.rawValue), ("level", level), ("line", line), ("text", text),
            into: &out)
    }
}
