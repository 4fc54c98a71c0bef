/// The postings `batch --cluster` clusters: a bottom-k sample of at most `limit` documents, those
/// whose record ids have the smallest `hash` (ties by input ordinal). The choice depends only on the
/// ids and their order, not on `--jobs`, arrival order or an interruption and `--resume`; every
/// document is kept while there are at most `limit`.
struct DocumentSample {
    /// The most documents kept.
    let limit: Int
    /// Documents offered (scored postings seen).
    private(set) var offered = 0
    /// The kept documents; the largest (hash, ordinal) on top, so it is the one evicted.
    private var heap = BinaryHeap<Entry> { a, b in a.hash != b.hash ? a.hash > b.hash : a.ordinal > b.ordinal }

    private struct Entry {
        var hash: UInt64
        var ordinal: Int
        var document: CorpusDocument
    }

    /// Creates an empty sample of at most `limit` (≥ 1) documents.
    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// The sampling key of a record id: FNV-1a (64 bits) of its UTF-8 bytes, then MurmurHash3's
    /// 64-bit finalizer `fmix64`. FNV-1a alone barely mixes the last bytes, so ids that differ only
    /// there (`rec-160` … `rec-179`) get neighbouring hashes and a bottom-k sample of sequential ids
    /// would be one contiguous run of them; the finalizer spreads them over the whole range.
    static func hash(_ id: String) -> UInt64 {
        var h = FNV1a.hash(id.utf8)
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// Offers the scored posting `id` at input position `ordinal`; `document` is called only when the
    /// posting enters the sample (so a resumed run re-extracts only those), and nil leaves it out.
    /// - Complexity: O(|id| + log limit).
    mutating func offer(id: String, ordinal: Int, document: () -> CorpusDocument?) {
        offered += 1
        let hash = Self.hash(id)
        if heap.count == limit, let top = heap.top, (hash, ordinal) >= (top.hash, top.ordinal) { return }
        guard let document = document() else { return }
        let entry = Entry(hash: hash, ordinal: ordinal, document: document)
        if heap.count == limit { heap.replaceTop(entry) } else { heap.push(entry) }
    }

    /// True when more postings were offered than the sample holds.
    var isSampled: Bool { offered > limit }

    /// The kept documents in input order.
    /// - Complexity: O(k log k) for k kept.
    var documents: [CorpusDocument] {
        heap.elements.sorted { $0.ordinal < $1.ordinal }.map(\.document)
    }
}
