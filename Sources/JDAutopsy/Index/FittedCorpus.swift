/// The term counts of a corpus: document-frequency statistics plus each document's raw term counts.
///
/// Everything a TF-IDF model and its document vectors follow from, and nothing more, so corpora
/// fitted on separate shards merge into exactly the corpus one fit over everything would give.
public struct FittedCorpus: Sendable, Equatable {
    /// How terms were extracted.
    public var parameters: TFIDFParameters
    /// The normalisation rules the terms went through.
    public var textRules: TextRules
    /// Document frequencies of every term seen.
    public var statistics: DocumentFrequencies
    /// Row d: the counts of document d's terms (columns index `statistics.terms`); empty when not kept.
    public var counts: SparseMatrix<Int32>
    /// Document ids, one per row (may be empty when the caller has none).
    public var ids: [String]
    /// Document titles, one per row (may be empty).
    public var titles: [String]

    /// Creates a corpus from its parts.
    public init(parameters: TFIDFParameters, textRules: TextRules, statistics: DocumentFrequencies,
                counts: SparseMatrix<Int32>, ids: [String] = [], titles: [String] = []) {
        self.parameters = parameters
        self.textRules = textRules
        self.statistics = statistics
        self.counts = counts
        self.ids = ids
        self.titles = titles
    }

    /// The TF-IDF model these statistics give (cut-offs applied here).
    public var model: TFIDFModel { TFIDFModel(parameters: parameters, textRules: textRules, statistics: statistics) }

    /// This corpus followed by `other`, as one fit over both would give.
    /// - Throws: `IndexError.incompatible` when the two were fitted with different settings.
    /// - Complexity: O(terms + entries).
    public func merging(_ other: FittedCorpus) throws(IndexError) -> FittedCorpus {
        guard parameters == other.parameters, textRules == other.textRules else {
            throw IndexError.incompatible("the corpora were fitted with different parameters or text rules")
        }
        guard ids.isEmpty == other.ids.isEmpty, titles.isEmpty == other.titles.isEmpty else {
            throw IndexError.incompatible("one corpus has document ids or titles and the other has not")
        }
        let (stats, mapA, mapB) = statistics.merged(with: other.statistics)
        var rows = SparseMatrix<Int32>(columnCount: stats.terms.count)
        rows.rowStarts.reserveCapacity(counts.rowCount + other.counts.rowCount + 1)
        rows.columns.reserveCapacity(counts.entryCount + other.counts.entryCount)
        rows.values.reserveCapacity(counts.entryCount + other.counts.entryCount)
        for (m, map) in [(counts, mapA), (other.counts, mapB)] {
            // The maps are increasing, so each remapped row stays sorted.
            rows.columns.append(contentsOf: m.columns.lazy.map { map[Int($0)] })
            rows.values.append(contentsOf: m.values)
            let base = rows.rowStarts.last! - m.rowStarts[0]
            rows.rowStarts.append(contentsOf: m.rowStarts.dropFirst().lazy.map { $0 + base })
        }
        return FittedCorpus(parameters: parameters, textRules: textRules, statistics: stats, counts: rows,
                            ids: ids + other.ids, titles: titles + other.titles)
    }

    /// The l2-normalised TF-IDF vectors of the documents under `model` (see `TFIDFParameters`).
    /// - Complexity: O(entries).
    public func vectors(_ model: TFIDFModel) -> SparseMatrix<Double> {
        model.weigh(counts, terms: statistics.terms)
    }
}
