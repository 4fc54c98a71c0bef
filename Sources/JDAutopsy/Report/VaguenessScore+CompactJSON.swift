extension VaguenessScore: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("band", band); try o.add("base", base); try o.add("components", components); try o.add("concreteness", concreteness)
        try o.add("facts", facts); try o.add("missingFactPoints", missingFactPoints); try o.add("score", score)
        try o.add("words", words)
    }
}
