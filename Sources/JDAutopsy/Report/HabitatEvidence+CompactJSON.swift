extension HabitatEvidence: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("evidence", evidence); try o.add("hits", hits); try o.add("id", id); try o.add("label", label)
    }
}
