extension YearsDemand: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order (nil optionals left out).
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("maximum", maximum); try o.add("minimum", minimum); try o.add("position", position); try o.add("text", text)
    }
}
