import Foundation

extension FittedCorpus {
    /// Writes the corpus to an index file (kind 1; see `IndexFile`).
    /// - Throws: `IndexError` when the file cannot be written.
    public func write(to path: String) throws(IndexError) {
        var w = BinaryWriter()
        encode(into: &w)
        try IndexFile.write(w.bytes, kind: .corpus, to: path)
    }

    /// Reads a corpus written by `write(to:)`.
    /// - Throws: `IndexError` naming the file when it is missing, of another version or kind, or corrupt.
    public static func read(from path: String) throws(IndexError) -> FittedCorpus {
        var r = try IndexFile.read(path, kind: .corpus)
        let corpus = try decode(from: &r)
        guard r.atEnd else { throw r.corrupt("unexpected bytes after the corpus") }
        return corpus
    }

    /// Appends the corpus to `w`: parameters and text rules as JSON, statistics, counts, ids, titles.
    func encode(into w: inout BinaryWriter) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        w.write(String(decoding: (try? encoder.encode(parameters)) ?? Data(), as: UTF8.self))
        w.write(String(decoding: (try? encoder.encode(textRules)) ?? Data(), as: UTF8.self))
        w.write(UInt64(statistics.documentCount))
        w.write(array: statistics.terms.arena)
        w.write(array: statistics.terms.offsets)
        w.write(array: statistics.frequencies)
        w.write(array: counts.rowStarts)
        w.write(array: counts.columns)
        w.write(array: counts.values)
        w.write(strings: ids)
        w.write(strings: titles)
    }

    /// Reads what `encode(into:)` wrote, validating every index against its bounds.
    static func decode(from r: inout BinaryReader) throws(IndexError) -> FittedCorpus {
        let decoder = JSONDecoder()
        guard let parameters = try? decoder.decode(TFIDFParameters.self, from: Data(try r.readString().utf8)),
              let rules = try? decoder.decode(TextRules.self, from: Data(try r.readString().utf8)) else {
            throw r.corrupt("parameters cannot be decoded")
        }
        let documentCount = Int(try r.read(UInt64.self))
        let arena = try r.readArray(UInt8.self)
        let offsets = try r.readArray(Int.self)
        let frequencies = try r.readArray(Int32.self)
        let rowStarts = try r.readArray(Int.self)
        let columns = try r.readArray(Int32.self)
        let values = try r.readArray(Int32.self)
        let ids = try r.readStrings()
        let titles = try r.readStrings()
        let terms = TermList(arena: arena, offsets: offsets)
        guard offsets.first == 0, offsets.last == arena.count, zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
              frequencies.count == terms.count, terms.isStrictlySorted else { throw r.corrupt("term list is inconsistent") }
        guard rowStarts.first == 0, rowStarts.last == columns.count, columns.count == values.count,
              rowStarts.count == documentCount + 1, zip(rowStarts, rowStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
              columns.allSatisfy({ $0 >= 0 && Int($0) < terms.count }) else { throw r.corrupt("count matrix is inconsistent") }
        guard ids.isEmpty || ids.count == documentCount, titles.isEmpty || titles.count == documentCount else {
            throw r.corrupt("document ids or titles do not match the document count")
        }
        let stats = DocumentFrequencies(documentCount: documentCount, terms: terms, frequencies: frequencies)
        let counts = SparseMatrix(rowStarts: rowStarts, columns: columns, values: values, columnCount: terms.count)
        return FittedCorpus(parameters: parameters, textRules: rules, statistics: stats, counts: counts, ids: ids, titles: titles)
    }
}
