extension Finding: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("alternatives", alternatives); try o.add("block", block); try o.add("category", category); try o.add("end", end)
        try o.add("entryID", entryID); try o.add("length", length); try o.add("message", message); try o.add("offset", offset)
        try o.add("sentence", sentence); try o.add("severity", severity); try o.add("start", start); try o.add("text", text)
        try o.add("weight", weight)
    }
}

extension Severity: CompactJSONWritable {}
