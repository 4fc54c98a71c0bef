extension SourcePosition: CompactJSONWritable {
    /// `{"column":…,"line":…}`.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        try CompactJSONEncoder.writeObject(
            ("column", column), ("line", line),
            into: &out)
    }
}
