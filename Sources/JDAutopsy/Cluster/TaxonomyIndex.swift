/// A taxonomy made searchable: occupations, a TF-IDF index of their documents (description +
/// tasks) and one of their titles (cleaned, word 1–2-grams + character 3–5-grams).
///
/// Built by `TaxonomyIndex(occupations:…)`, written by `write(to:)`, read by `read(from:…)`.
/// Immutable and `Sendable`.
public struct TaxonomyIndex: Sendable {
    /// The occupations (without task statements).
    public let occupations: [Occupation]
    /// Term counts of the occupations' documents, one row per occupation.
    public let descriptions: FittedCorpus
    /// Term counts of the cleaned titles, one row per (occupation, distinct cleaned title); `titles.titles` holds them as written.
    public let titles: FittedCorpus
    /// For each title row, its occupation.
    public let titleOwners: [Int32]
    /// The title cleaner queries go through.
    public let cleaner: TitleCleaner
    /// Search over occupation documents.
    public let descriptionIndex: CosineIndex
    /// Search over titles.
    public let titleIndex: CosineIndex
    /// The document model.
    public let descriptionModel: TFIDFModel
    /// The title model.
    public let titleModel: TFIDFModel

    /// Weight of title evidence when a description is given too (description: 1 − this).
    public static let titleWeight = 0.65

    /// Indexes `occupations`.
    /// - Complexity: O(total text); about 3 s for O*NET's 1,016 occupations and 57,000 titles in a debug build.
    public init(occupations: [Occupation], lexicon: Lexicon, cleaner: TitleCleaner, threads: Int = 0) {
        let docs = occupations.map(\.document)
        let descriptions = TFIDFVectorizer(lexicon: lexicon).count(docs, threads: threads)
        var keys: [String] = [], written: [String] = [], owners: [Int32] = []
        for (i, o) in occupations.enumerated() {
            var seen = Set<String>()
            for t in [o.title] + o.alternateTitles {
                let c = cleaner.clean(t)
                let key = c.key.isEmpty ? t.lowercased() : c.key
                guard seen.insert(key).inserted else { continue }
                keys.append(key)
                written.append(t)
                owners.append(Int32(i))
            }
        }
        var titleCorpus = TFIDFVectorizer(lexicon: lexicon, parameters: .titles(stopWords: lexicon.stopwords)).count(keys, threads: threads)
        titleCorpus.titles = written
        var stored = occupations
        for i in stored.indices { stored[i].tasks = [] }
        self.init(occupations: stored, descriptions: descriptions, titles: titleCorpus, titleOwners: owners, cleaner: cleaner)
    }

    /// Assembles an index from its stored parts and derives models and search structures.
    init(occupations: [Occupation], descriptions: FittedCorpus, titles: FittedCorpus, titleOwners: [Int32], cleaner: TitleCleaner) {
        self.occupations = occupations
        self.descriptions = descriptions
        self.titles = titles
        self.titleOwners = titleOwners
        self.cleaner = cleaner
        descriptionModel = descriptions.model
        titleModel = titles.model
        descriptionIndex = CosineIndex(rows: descriptions.vectors(descriptionModel))
        titleIndex = CosineIndex(rows: titles.vectors(titleModel))
    }

    /// Occupations ranked for a job title and, optionally, the posting's text.
    ///
    ///     t(o)  = max over o's titles of cos(title vector of the cleaned query, title vector)
    ///     d(o)  = cos(document vector of the description, o's document vector)
    ///     score = t(o)                                       without a description
    ///           = 0.65 · t(o) + 0.35 · d(o)                   with one (`titleWeight`)
    ///           = d(o)                                        when cleaning leaves no title words
    ///
    /// Ties are broken by occupation order. The match % is `MatchPercent.of(cosine: score)`.
    /// - Complexity: O(posting lengths of the query's terms) per search, plus the candidates' re-scoring.
    public func rank(title: String, description: String? = nil, k: Int = 10) -> [OccupationMatch] {
        let clean = cleaner.clean(title)
        let key = clean.key.isEmpty ? "" : clean.key
        var best: [Int: (Double, Int)] = [:]  // occupation → (title cosine, title row)
        if !key.isEmpty {
            for h in titleIndex.search(titleModel.transform(key), k: max(50, k * 10)) {
                let o = Int(titleOwners[h.row])
                if best[o].map({ h.cosine > $0.0 }) ?? true { best[o] = (h.cosine, h.row) }
            }
        }
        var desc: [Int: Double] = [:]
        let dvec = description.flatMap { $0.isEmpty ? nil : descriptionModel.transform($0) }
        if let dvec {
            for h in descriptionIndex.search(dvec, k: max(50, k * 5)) { desc[h.row] = h.cosine }
        }
        var matches: [OccupationMatch] = []
        for o in Set(best.keys).union(desc.keys) {
            let t = best[o]?.0 ?? 0
            let d = dvec.map { desc[o] ?? descriptionIndex.rows.dot(row: o, $0) }
            let score: Double
            if key.isEmpty { score = d ?? 0 } else if let d { score = Self.titleWeight * t + (1 - Self.titleWeight) * d } else { score = t }
            let occ = occupations[o]
            matches.append(OccupationMatch(id: occ.id, title: occ.title, source: occ.source, score: score, titleCosine: t,
                                           descriptionCosine: d, matchedTitle: best[o].map { titles.titles[$0.1] },
                                           match: MatchPercent.of(cosine: score), occupation: o))
        }
        matches.sort { $0.score != $1.score ? $0.score > $1.score : $0.occupation < $1.occupation }
        return Array(matches.prefix(k))
    }

    /// The occupations whose documents are most similar to occupation `o`'s, best first.
    public func related(toOccupation o: Int, k: Int = 5) -> [SearchHit] {
        descriptionIndex.neighbors(ofRow: o, k: k)
    }

    /// The index of the occupation with `id`, if any.
    public func occupation(withID id: String) -> Int? { occupations.firstIndex { $0.id == id } }
}
