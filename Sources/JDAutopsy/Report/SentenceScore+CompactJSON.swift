extension SentenceScore: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("block", block); try o.add("findings", findings); try o.add("index", index); try o.add("position", position)
        try o.add("score", score); try o.add("text", text)
    }
}
