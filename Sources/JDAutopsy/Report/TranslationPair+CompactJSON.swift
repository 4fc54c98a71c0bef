extension TranslationPair: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("entries", entries); try o.add("illusion", illusion); try o.add("position", position); try o.add("score", score)
        try o.add("sentence", sentence); try o.add("translation", translation)
    }
}
