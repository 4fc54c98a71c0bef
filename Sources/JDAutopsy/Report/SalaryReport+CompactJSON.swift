extension SalaryReport: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order (nil optionals left out).
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("annualMaximum", annualMaximum); try o.add("annualMinimum", annualMinimum); try o.add("contradiction", contradiction)
        try o.add("corpusAverage", corpusAverage); try o.add("currency", currency); try o.add("figures", figures)
        try o.add("structured", structured); try o.add("vagueOnly", vagueOnly); try o.add("vaguePhrases", vaguePhrases)
    }
}
