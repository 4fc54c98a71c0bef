/// The role index `analyze` uses for [01] KNOWN ALIASES and [11] RELATED SPECIMENS.
///
/// Related roles: the specimen catalog ranked by
///
///     score(s) = 0.4 · t(s) + 0.6 · d(s)     (d(s) alone when the posting has no usable title)
///
/// where d is the cosine between the posting's text and the specimen's document (title, aliases,
/// reference) and t the best cosine between the posting's cleaned title and the specimen's cleaned
/// title or aliases (word + character n-grams). The posting's own specimen (its cleaned title is
/// the specimen's title or an alias, or t ≥ 0.8) and near-duplicates (d ≥ 0.9) are left out; the top 3 are
/// shown, followed by the best occupation of each loaded taxonomy (at most 2, `TaxonomyIndex.rank`).
///
/// Aliases, never invented: the titles and alternate titles of the best-matching occupation
/// (score ≥ 0.3), the aliases of the posting's own specimen, and the titles of corpus postings
/// whose cosine with the posting reaches the clustering threshold — de-duplicated by cleaned
/// title, without the posting's own, ranked by title similarity to the posting's title.
public struct RoleIndex: RoleCatalog {
    /// The specimen catalog.
    public let specimens: [Specimen]
    /// Loaded taxonomies (may be empty).
    public let taxonomies: [TaxonomyIndex]
    private let cleaner: TitleCleaner
    private let specimenModel: TFIDFModel
    /// The specimens' document vectors, indexed for all their cosines with a posting at once.
    private let specimenIndex: CosineIndex
    private let titleModel: TFIDFModel
    private let titleIndex: CosineIndex
    private let titleOwners: [Int]
    /// The title row of each cleaned key (its first, when specimens share it).
    private let keyRows: [String: Int]
    private let specimenKeys: [Set<String>]
    private let corpus: (documents: [CorpusDocument], model: TFIDFModel, index: CosineIndex)?
    /// Weight of the title cosine in the specimen score.
    public static let titleWeight = 0.4
    /// The corpus cosine at which another posting's title counts as an alias (the clustering threshold).
    public static let corpusAliasThreshold = 0.2
    /// The title cosine at which a specimen is the posting's own role ("VP of Innovation & Transformation" → VP of Innovation).
    public static let ownTitleCosine = 0.8
    /// The occupation score at which its titles count as aliases.
    public static let occupationAliasThreshold = 0.3

    /// Builds the index, fitting the specimen catalog (see `SpecimenIndex.load` for the cached way).
    /// - Parameters:
    ///   - lexicon: stop words and text rules.
    ///   - specimens: the catalog (`SpecimenCatalog.load().specimens`).
    ///   - cleaner: the title cleaner.
    ///   - taxonomies: taxonomy indexes to rank occupations in.
    ///   - corpus: a user corpus whose similar postings' titles become aliases.
    public init(lexicon: Lexicon, specimens: [Specimen], cleaner: TitleCleaner, taxonomies: [TaxonomyIndex] = [],
                corpus: [CorpusDocument] = []) {
        self.init(lexicon: lexicon, specimens: SpecimenIndex(lexicon: lexicon, specimens: specimens, cleaner: cleaner),
                  taxonomies: taxonomies, corpus: corpus)
    }

    /// Builds the index over a fitted specimen catalog.
    /// - Parameters:
    ///   - lexicon: stop words and text rules.
    ///   - index: the fitted catalog and its title cleaner (`SpecimenIndex.load`).
    ///   - taxonomies: taxonomy indexes to rank occupations in.
    ///   - corpus: a user corpus whose similar postings' titles become aliases.
    /// - Complexity: O(terms + entries) of the catalog, plus fitting `corpus`.
    public init(lexicon: Lexicon, specimens index: SpecimenIndex, taxonomies: [TaxonomyIndex] = [], corpus: [CorpusDocument] = []) {
        self.specimens = index.specimens
        self.taxonomies = taxonomies
        self.cleaner = index.cleaner
        specimenModel = index.fitted.documentModel
        specimenIndex = CosineIndex(rows: index.fitted.documentVectors, exactCosines: true)
        titleModel = index.fitted.titleModel
        titleIndex = CosineIndex(rows: index.fitted.titleVectors, exactCosines: true)
        titleOwners = index.owners.map(Int.init)
        var rows: [String: Int] = [:]
        for (row, k) in index.keys.enumerated() where rows[k] == nil { rows[k] = row }
        keyRows = rows
        var keySets = [Set<String>](repeating: [], count: index.specimens.count)
        for (k, owner) in zip(index.keys, index.owners) { keySets[Int(owner)].insert(k) }
        specimenKeys = keySets
        if corpus.isEmpty {
            self.corpus = nil
        } else {
            let v = RoleClusterer(lexicon: lexicon, cleaner: cleaner).vectorize(corpus)
            self.corpus = (corpus, v.model, CosineIndex(rows: v.vectors))
        }
    }

    /// What aliases and related roles both need from one posting, computed once.
    private struct Lookup {
        let own: CleanTitle
        /// The cleaned title and the blocks, one per line.
        let text: String
        /// The posting's analysed text, when made with `textRules`.
        let analyzed: PostingText?
        /// The title vector of the posting's cleaned title (empty without one).
        let titleQuery: SparseVector
        /// Its cosine with every title row (empty without a cleaned title).
        let rowCosines: [Double]
        /// For each specimen, the best of its rows' cosines.
        let titleCosines: [Double]
        let occupations: [(Int, OccupationMatch)]
    }

    private func lookup(_ posting: Posting, analyzed: PostingText? = nil) -> Lookup {
        let own = cleaner.clean(posting.title ?? "")
        // Only taxonomies, a corpus and a posting without its analysed text read the joined text.
        let text = analyzed == nil || !taxonomies.isEmpty || corpus != nil
            ? ([own.key] + posting.blocks.map(\.text)).joined(separator: "\n") : ""
        let occupations = taxonomies.enumerated().compactMap { i, tax in
            tax.rank(title: posting.title ?? "", description: text, k: 1).first.map { (i, $0) }
        }.sorted { $0.1.score != $1.1.score ? $0.1.score > $1.1.score : $0.0 < $1.0 }
        let query = own.key.isEmpty ? SparseVector() : titleModel.transform(own.key)
        let rows = own.key.isEmpty ? [] : titleIndex.cosines(query)
        return Lookup(own: own, text: text, analyzed: analyzed, titleQuery: query, rowCosines: rows, titleCosines: titleCosines(rows),
                      occupations: occupations)
    }

    /// Aliases and related roles together, sharing the per-posting work.
    public func roles(for posting: Posting) -> (aliases: [String], related: [RelatedSpecimen]) {
        let l = lookup(posting)
        return (aliases(posting, l), related(posting, l))
    }

    /// The specimen model's text rules: a posting's text analysed with them is read, not made again.
    public var textRules: TextRules? { specimenModel.textRules }

    /// Aliases and related roles together, the posting's description vector taken from its analysed
    /// text (same vector as from its joined text).
    public func roles(for posting: Posting, text: PostingText) -> (aliases: [String], related: [RelatedSpecimen]) {
        let l = lookup(posting, analyzed: text)
        return (aliases(posting, l), related(posting, l))
    }

    /// Related specimens (top 3) and occupations (up to 2), best first within each source.
    public func related(to posting: Posting) -> [RelatedSpecimen] { related(posting, lookup(posting)) }

    private func related(_ posting: Posting, _ l: Lookup) -> [RelatedSpecimen] {
        let key = l.own.key
        let v = l.analyzed.map { specimenModel.transform(title: l.own.key, document: $0) } ?? specimenModel.transform(l.text)
        let d = specimenIndex.cosines(v)
        let t = l.titleCosines
        var scored: [(Int, Double)] = []
        for i in specimens.indices {
            let ds = d[i]
            if isOwn(i, key: key, titleCosine: t[i]) || ds >= 0.9 { continue }
            scored.append((i, key.isEmpty ? ds : Self.titleWeight * t[i] + (1 - Self.titleWeight) * ds))
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var result = scored.prefix(3).map { i, s in
            RelatedSpecimen(id: specimens[i].id, title: specimens[i].title, description: specimens[i].deadpan,
                            match: MatchPercent.of(cosine: s), source: "specimen")
        }
        for (tax, m) in l.occupations.prefix(2) {
            let desc = taxonomies[tax].occupations[m.occupation].description
            let first = desc.split(separator: ".", maxSplits: 1).first.map { String($0) + "." } ?? desc
            result.append(RelatedSpecimen(id: m.id, title: m.title, description: first, match: m.match, source: m.source))
        }
        return result
    }

    /// For each specimen, the best of `rowCosines` (a cleaned title's with each title row) over its title and aliases.
    private func titleCosines(_ rowCosines: [Double]) -> [Double] {
        var t = [Double](repeating: 0, count: specimens.count)
        // Rows below `search`'s minimum cosine count as unmatched, as they did when this searched.
        for (row, cosine) in rowCosines.enumerated() where cosine >= 1e-12 {
            t[titleOwners[row]] = max(t[titleOwners[row]], cosine)
        }
        return t
    }

    /// True when specimen `i` is the posting's own role: same cleaned title or alias, or title cosine ≥ 0.8.
    private func isOwn(_ i: Int, key: String, titleCosine: Double) -> Bool {
        !key.isEmpty && (specimenKeys[i].contains(key) || titleCosine >= Self.ownTitleCosine)
    }

    /// Known aliases of the posting's role, ranked, de-duplicated, without its own title.
    public func aliases(for posting: Posting) -> [String] { aliases(posting, lookup(posting)) }

    private func aliases(_ posting: Posting, _ l: Lookup) -> [String] {
        let own = l.own
        var candidates: [String] = []
        if let (tax, m) = l.occupations.first, m.score >= Self.occupationAliasThreshold {
            let o = taxonomies[tax].occupations[m.occupation]
            candidates += [o.title] + o.alternateTitles
        }
        let t = l.titleCosines
        for i in specimens.indices where isOwn(i, key: own.key, titleCosine: t[i]) {
            candidates += [specimens[i].title] + specimens[i].aliases
        }
        if let corpus {
            let v = corpus.model.transform(l.text)
            for h in corpus.index.search(v, k: 50, minimum: Self.corpusAliasThreshold) {
                let t = cleaner.clean(corpus.documents[h.row].title).display
                if !t.isEmpty { candidates.append(t) }
            }
        }
        // Rank by title similarity to the posting's own title; de-duplicate by cleaned title. A candidate
        // whose key is a title row has its cosine already (a row equals the key's transform, and the
        // index's cosines equal the dot products bit for bit).
        let query = l.titleQuery
        var seen: Set<String> = own.key.isEmpty ? [] : [own.key]
        var ranked: [(String, Double, Int)] = []
        for (order, c) in candidates.enumerated() {
            let k = cleaner.clean(c).key
            let dedupe = k.isEmpty ? c.lowercased() : k
            guard seen.insert(dedupe).inserted, c.lowercased() != (posting.title ?? "").lowercased() else { continue }
            let cosine = query.isEmpty ? 0 : keyRows[dedupe].map { l.rowCosines[$0] } ?? titleModel.transform(dedupe).dot(query)
            ranked.append((c, cosine, order))
        }
        ranked.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
        return ranked.prefix(10).map(\.0)
    }
}
