extension SalaryFigure: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order (nil optionals left out).
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("annualMaximum", annualMaximum); try o.add("annualMinimum", annualMinimum); try o.add("position", position)
        try o.add("range", range); try o.add("text", text)
    }
}
