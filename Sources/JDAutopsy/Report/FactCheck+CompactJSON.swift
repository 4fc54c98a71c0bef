extension FactCheck: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("id", id); try o.add("label", label); try o.add("stated", stated)
    }
}
