extension FlightRisk.Term: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("label", label); try o.add("measure", measure); try o.add("points", points); try o.add("value", value)
    }
}
