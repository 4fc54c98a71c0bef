extension Finding: CompactJSONWritable {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        try CompactJSONEncoder.writeObject(
            ("alternatives", alternatives), ("block", block), ("category", category), ("end", end), ("entryID", entryID),
            ("length", length), ("message", message), ("offset", offset), ("sentence", sentence), ("severity", severity.rawValue),
            ("start", start), ("text", text), ("weight", weight),
            into: &out)
    }
}
