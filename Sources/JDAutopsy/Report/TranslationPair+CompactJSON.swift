extension TranslationPair: CompactJSONWritable {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        try CompactJSONEncoder.writeObject(
            ("entries", entries), ("illusion", illusion), ("position", position), ("score", score), ("sentence", sentence),
            ("translation", translation),
            into: &out)
    }
}
