extension RequirementsReport: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order (nil optionals left out).
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("degrees", degrees); try o.add("minimumYears", minimumYears); try o.add("mismatch", mismatch)
        try o.add("mustHaves", mustHaves); try o.add("niceToHaves", niceToHaves); try o.add("titleLevel", titleLevel)
        try o.add("years", years)
    }
}
