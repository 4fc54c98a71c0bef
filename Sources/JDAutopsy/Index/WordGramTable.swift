/// The word unigrams and bigrams of a TF-IDF vocabulary keyed by word ids, so a document's bigram is
/// found from its two words' ids instead of by joining, hashing and comparing its bytes.
///
/// `words` holds every word of a kept term, including words whose own unigram was cut off (a bigram
/// may be kept when its words are not, under a max-df cut-off). A word outside `words` is in no kept
/// term, so neither its unigram nor any bigram through it can count.
struct WordGramTable: Sendable {
    /// Every word of a kept unigram or bigram.
    private let words: ByteTable
    /// For each word id, the column of its unigram, or -1.
    private let unigramColumns: [Int32]
    /// Open addressing over packed word-id pairs, `(a + 1) << 32 | (b + 1)`; 0 marks a free slot.
    private var pairKeys: [UInt64]
    /// The column of the pair in the same slot.
    private var pairColumns: [Int32]
    private let shift: UInt64
    private let mask: Int

    /// The table of `vocabulary` (term id = column), or nil when a term has more than two words.
    /// - Complexity: O(vocabulary bytes).
    init?(vocabulary: ByteTable) {
        var pairs: [(UInt64, Int32)] = []
        var unigrams: [(Int32, Int32)] = []
        var table = ByteTable(capacity: vocabulary.count)
        for column in 0..<vocabulary.count {
            let key = Array(vocabulary.key(Int32(column)))
            let parts = key.split(separator: 0x20, omittingEmptySubsequences: false)
            guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
            var ids: [Int32] = []
            for part in parts { ids.append(table.intern(Array(part))) }
            if ids.count == 1 { unigrams.append((ids[0], Int32(column))) } else { pairs.append((Self.pack(ids[0], ids[1]), Int32(column))) }
        }
        var columns = [Int32](repeating: -1, count: table.count)
        for (w, c) in unigrams { columns[Int(w)] = c }
        words = table
        unigramColumns = columns
        var size = 16
        while size < pairs.count * 2 { size <<= 1 }
        pairKeys = [UInt64](repeating: 0, count: size)
        pairColumns = [Int32](repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        for (key, column) in pairs {
            var i = slot(key)
            while pairKeys[i] != 0 { i = (i + 1) & mask }
            pairKeys[i] = key
            pairColumns[i] = column
        }
    }

    /// The id of the word `buffer[lo..<hi]`, or -1 when it is in no kept term.
    @inline(__always)
    func word(_ buffer: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int32 { words.lookup(buffer, lo, hi) }

    /// The column of word `w`'s unigram, or -1.
    @inline(__always)
    func unigram(_ w: Int32) -> Int32 { unigramColumns[Int(w)] }

    /// The column of the bigram "`a` `b`", or -1.
    /// - Complexity: O(1) expected.
    @inline(__always)
    func bigram(_ a: Int32, _ b: Int32) -> Int32 {
        let key = Self.pack(a, b)
        return pairKeys.withUnsafeBufferPointer { keys in
            var i = slot(key)
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
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }
}
