/// The lexicon's entries in order: an array for a lexicon compiled from its files, or the records of
/// the lexicon cache, each decoded the first time it is read.
///
/// A cold `analyze` reads a few dozen of the ≈1,300 entries, so decoding all of their ≈25,000 strings
/// at start-up (≈15% of a cold run's instructions) is work thrown away. Ids are decoded up front, since
/// `Lexicon.entryIndex` needs every one.
public struct LexiconEntries: RandomAccessCollection, Sendable, Equatable {
    private enum Storage: Sendable {
        case array([LexiconEntry])
        case cached(CachedEntries)
    }

    private let storage: Storage

    /// Entries held in memory.
    init(_ entries: [LexiconEntry]) {
        storage = .array(entries)
    }

    /// Entries decoded from the cache on first use.
    init(cached: CachedEntries) {
        storage = .cached(cached)
    }

    /// 0.
    public var startIndex: Int { 0 }

    /// The number of entries.
    public var endIndex: Int {
        switch storage {
        case .array(let a): a.count
        case .cached(let c): c.ids.count
        }
    }

    /// The entry at `position`.
    /// - Complexity: O(1) once decoded; the first read of a cached entry decodes its strings.
    public subscript(position: Int) -> LexiconEntry {
        switch storage {
        case .array(let a): a[position]
        case .cached(let c): c.entry(position)
        }
    }

    /// `body` applied to the entry at `position`, read in place rather than copied out (a copy
    /// retains each of the entry's strings and arrays).
    /// - Complexity: O(1) once decoded; the first read of a cached entry decodes its strings.
    func read<R>(_ position: Int, _ body: (borrowing LexiconEntry) -> R) -> R {
        switch storage {
        case .array(let a): a.withUnsafeBufferPointer { body($0[position]) }
        case .cached(let c): c.read(position, body)
        }
    }

    /// The id of the entry at `position`, without decoding the entry.
    func id(at position: Int) -> String {
        switch storage {
        case .array(let a): a[position].id
        case .cached(let c): c.ids[position]
        }
    }

    /// Entry-by-entry equality, whatever the storage.
    public static func == (a: LexiconEntries, b: LexiconEntries) -> Bool { a.elementsEqual(b) }
}
