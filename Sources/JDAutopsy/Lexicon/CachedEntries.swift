import Synchronization

/// The entry records of a mapped lexicon cache, decoded one at a time and kept once decoded.
final class CachedEntries: Sendable {
    /// Every entry's id, in order.
    let ids: [String]
    private let file: MappedFile
    /// Byte offsets in `file` of each record, plus the end of the last.
    private let offsets: [Int]
    private let decode: @Sendable (inout CacheFileReader) throws -> LexiconEntry
    private let decoded: Mutex<[LexiconEntry?]>

    /// Records `ids.count` entries at `offsets` of `file`, read by `decode`.
    init(ids: [String], file: MappedFile, offsets: [Int], decode: @escaping @Sendable (inout CacheFileReader) throws -> LexiconEntry) {
        self.ids = ids
        self.file = file
        self.offsets = offsets
        self.decode = decode
        decoded = Mutex([LexiconEntry?](repeating: nil, count: ids.count))
    }

    /// Entry `i`, decoded now if it has not been yet.
    func entry(_ i: Int) -> LexiconEntry {
        if let e = decoded.withLock({ $0[i] }) { return e }
        var r = CacheFileReader(file, range: offsets[i]..<offsets[i + 1])
        // The record's bounds were checked when the cache was read; a record damaged inside them still
        // yields an entry (its id and a note) rather than a crash.
        let e = (try? decode(&r)).flatMap { $0.id == ids[i] ? $0 : nil }
            ?? LexiconEntry(id: ids[i], phrases: [], message: "(this entry of the lexicon cache is damaged; delete the cache)")
        decoded.withLock { $0[i] = e }
        return e
    }
}
