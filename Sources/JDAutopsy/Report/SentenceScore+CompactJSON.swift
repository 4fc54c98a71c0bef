extension SentenceScore: CompactJSONWritable {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        try CompactJSONEncoder.writeObject(
            ("block", block), ("findings", findings), ("index", index), ("position", position), ("score", score), ("text", text),
            into: &out)
    }
}
