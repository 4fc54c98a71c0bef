extension Finding: CompactJSONWritable {
    /// The synthesised `Encodable` members in sorted key order.
    func writeCompactJSON(into out: inout [UInt8]) throws {
        typealias S = CompactJSONEncoder.Scalar
        out.append(contentsOf: #"{"alternatives":"#.utf8)
        try alternatives.writeCompactJSON(into: &out)
        out.append(contentsOf: #","block":"#.utf8)
        S.integer(block, into: &out)
        out.append(contentsOf: #","category":"#.utf8)
        S.string(category, into: &out)
        out.append(contentsOf: #","end":"#.utf8)
        end.writeCompactJSON(into: &out)
        out.append(contentsOf: #","entryID":"#.utf8)
        S.string(entryID, into: &out)
        out.append(contentsOf: #","length":"#.utf8)
        S.integer(length, into: &out)
        out.append(contentsOf: #","message":"#.utf8)
        S.string(message, into: &out)
        out.append(contentsOf: #","offset":"#.utf8)
        S.integer(offset, into: &out)
        out.append(contentsOf: #","sentence":"#.utf8)
        S.integer(sentence, into: &out)
        out.append(contentsOf: #","severity":"#.utf8)
        S.string(severity.rawValue, into: &out)
        out.append(contentsOf: #","start":"#.utf8)
        start.writeCompactJSON(into: &out)
        out.append(contentsOf: #","text":"#.utf8)
        S.string(text, into: &out)
        out.append(contentsOf: #","weight":"#.utf8)
        try S.double(weight, into: &out)
        out.append(UInt8(ascii: "}"))
    }
}
