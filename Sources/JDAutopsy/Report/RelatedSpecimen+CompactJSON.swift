extension RelatedSpecimen: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("description", description); try o.add("id", id); try o.add("match", match); try o.add("source", source)
        try o.add("title", title)
    }
}
