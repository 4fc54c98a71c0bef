/// Accumulates record digests in input order into a `CorpusSummary`, in memory that does not grow
/// with the number of postings: a 1001-bin histogram of scores (they carry one decimal), counts per
/// lexicon entry and phrase, and the `keep` worst and best postings.
public struct CorpusSummaryBuilder: Sendable {
    /// How many entries the top lists and the worst/best lists keep.
    public let keep: Int
    private var bins = [Int](repeating: 0, count: 1001)
    private var records = 0
    private var scored = 0
    private var sum = 0.0
    private var reasons: [String: Int] = [:]
    /// Per entry: findings, postings with one, and the last record (ordinal) counted among those postings.
    private var entries: [String: (count: Int, postings: Int, lastRecord: Int)] = [:]
    private var phrases: [String: Int] = [:]
    private var worst: [(ordinal: Int, ranked: CorpusSummary.Ranked)] = []
    private var best: [(ordinal: Int, ranked: CorpusSummary.Ranked)] = []

    /// Creates an empty builder.
    public init(keep: Int = 10) {
        self.keep = keep
    }

    /// Adds the next record.
    /// - Complexity: O(f + keep) for f findings.
    public mutating func add(_ d: RecordDigest) {
        let ordinal = records
        records += 1
        guard let score = d.score else {
            reasons[d.failureReason ?? "unknown", default: 0] += 1
            return
        }
        scored += 1
        sum += score
        bins[min(1000, max(0, Int((score * 10).rounded())))] += 1
        for id in d.entryIDs {
            Self.count(&entries[id, default: (0, 0, -1)], record: ordinal)
        }
        for p in d.phrases { phrases[p, default: 0] += 1 }
        let ranked = CorpusSummary.Ranked(id: d.id, title: d.title, score: score)
        Self.insert(&worst, (ordinal, ranked), keep: keep) { $0.ranked.score > $1.ranked.score }
        Self.insert(&best, (ordinal, ranked), keep: keep) { $0.ranked.score < $1.ranked.score }
    }

    /// Counts one finding of an entry in record `record`, and the record once (one dictionary access, through `inout`).
    private static func count(_ tally: inout (count: Int, postings: Int, lastRecord: Int), record: Int) {
        tally.count += 1
        if tally.lastRecord != record {
            tally.postings += 1
            tally.lastRecord = record
        }
    }

    /// Keeps `list` sorted by `before` (then by ordinal) and at most `keep` long.
    private static func insert(_ list: inout [(ordinal: Int, ranked: CorpusSummary.Ranked)], _ item: (ordinal: Int, ranked: CorpusSummary.Ranked),
                               keep: Int, before: ((ordinal: Int, ranked: CorpusSummary.Ranked), (ordinal: Int, ranked: CorpusSummary.Ranked)) -> Bool) {
        // Items arrive in ordinal order, so an equal score goes after those already kept.
        let at = list.firstIndex { before(item, $0) } ?? list.count
        guard at < keep else { return }
        list.insert(item, at: at)
        if list.count > keep { list.removeLast() }
    }

    /// The summary so far.
    ///
    /// Percentile p is the nearest-rank score: the smallest s such that at least ⌈p/100 · n⌉ scores are ≤ s.
    public func summary(run: RunMetadata? = nil) -> CorpusSummary {
        var percentiles: [CorpusSummary.Percentile] = []
        if scored > 0 {
            for p in [10, 25, 50, 75, 90, 99] {
                let rank = max(1, (p * scored + 99) / 100)
                var seen = 0
                for (k, c) in bins.enumerated() {
                    seen += c
                    if seen >= rank { percentiles.append(.init(percentile: p, score: Double(k) / 10)); break }
                }
            }
        }
        let histogram = (0..<10).map { (b: Int) -> CorpusSummary.Bin in
            let upper: Int = b == 9 ? 1001 : b * 100 + 100
            let count: Int = bins[(b * 100)..<upper].reduce(0, +)
            return CorpusSummary.Bin(from: Double(b * 10), to: Double(b * 10 + 10), count: count)
        }
        let nonEmpty = bins.indices.filter { bins[$0] > 0 }
        let topFindings = entries.map { CorpusSummary.FindingCount(entryID: $0.key, count: $0.value.count, postings: $0.value.postings) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.entryID < $1.entryID }.prefix(keep)
        let topPhrases = phrases.map { CorpusSummary.PhraseCount(phrase: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.phrase < $1.phrase }.prefix(keep)
        return CorpusSummary(
            schemaVersion: CorpusSummary.currentSchemaVersion, records: records, scored: scored, errors: records - scored,
            errorsByReason: reasons, meanScore: scored > 0 ? (sum / Double(scored) * 10).rounded() / 10 : nil,
            minScore: nonEmpty.first.map { Double($0) / 10 }, maxScore: nonEmpty.last.map { Double($0) / 10 },
            percentiles: percentiles, histogram: histogram, topFindings: Array(topFindings), topPhrases: Array(topPhrases),
            worst: worst.map(\.ranked), best: best.map(\.ranked), run: run)
    }
}
