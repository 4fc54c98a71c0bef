extension TextBlock: CompactJSONMembers {
    /// The members `encode(to:)` writes, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("column", column); try o.add("kind", kind); try o.add("level", level); try o.add("line", line)
        try o.add("text", text)
    }
}

extension BlockKind: CompactJSONWritable {}
