import Foundation

extension TaxonomyIndex {
    /// Writes the index (kind 2; see `IndexFile`): occupations, title owners, then both corpora.
    /// - Throws: `IndexError` when the file cannot be written.
    public func write(to path: String) throws(IndexError) {
        var w = BinaryWriter()
        w.write(UInt64(occupations.count))
        for o in occupations {
            w.write(o.id)
            w.write(o.title)
            w.write(o.description)
            w.write(o.source)
            w.write(strings: o.alternateTitles)
        }
        w.write(array: titleOwners)
        descriptions.encode(into: &w)
        titles.encode(into: &w)
        try IndexFile.write(w.bytes, kind: .taxonomy, to: path)
    }

    /// Reads an index written by `write(to:)`; queries are cleaned with `cleaner`.
    /// - Throws: `IndexError` naming the file when it is missing, of another version or kind, or corrupt.
    public static func read(from path: String, cleaner: TitleCleaner) throws(IndexError) -> TaxonomyIndex {
        var r = try IndexFile.read(path, kind: .taxonomy)
        let n = try r.readCount(width: 40)
        var occupations: [Occupation] = []
        occupations.reserveCapacity(n)
        for _ in 0..<n {
            let id = try r.readString(), title = try r.readString(), description = try r.readString(), source = try r.readString()
            occupations.append(Occupation(id: id, title: title, description: description, alternateTitles: try r.readStrings(), source: source))
        }
        let owners = try r.readArray(Int32.self)
        let descriptions = try FittedCorpus.decode(from: &r)
        let titles = try FittedCorpus.decode(from: &r)
        guard r.atEnd else { throw r.corrupt("unexpected bytes after the taxonomy") }
        guard descriptions.counts.rowCount == n, titles.counts.rowCount == owners.count, titles.titles.count == owners.count,
              owners.allSatisfy({ $0 >= 0 && Int($0) < n }) else {
            throw r.corrupt("occupations, titles and their owners do not match")
        }
        return TaxonomyIndex(occupations: occupations, descriptions: descriptions, titles: titles, titleOwners: owners, cleaner: cleaner)
    }
}
