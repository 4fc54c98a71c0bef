/// Mergeable document-frequency statistics: how many documents were seen, and in how many of
/// them each term occurs. No cut-off is applied here, so statistics of shards add up exactly:
/// `count(A).merging(count(B)) == count(A + B)`.
public struct DocumentFrequencies: Sendable, Equatable {
    /// The number of documents counted.
    public var documentCount: Int
    /// Every term seen, sorted by UTF-8 bytes.
    public var terms: TermList
    /// For each term, the number of documents containing it.
    public var frequencies: [Int32]

    /// Creates empty statistics.
    public init() {
        documentCount = 0
        terms = TermList()
        frequencies = []
    }

    /// Creates statistics from sorted terms and their frequencies.
    init(documentCount: Int, terms: TermList, frequencies: [Int32]) {
        self.documentCount = documentCount
        self.terms = terms
        self.frequencies = frequencies
    }

    /// The document frequency of `term` (0 when unseen).
    public func frequency(of term: String) -> Int {
        terms.index(of: term).map { Int(frequencies[$0]) } ?? 0
    }

    /// The sum of both statistics, and for each side the map from its term indices to the merged ones.
    /// The maps are increasing, so sorted rows stay sorted when remapped.
    /// - Complexity: O(|terms| + |other.terms|) term comparisons (memcmp).
    func merged(with other: DocumentFrequencies) -> (DocumentFrequencies, [Int32], [Int32]) {
        var result = DocumentFrequencies()
        result.documentCount = documentCount + other.documentCount
        result.terms.arena.reserveCapacity(terms.arena.count + other.terms.arena.count)
        result.frequencies.reserveCapacity(max(terms.count, other.terms.count))
        var mapA = [Int32](repeating: 0, count: terms.count)
        var mapB = [Int32](repeating: 0, count: other.terms.count)
        var i = 0, j = 0
        terms.arena.withUnsafeBufferPointer { a in
            other.terms.arena.withUnsafeBufferPointer { b in
                let oa = terms.offsets, ob = other.terms.offsets
                while i < terms.count || j < other.terms.count {
                    let next = Int32(result.frequencies.count)
                    let c = i == terms.count ? 1 : j == other.terms.count ? -1
                        : TermList.compare(a, oa[i], oa[i + 1], b, ob[j], ob[j + 1])
                    if c < 0 {
                        result.terms.append(UnsafeBufferPointer(rebasing: a[oa[i]..<oa[i + 1]]))
                        result.frequencies.append(frequencies[i])
                        mapA[i] = next
                        i += 1
                    } else if c > 0 {
                        result.terms.append(UnsafeBufferPointer(rebasing: b[ob[j]..<ob[j + 1]]))
                        result.frequencies.append(other.frequencies[j])
                        mapB[j] = next
                        j += 1
                    } else {
                        result.terms.append(UnsafeBufferPointer(rebasing: a[oa[i]..<oa[i + 1]]))
                        result.frequencies.append(frequencies[i] + other.frequencies[j])
                        mapA[i] = next
                        mapB[j] = next
                        i += 1
                        j += 1
                    }
                }
            }
        }
        return (result, mapA, mapB)
    }

    /// The sum of both statistics (for map-reduce: fit shards, then merge).
    public func merging(_ other: DocumentFrequencies) -> DocumentFrequencies { merged(with: other).0 }
}
