extension SentenceScore: CompactJSONWritable {
    /// The synthesised `Encodable` members in sorted key order.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        typealias S = CompactJSONEncoder.Scalar
        out.append(contentsOf: #"{"block":"#.utf8)
        S.integer(block, into: &out)
        out.append(contentsOf: #","findings":"#.utf8)
        S.integer(findings, into: &out)
        out.append(contentsOf: #","index":"#.utf8)
        S.integer(index, into: &out)
        out.append(contentsOf: #","position":"#.utf8)
        position.writeCompactJSON(into: &out)
        out.append(contentsOf: #","score":"#.utf8)
        try S.double(score, into: &out)
        out.append(contentsOf: #","text":"#.utf8)
        S.string(text, into: &out)
        out.append(UInt8(ascii: "}"))
    }
}
