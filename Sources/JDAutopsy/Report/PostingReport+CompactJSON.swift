extension PostingReport: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order (nil optionals left out).
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("blocks", blocks); try o.add("bodySource", bodySource); try o.add("categories", categories)
        try o.add("encoding", encoding); try o.add("findings", findings); try o.add("flightRisk", flightRisk); try o.add("id", id)
        try o.add("metadata", metadata); try o.add("readability", readability); try o.add("record", record)
        try o.add("requirements", requirements); try o.add("salary", salary); try o.add("schemaVersion", schemaVersion)
        try o.add("sentences", sentences); try o.add("sourceKind", sourceKind); try o.add("title", title)
        try o.add("titleSource", titleSource); try o.add("translations", translations); try o.add("vagueness", vagueness)
        try o.add("warnings", warnings)
    }
}

extension Posting.TitleSource: CompactJSONWritable {}

extension Posting.BodySource: CompactJSONWritable {}

extension SourceKind: CompactJSONWritable {}
