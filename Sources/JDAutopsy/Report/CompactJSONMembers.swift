/// A value written as a JSON object: it lists its members, the object's braces and commas come from
/// `CompactJSONEncoder.writeObject`.
protocol CompactJSONMembers: CompactJSONWritable {
    /// Adds the members in sorted key order, nil optionals left out (as synthesised `Encodable` does).
    func writeMembers(to object: inout CompactJSONObject) throws
}

extension CompactJSONMembers {
    /// `{…}` with the value's members.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        try CompactJSONEncoder.writeObject(into: &out) { try writeMembers(to: &$0) }
    }
}
