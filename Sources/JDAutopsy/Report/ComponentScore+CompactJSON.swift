extension ComponentScore: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("cap", cap); try o.add("density", density); try o.add("hits", hits); try o.add("id", id); try o.add("label", label)
        try o.add("points", points); try o.add("weight", weight); try o.add("weightedHits", weightedHits)
    }
}
