/// The library's entry point: examines a posting and returns everything jdautopsy concludes.
///
/// `Sendable` and safe to call from many tasks at once: the lexicon is immutable and each call
/// borrows a text pipeline (its tables and ICU iterators) that no other call is using. Reads top to bottom as the pipeline: Extract → Text → Match →
/// Score → Translate → Report.
public struct Autopsy: Sendable {
    /// The compiled lexicon.
    public let lexicon: Lexicon
    /// Seed for the deterministic choice of translations and report lines.
    public let seed: UInt64
    /// Supplies aliases and related roles for [01] and [11]; nil leaves them empty.
    public let roles: (any RoleCatalog)?
    /// Text pipelines built once and reused, call after call.
    private let pipelines: ReusePool<TextPipeline>
    /// Each category's place in `lexicon.categoryOrder` (its first), for ties between equal weights.
    private let categoryRank: [String: Int]
    /// The lexicon's section-heading words, prepared once.
    private let headingWords: PostingSections.HeadingWords
    /// True when `roles` reads text analysed with the lexicon's rules (`RoleCatalog.textRules`).
    private let rolesShareText: Bool

    /// Creates an autopsy.
    /// - Parameters:
    ///   - lexicon: the compiled lexicon (`Lexicon.load()`).
    ///   - seed: varies the translations chosen; the same seed gives the same bytes.
    ///   - roles: a role index for aliases and related specimens, if any.
    public init(lexicon: Lexicon, seed: UInt64 = 0, roles: (any RoleCatalog)? = nil) {
        self.lexicon = lexicon
        self.seed = seed
        self.roles = roles
        rolesShareText = roles?.textRules == lexicon.textRules
        pipelines = ReusePool { [rules = lexicon.textRules] in TextPipeline(rules: rules) }
        headingWords = PostingSections.HeadingWords(rules: lexicon.scoring.record)
        categoryRank = Dictionary(lexicon.categoryOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Reads and examines the file at `path` ("-" for standard input).
    /// - Throws: `ExtractionError` when the input cannot be read as a posting.
    public func examine(path: String) throws(ExtractionError) -> PostingReport {
        examine(try Extractor(rules: lexicon.extractionRules).extract(path: path))
    }

    /// Examines an ingested posting; `depth` `.headline` leaves out the translations, the file record
    /// and the role lookups.
    /// - Complexity: O(n) in the posting's text, plus O(h log h) for h lexicon hits.
    public func examine(_ posting: Posting, depth: ReportDepth = .full) -> PostingReport {
        // Text
        let text = pipelines.with { $0.analyze(posting, vocabulary: lexicon.vocabulary) }
        // Match
        let findings = Matcher(lexicon: lexicon).findings(in: text)
        // Score
        let signals = SignalHits(text: text, lexicon: lexicon)
        let salary = SalaryAnalyzer(lexicon: lexicon, text: text, signals: signals).analyze()
        let scorer = VaguenessScorer(lexicon: lexicon, text: text, signals: signals, findings: findings)
        let vagueness = scorer.postingScore(hasSalaryFigure: !salary.figures.isEmpty || salary.structured != nil)
        let sentenceScores = text.sentences.indices.map { scorer.sentenceScore($0) }
        let sections = PostingSections(posting: posting, words: headingWords)
        let requirements = RequirementsAnalyzer(lexicon: lexicon, text: text, signals: signals, sections: sections).analyze()
        var perSentence = [Int](repeating: 0, count: text.sentences.count)
        for f in findings where f.sentence < perSentence.count { perSentence[f.sentence] += 1 }
        let sentences = text.sentences.enumerated().map { i, s in
            SentenceScore(index: i, block: s.block, position: text.position(ofDocumentByte: s.range.lowerBound), text: text.text(s.range),
                          score: sentenceScores[i], findings: perSentence[i])
        }
        // The sentences' strings, made once for the report, are the ones measured.
        let readability = Readability.measure(sentences: sentences.map(\.text))
        let categories = categoryCounts(findings)
        let risk = FlightRiskScorer(lexicon: lexicon).score(vagueness: vagueness, categories: categories,
                                                            requirements: requirements, salary: salary)
        // Translate
        let pairs = depth == .full ? Translator(lexicon: lexicon, seed: seed).pairs(text: text, findings: findings, scores: sentenceScores) : []
        // Report
        var record = depth == .full
            ? RecordBuilder(lexicon: lexicon, text: text, findings: findings, translations: pairs, sections: sections, seed: seed).build(categories: categories)
            : RecordBuilder.headline(of: posting, categories: categories)
        if depth == .full, let roles {
            let found = rolesShareText ? roles.roles(for: posting, text: text) : roles.roles(for: posting)
            record.aliases = found.aliases
            // Best first across sources (specimens and occupations), ties by title for stable output.
            record.related = found.related.sorted { ($0.match, $1.title) > ($1.match, $0.title) }
        }
        return PostingReport(
            schemaVersion: PostingReport.currentSchemaVersion, id: posting.id, title: posting.title, titleSource: posting.titleSource,
            sourceKind: posting.sourceKind, bodySource: posting.bodySource, encoding: posting.encoding, metadata: posting.metadata,
            blocks: posting.blocks, vagueness: vagueness, sentences: sentences, findings: findings, categories: categories, readability: readability,
            requirements: requirements, salary: salary, flightRisk: risk, translations: pairs, record: record,
            warnings: posting.warnings)
    }

    private static func tally(_ count: inout (Int, Double), _ weight: Double) {
        count.0 += 1
        count.1 += weight
    }

    private func categoryCounts(_ findings: [Finding]) -> [CategoryCount] {
        var counts: [String: (Int, Double)] = [:]
        for f in findings { Self.tally(&counts[f.category, default: (0, 0)], f.weight) }
        let order = categoryRank
        return counts.map { id, v in
            CategoryCount(category: id, label: lexicon.categories[id]?.label ?? id, count: v.0, weight: VaguenessScorer.round3(v.1))
        }.sorted {
            if $0.weight != $1.weight { return $0.weight > $1.weight }
            let ranks = (order[$0.category] ?? Int.max, order[$1.category] ?? Int.max)
            return ranks.0 != ranks.1 ? ranks.0 < ranks.1 : $0.category < $1.category
        }
    }
}
