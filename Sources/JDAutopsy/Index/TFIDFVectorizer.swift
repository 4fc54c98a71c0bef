/// Fits TF-IDF models: `TFIDFVectorizer(parameters:textRules:).fit(documents) -> TFIDFModel`.
///
/// Documents are split into contiguous shards counted on separate threads; each shard's terms are
/// sorted and the shards merged in order (`DocumentFrequencies.merged`), so the result is the
/// same for any thread count, and the same as fitting shards separately and merging them.
/// A `threads` argument of 0 means one thread per active processor.
public struct TFIDFVectorizer: Sendable {
    /// The settings.
    public let parameters: TFIDFParameters
    /// The normalisation rules (from the lexicon's `text.json`).
    public let textRules: TextRules

    /// Creates a vectoriser; it stores the settings only.
    public init(parameters: TFIDFParameters, textRules: TextRules) {
        self.parameters = parameters
        self.textRules = textRules
    }

    /// Creates a vectoriser with the lexicon's text rules and stop words.
    public init(lexicon: Lexicon, parameters: TFIDFParameters = TFIDFParameters()) {
        var p = parameters
        if p.stopWords.isEmpty { p.stopWords = lexicon.stopwords }
        self.init(parameters: p, textRules: lexicon.textRules)
    }

    /// Fits a model on `documents`.
    /// - Complexity: O(total text) plus O(V log V) for V distinct terms.
    public func fit(_ documents: [String], threads: Int = 0) -> TFIDFModel {
        count(documents, keepCounts: false, threads: threads).model
    }

    /// Fits a model on `documentCount` documents produced on demand by `document(i)`
    /// (so a large corpus need not be held in memory).
    public func fit(documentCount: Int, threads: Int = 0,
                    document: @escaping @Sendable (Int) -> String) -> TFIDFModel {
        count(documentCount: documentCount, keepCounts: false, threads: threads, document: document).model
    }

    /// Counts `documents`: statistics plus (with `keepCounts`) every document's term counts.
    public func count(_ documents: [String], keepCounts: Bool = true, threads: Int = 0) -> FittedCorpus {
        count(documentCount: documents.count, keepCounts: keepCounts, threads: threads) { documents[$0] }
    }

    /// Counts `documentCount` documents produced on demand by `document(i)`.
    /// - Complexity: O(total text) plus O(V log V) for V distinct terms.
    public func count(documentCount: Int, keepCounts: Bool = true, threads: Int = 0,
                      document: @escaping @Sendable (Int) -> String) -> FittedCorpus {
        let threads = threads > 0 ? threads : Parallel.defaultThreads
        let shards = Parallel.ranges(documentCount, parts: threads)
        let p = parameters, rules = textRules
        let counted = Parallel.map(shards.count, threads: threads) { k in
            Self.countShard(shards[k], parameters: p, textRules: rules, keepCounts: keepCounts, document: document)
        }
        guard var result = counted.first else {
            return FittedCorpus(parameters: p, textRules: rules, statistics: DocumentFrequencies(), counts: SparseMatrix(columnCount: 0))
        }
        for shard in counted.dropFirst() { result = try! result.merging(shard) }  // same parameters by construction
        return result
    }

    /// Counts one shard with its own tokeniser and term table, then sorts its terms.
    private static func countShard(_ range: Range<Int>, parameters: TFIDFParameters, textRules: TextRules,
                                   keepCounts: Bool, document: (Int) -> String) -> FittedCorpus {
        let extractor = TermExtractor(parameters: parameters, textRules: textRules)
        var table = ByteTable(capacity: 4096)
        var df: [Int32] = []
        var rows = SparseMatrix<Int32>(columnCount: 0)
        var scratch: [Int32] = []  // count per local id in the current document
        var touched: [Int32] = []
        for d in range {
            extractor.forEachTerm(document(d)) { buf, lo, hi in
                let id = table.intern(buf, lo, hi)
                if Int(id) == scratch.count {
                    scratch.append(0)
                    df.append(0)
                }
                if scratch[Int(id)] == 0 { touched.append(id) }
                scratch[Int(id)] += 1
            }
            for id in touched { df[Int(id)] += 1 }
            if keepCounts {
                touched.sort()
                rows.appendRow(columns: touched, values: touched.lazy.map { scratch[Int($0)] })
            } else {
                rows.rowStarts.append(0)
            }
            for id in touched { scratch[Int(id)] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        // Sort the shard's terms by bytes (memcmp over one arena copy) and renumber its rows.
        var arena: [UInt8] = [], offsets = [0]
        offsets.reserveCapacity(table.count + 1)
        for id in 0..<Int32(table.count) {
            arena.append(contentsOf: table.key(id))
            offsets.append(arena.count)
        }
        let order = TermList.sortedOrder(arena: arena, offsets: offsets)
        var rank = [Int32](repeating: 0, count: order.count)
        var terms = TermList()
        var frequencies: [Int32] = []
        frequencies.reserveCapacity(order.count)
        for (r, id) in order.enumerated() {
            rank[Int(id)] = Int32(r)
            terms.append(arena[offsets[Int(id)]..<offsets[Int(id) + 1]])
            frequencies.append(df[Int(id)])
        }
        if keepCounts {
            for r in 0..<rows.rowCount {
                let range = rows.range(ofRow: r)
                let pairs = range.map { (rank[Int(rows.columns[$0])], rows.values[$0]) }.sorted { $0.0 < $1.0 }
                for (k, e) in range.enumerated() {
                    rows.columns[e] = pairs[k].0
                    rows.values[e] = pairs[k].1
                }
            }
        }
        rows.columnCount = terms.count
        let stats = DocumentFrequencies(documentCount: range.count, terms: terms, frequencies: frequencies)
        return FittedCorpus(parameters: parameters, textRules: textRules, statistics: stats, counts: rows)
    }
}
