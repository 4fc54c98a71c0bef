extension TranslationPair: CompactJSONWritable {
    /// The synthesised `Encodable` members in sorted key order.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        typealias S = CompactJSONEncoder.Scalar
        out.append(contentsOf: #"{"entries":"#.utf8)
        try entries.writeCompactJSON(into: &out)
        out.append(contentsOf: #","illusion":"#.utf8)
        S.string(illusion, into: &out)
        out.append(contentsOf: #","position":"#.utf8)
        position.writeCompactJSON(into: &out)
        out.append(contentsOf: #","score":"#.utf8)
        try S.double(score, into: &out)
        out.append(contentsOf: #","sentence":"#.utf8)
        S.integer(sentence, into: &out)
        out.append(contentsOf: #","translation":"#.utf8)
        S.string(translation, into: &out)
        out.append(UInt8(ascii: "}"))
    }
}
