extension ConcretenessScore: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("density", density); try o.add("points", points); try o.add("signals", signals)
        try o.add("technologies", technologies); try o.add("total", total)
    }
}
