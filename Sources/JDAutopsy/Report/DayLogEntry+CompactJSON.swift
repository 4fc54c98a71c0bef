extension DayLogEntry: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("duty", duty); try o.add("gloss", gloss); try o.add("time", time)
    }
}
