extension CategoryCount: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("category", category); try o.add("count", count); try o.add("label", label); try o.add("weight", weight)
    }
}
