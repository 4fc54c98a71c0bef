import Foundation

/// A fitted TF-IDF model: parameters, the kept vocabulary (sorted by bytes, one column per term)
/// and each column's idf. A value; the formulas are in `TFIDFParameters`.
public struct TFIDFModel: Sendable {
    /// How terms are extracted and weighted.
    public let parameters: TFIDFParameters
    /// The normalisation rules terms go through.
    public let textRules: TextRules
    /// The statistics the model was derived from (all terms, before cut-offs).
    public let statistics: DocumentFrequencies
    /// For each column, its term's index in `statistics.terms`.
    public let columnTerms: [Int32]
    /// For each column, idf(t).
    public let idf: [Double]
    /// Kept terms interned in column order, so a term's id is its column.
    private let vocabulary: ByteTable
    /// Extractors reused by `transform`.
    private let extractors: ReusePool<TermExtractor>
    /// The vocabulary by word ids, when the terms are word unigrams and bigrams only (nil otherwise).
    private let wordGrams: LazyWordGrams?

    /// Derives the model: applies the df cut-offs and computes idf.
    /// - Complexity: O(terms).
    public init(parameters: TFIDFParameters, textRules: TextRules, statistics: DocumentFrequencies) {
        self.parameters = parameters
        self.textRules = textRules
        self.statistics = statistics
        let n = statistics.documentCount
        let maxDF = parameters.maxDocumentFraction >= 1 ? Int.max : Int((parameters.maxDocumentFraction * Double(n)).rounded(.down))
        var columns: [Int32] = []
        var idf: [Double] = []
        var table = ByteTable(capacity: statistics.terms.count)
        let terms = statistics.terms
        terms.arena.withUnsafeBufferPointer { arena in
            for t in 0..<terms.count {
                let df = Int(statistics.frequencies[t])
                guard df >= parameters.minDocumentFrequency, df <= maxDF else { continue }
                columns.append(Int32(t))
                idf.append(parameters.idf(df: df, n: n))
                _ = table.intern(arena, terms.offsets[t], terms.offsets[t + 1])
            }
        }
        columnTerms = columns
        self.idf = idf
        vocabulary = table
        extractors = ReusePool { TermExtractor(parameters: parameters, textRules: textRules) }
        wordGrams = Self.wordGrams(parameters, table)
    }

    /// Restores a model from the parts `init(parameters:textRules:statistics:)` derived (see `SpecimenIndex+Cache`);
    /// nil when they do not fit the statistics.
    /// - Complexity: O(columns).
    init?(parameters: TFIDFParameters, textRules: TextRules, statistics: DocumentFrequencies, columnTerms: [Int32], idf: [Double],
          vocabulary: ByteTable) {
        guard idf.count == columnTerms.count, vocabulary.count == columnTerms.count,
              columnTerms.allSatisfy({ $0 >= 0 && Int($0) < statistics.terms.count }) else { return nil }
        self.parameters = parameters
        self.textRules = textRules
        self.statistics = statistics
        self.columnTerms = columnTerms
        self.idf = idf
        self.vocabulary = vocabulary
        extractors = ReusePool { TermExtractor(parameters: parameters, textRules: textRules) }
        wordGrams = Self.wordGrams(parameters, vocabulary)
    }

    /// The word-id table of `vocabulary`, built on first use, when `parameters` extract word unigrams and bigrams only.
    private static func wordGrams(_ parameters: TFIDFParameters, _ vocabulary: ByteTable) -> LazyWordGrams? {
        guard parameters.minCharN == 0, (1...2).contains(parameters.maxWordN) else { return nil }
        return LazyWordGrams(vocabulary: vocabulary)
    }

    /// The kept terms interned in column order (for the caches).
    var vocabularyTable: ByteTable { vocabulary }

    /// The number of columns (kept terms).
    public var columnCount: Int { columnTerms.count }

    /// The term of `column` (character n-grams start with "#").
    public func term(ofColumn column: Int) -> String { statistics.terms.term(Int(columnTerms[column])) }

    /// The column of `term`, or nil when it is not in the vocabulary.
    public func column(of term: String) -> Int? {
        let bytes = Array(term.utf8)
        let id = bytes.withUnsafeBufferPointer { vocabulary.lookup($0, 0, $0.count) }
        return id >= 0 ? Int(id) : nil
    }

    /// The column of `buffer[lo..<hi]`, or -1.
    @inline(__always)
    func column(_ buffer: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int32 { vocabulary.lookup(buffer, lo, hi) }

    /// A reusable transformer (owns ICU iterators: one per task).
    public func makeTransformer() -> TFIDFTransformer { TFIDFTransformer(model: self) }

    /// The l2-normalised TF-IDF vector of `text`; terms outside the vocabulary are ignored.
    /// - Complexity: O(n) in the text.
    public func transform(_ text: String) -> SparseVector {
        extractors.with { vector(of: text, extractor: $0) }
    }

    /// The l2-normalised TF-IDF vector of `text`, with terms from `extractor`.
    /// - Complexity: O(n) in the text plus O(t log t) for its t distinct columns.
    func vector(of text: String, extractor: TermExtractor) -> SparseVector {
        vector(extractor: extractor, source: .text(Array(text.utf8)))
    }

    /// The vector of `title` and `document`'s text on the next line (as `transform(title + "\n" + text)`
    /// with the document's blocks joined by line breaks), reusing the document's normalised tokens.
    /// `document` must come from a `TextPipeline` with this model's `textRules`.
    /// - Complexity: O(title + tokens of the document) plus O(t log t) for its t distinct columns.
    func transform(title: String, document: PostingText) -> SparseVector {
        let source = TermExtractor.Source.titleAndDocument(title: Array(title.utf8), normalized: document.normalized.bytes,
                                                            tokens: document.tokens)
        return extractors.with { vector(extractor: $0, source: source) }
    }

    /// The l2-normalised TF-IDF vector of the kept words of `source`.
    /// - Complexity: O(kept words) plus O(t log t) for its t distinct columns: counts go into the
    ///   extractor's column-indexed scratch, not a hash table; word bigrams are probed by word ids
    ///   (`WordGramTable`) when the model has no longer terms.
    private func vector(extractor: TermExtractor, source: TermExtractor.Source) -> SparseVector {
        var counts = extractor.takeCounts(columns: columnCount)
        var cols: [Int32] = []
        @inline(__always) func count(_ c: Int32) {
            if counts[Int(c)] == 0 { cols.append(c) }
            counts[Int(c)] += 1
        }
        if let grams = wordGrams?.table {
            // Unigrams and bigrams by word id: one byte lookup per kept token, then integer probes.
            let unigrams = parameters.minWordN <= 1, bigrams = parameters.minWordN <= 2 && parameters.maxWordN >= 2
            var previous: Int32 = -1
            extractor.forEachKeptWord(source) { buf, lo, hi, continuesRun in
                let w = grams.word(buf, lo, hi)
                defer { previous = w }
                guard w >= 0 else { return }
                if unigrams { let c = grams.unigram(w); if c >= 0 { count(c) } }
                if bigrams, continuesRun, previous >= 0 { let c = grams.bigram(previous, w); if c >= 0 { count(c) } }
            }
        } else {
            extractor.forEachTerm(of: source) { buf, lo, hi in
                let c = column(buf, lo, hi)
                if c >= 0 { count(c) }
            }
        }
        cols.sort()
        var vals = cols.map { parameters.tf(counts[Int($0)]) * idf[Int($0)] }
        for c in cols { counts[Int(c)] = 0 }
        extractor.returnCounts(counts)
        Self.normalize(&vals)
        return SparseVector(indices: cols, values: vals)
    }

    /// Weighs count rows whose columns index `terms`: w = tf(count) · idf, then l2 per row.
    /// - Complexity: O(entries + terms).
    func weigh(_ counts: SparseMatrix<Int32>, terms: TermList) -> SparseMatrix<Double> {
        var map = [Int32](repeating: -1, count: terms.count)
        if terms.offsets == statistics.terms.offsets, terms.arena == statistics.terms.arena {
            // The model's own statistics: a column's term index is known, no lookups needed.
            for (c, t) in columnTerms.enumerated() { map[Int(t)] = Int32(c) }
        } else {
            terms.arena.withUnsafeBufferPointer { buf in
                for t in 0..<terms.count { map[t] = vocabulary.lookup(buf, terms.offsets[t], terms.offsets[t + 1]) }
            }
        }
        var out = SparseMatrix<Double>(columnCount: columnCount)
        out.rowStarts.reserveCapacity(counts.rowCount + 1)
        out.columns.reserveCapacity(counts.entryCount)
        out.values.reserveCapacity(counts.entryCount)
        var cols: [Int32] = []
        var vals: [Double] = []
        for r in 0..<counts.rowCount {
            cols.removeAll(keepingCapacity: true)
            vals.removeAll(keepingCapacity: true)
            for e in counts.range(ofRow: r) {
                let c = map[Int(counts.columns[e])]
                guard c >= 0 else { continue }
                cols.append(c)
                vals.append(parameters.tf(counts.values[e]) * idf[Int(c)])
            }
            // A monotone map keeps rows sorted; a different term list may not.
            if !zip(cols, cols.dropFirst()).allSatisfy({ $0 < $1 }) {
                let order = cols.indices.sorted { cols[$0] < cols[$1] }
                cols = order.map { cols[$0] }
                vals = order.map { vals[$0] }
            }
            Self.normalize(&vals)
            out.appendRow(columns: cols, values: vals)
        }
        return out
    }

    /// Divides `values` by their l2 norm (summed in column order); leaves a zero vector alone.
    @inline(__always)
    static func normalize(_ values: inout [Double]) {
        var s = 0.0
        for v in values { s += v * v }
        guard s > 0 else { return }
        let n = s.squareRoot()
        for i in values.indices { values[i] /= n }
    }
}
