import Synchronization

/// The entry records of a mapped lexicon cache, decoded one at a time and kept once decoded.
final class CachedEntries: Sendable {
    /// Every entry's id, in order.
    let ids: [String]
    private let file: MappedFile
    /// Byte offsets in `file` of each record, plus the end of the last.
    private let offsets: [Int]
    private let decode: @Sendable (inout CacheFileReader) throws -> LexiconEntry
    /// Decoded entries, each in a box so that a reader can borrow it outside the lock.
    private let decoded: Mutex<[Decoded?]>

    /// A decoded entry, shared by reference.
    private final class Decoded: Sendable {
        let entry: LexiconEntry
        init(_ entry: LexiconEntry) { self.entry = entry }
    }

    /// Records `ids.count` entries at `offsets` of `file`, read by `decode`.
    init(ids: [String], file: MappedFile, offsets: [Int], decode: @escaping @Sendable (inout CacheFileReader) throws -> LexiconEntry) {
        self.ids = ids
        self.file = file
        self.offsets = offsets
        self.decode = decode
        decoded = Mutex([Decoded?](repeating: nil, count: ids.count))
    }

    /// Entry `i`, decoded now if it has not been yet.
    func entry(_ i: Int) -> LexiconEntry { box(i).entry }

    /// `body` applied to entry `i` (decoded now if it has not been yet), read in place rather than
    /// copied out: a copy retains every string and array of the entry.
    func read<R>(_ i: Int, _ body: (borrowing LexiconEntry) -> R) -> R {
        let b = box(i)
        return withExtendedLifetime(b) { body(b.entry) }
    }

    /// The box of entry `i`, decoding and keeping the entry if it has not been yet.
    private func box(_ i: Int) -> Decoded {
        if let d = decoded.withLock({ $0[i] }) { return d }
        var r = CacheFileReader(file, range: offsets[i]..<offsets[i + 1])
        // The record's bounds were checked when the cache was read; a record damaged inside them still
        // yields an entry (its id and a note) rather than a crash.
        let e = (try? decode(&r)).flatMap { $0.id == ids[i] ? $0 : nil }
            ?? LexiconEntry(id: ids[i], phrases: [], message: "(this entry of the lexicon cache is damaged; delete the cache)")
        let d = Decoded(e)
        decoded.withLock { $0[i] = d }
        return d
    }
}
