extension PostingMetadata: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order (nil optionals left out).
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("datePosted", datePosted); try o.add("employmentTypes", employmentTypes); try o.add("identifier", identifier)
        try o.add("locationType", locationType); try o.add("locations", locations); try o.add("organization", organization)
        try o.add("salary", salary); try o.add("url", url); try o.add("validThrough", validThrough)
    }
}
