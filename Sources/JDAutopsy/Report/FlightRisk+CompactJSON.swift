extension FlightRisk: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("diagnosis", diagnosis); try o.add("label", label); try o.add("percent", percent); try o.add("terms", terms)
    }
}
