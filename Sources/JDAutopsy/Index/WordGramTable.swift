/// The word unigrams and bigrams of a TF-IDF vocabulary keyed by word ids, so a document's bigram is
/// found from its two words' ids instead of by joining, hashing and comparing its bytes.
///
/// A word's id is its unigram's column when the unigram is kept. A bigram may be kept when one of its
/// words is not (a max-df cut-off), so such words get ids of their own past the columns. A word that
/// has no id is in no kept term, so neither its unigram nor any bigram through it can count.
struct WordGramTable: Sendable {
    /// The model's vocabulary (term id = column).
    private let vocabulary: ByteTable
    /// Words of kept bigrams whose unigram is not kept; their ids start at `vocabulary.count`.
    private let extraWords: ByteTable
    /// Open addressing over packed word-id pairs, `(a + 1) << 32 | (b + 1)`; 0 marks a free slot.
    private let pairKeys: [UInt64]
    /// The column of the pair in the same slot.
    private let pairColumns: [Int32]
    private let shift: UInt64
    private let mask: Int

    /// The table of `vocabulary` (term id = column), or nil when a term has more than two words.
    /// - Complexity: O(vocabulary bytes); only the bigrams are looked up and stored.
    init?(vocabulary: ByteTable) {
        var extra = ByteTable(capacity: 16)
        var pairs: [(UInt64, Int32)] = []
        let base = Int32(vocabulary.count)
        let fits = vocabulary.arena.withUnsafeBufferPointer { arena -> Bool in
            func id(_ lo: Int, _ hi: Int) -> Int32 {
                let column = vocabulary.lookup(arena, lo, hi)
                return column >= 0 ? column : base + extra.intern(arena, lo, hi)
            }
            for column in 0..<vocabulary.count {
                let s = Int(vocabulary.starts[column]), e = s + Int(vocabulary.lengths[column])
                guard let space = (s..<e).first(where: { arena[$0] == 0x20 }) else { continue }  // a unigram: id = column
                guard space > s, space + 1 < e, !arena[(space + 1)..<e].contains(0x20) else { return false }
                pairs.append((Self.pack(id(s, space), id(space + 1, e)), Int32(column)))
            }
            return true
        }
        guard fits else { return nil }
        self.vocabulary = vocabulary
        extraWords = extra
        var size = 16
        while size < pairs.count * 2 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size), keyColumns = [Int32](repeating: -1, count: size)
        let shift = UInt64(64 - size.trailingZeroBitCount)
        for (key, column) in pairs {
            var i = Self.slot(key, shift)
            while keys[i] != 0 { i = (i + 1) & (size - 1) }
            keys[i] = key
            keyColumns[i] = column
        }
        pairKeys = keys
        pairColumns = keyColumns
        mask = size - 1
        self.shift = shift
    }

    /// The id of the word `buffer[lo..<hi]`, or -1 when it is in no kept term.
    @inline(__always)
    func word(_ buffer: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int32 {
        let column = vocabulary.lookup(buffer, lo, hi)
        if column >= 0 || extraWords.count == 0 { return column }
        let extra = extraWords.lookup(buffer, lo, hi)
        return extra >= 0 ? Int32(vocabulary.count) + extra : -1
    }

    /// The column of word `w`'s unigram, or -1.
    @inline(__always)
    func unigram(_ w: Int32) -> Int32 { w < Int32(vocabulary.count) ? w : -1 }

    /// The column of the bigram "`a` `b`", or -1.
    /// - Complexity: O(1) expected.
    @inline(__always)
    func bigram(_ a: Int32, _ b: Int32) -> Int32 {
        let key = Self.pack(a, b)
        return pairKeys.withUnsafeBufferPointer { keys in
            var i = Self.slot(key, shift)
            while keys[i] != 0 {
                if keys[i] == key { return pairColumns[i] }
                i = (i + 1) & mask
            }
            return -1
        }
    }

    @inline(__always)
    private static func pack(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(a) + 1) << 32 | UInt64(UInt32(b) + 1) }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }
}
