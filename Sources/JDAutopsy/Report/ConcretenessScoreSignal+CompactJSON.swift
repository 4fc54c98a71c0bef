extension ConcretenessScore.Signal: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("count", count); try o.add("id", id)
    }
}
