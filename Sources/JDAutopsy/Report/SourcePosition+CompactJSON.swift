extension SourcePosition: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("column", column); try o.add("line", line)
    }
}
