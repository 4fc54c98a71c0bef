extension TextBlock: CompactJSONWritable {
    /// The members `encode(to:)` writes, in sorted key order.
    func writeCompactJSON(into out: inout [UInt8]) {
        typealias S = CompactJSONEncoder.Scalar
        out.append(contentsOf: #"{"column":"#.utf8)
        S.integer(column, into: &out)
        out.append(contentsOf: #","kind":"#.utf8)
        S.string(kind.rawValue, into: &out)
        out.append(contentsOf: #","level":"#.utf8)
        S.integer(level, into: &out)
        out.append(contentsOf: #","line":"#.utf8)
        S.integer(line, into: &out)
        out.append(contentsOf: #","text":"#.utf8)
        S.string(text, into: &out)
        out.append(UInt8(ascii: "}"))
    }
}
