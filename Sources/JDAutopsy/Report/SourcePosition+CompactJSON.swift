extension SourcePosition: CompactJSONWritable {
    /// `{"column":…,"line":…}`.
    func writeCompactJSON(into out: inout [UInt8]) {
        out.append(contentsOf: #"{"column":"#.utf8)
        CompactJSONEncoder.Scalar.integer(column, into: &out)
        out.append(contentsOf: #","line":"#.utf8)
        CompactJSONEncoder.Scalar.integer(line, into: &out)
        out.append(UInt8(ascii: "}"))
    }
}
