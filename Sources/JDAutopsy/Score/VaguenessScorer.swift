/// Computes the vagueness score of a posting and of each sentence (see `VaguenessScore`).
struct VaguenessScorer {
    let lexicon: Lexicon
    let text: PostingText
    let signals: SignalHits
    let findings: [Finding]
    /// Per-posting lookups computed once, so scoring every sentence stays linear.
    private let findingsBySentence: [[Finding]]
    private let unitStarts: Set<Int>
    private let currencyEnds: Set<Int>
    /// Per sentence: it has an outcome phrase and a number.
    private let outcomeSentences: [Bool]

    /// - Complexity: O(tokens + sentences + findings).
    init(lexicon: Lexicon, text: PostingText, signals: SignalHits, findings: [Finding]) {
        self.lexicon = lexicon
        self.text = text
        self.signals = signals
        self.findings = findings
        var grouped = [[Finding]](repeating: [], count: text.sentences.count)
        for f in findings where f.sentence < grouped.count { grouped[f.sentence].append(f) }
        findingsBySentence = grouped
        unitStarts = Set(signals["units"].map(\.start))
        currencyEnds = Set(signals["currency"].map(\.end))
        var outcomeStarts = [Bool](repeating: false, count: text.tokens.count + 1)
        for h in signals["outcome"] { outcomeStarts[h.start] = true }
        outcomeSentences = text.sentences.map { s in
            s.tokens.contains { outcomeStarts[$0] } && s.tokens.contains { text.tokens.kinds[$0] == .number }
        }
    }

    private var rules: ScoringRules.Vagueness { lexicon.scoring.vagueness }

    /// Words (word and number tokens) in `tokens`.
    func wordCount(_ tokens: Range<Int>) -> Int {
        var n = 0
        for t in tokens where text.tokens.kinds[t] != .punctuation { n += 1 }
        return n
    }

    /// The posting's score; `hasSalaryFigure` says whether a pay figure was found anywhere.
    func postingScore(hasSalaryFigure: Bool) -> VaguenessScore {
        let all = 0..<text.tokens.count
        let words = wordCount(all)
        let components = componentScores(findings, words: max(words, rules.minimumWords))
        let concreteness = concretenessScore(all, sentences: text.sentences.indices, words: max(words, rules.minimumWords),
                                             salaryFigures: hasSalaryFigure ? 1 : 0)
        let facts = factChecks(hasSalaryFigure: hasSalaryFigure)
        let missing = Double(facts.filter { !$0.stated }.count) * rules.missingFactWeight
        let raw = rules.base + components.reduce(0) { $0 + $1.points } + missing - concreteness.points
        return VaguenessScore(score: Self.round1(min(100, max(0, raw))), band: band(raw), words: words, base: rules.base,
                              components: components, concreteness: concreteness, facts: facts, missingFactPoints: missing)
    }

    /// The score of sentence `index`.
    func sentenceScore(_ index: Int) -> VaguenessScore {
        let s = text.sentences[index]
        let words = wordCount(s.tokens)
        let minWords = lexicon.scoring.vagueness.sentenceMinimumWords ?? 12
        let components = componentScores(findingsBySentence[index], words: max(words, minWords))
        let concreteness = concretenessScore(s.tokens, sentences: index..<index + 1, words: max(words, minWords), salaryFigures: 0)
        let raw = components.reduce(0) { $0 + $1.points } - concreteness.points
        return VaguenessScore(score: Self.round1(min(100, max(0, raw))), band: band(raw), words: words, base: 0,
                              components: components, concreteness: concreteness, facts: [], missingFactPoints: 0)
    }

    private func componentScores(_ findings: [Finding], words: Int) -> [ComponentScore] {
        rules.components.map { c in
            let mine = findings.filter { lexicon.categories[$0.category]?.component == c.id }
            let weighted = mine.reduce(0) { $0 + $1.weight }
            let density = weighted * 100 / Double(max(1, words))
            return ComponentScore(id: c.id, label: c.label, hits: mine.count, weightedHits: Self.round3(weighted),
                                  density: Self.round3(density), weight: c.weight, cap: c.cap,
                                  points: Self.round3(min(c.cap, c.weight * density)))
        }
    }

    /// Concrete signals within `tokens`, which are the tokens of `sentences`.
    func concretenessScore(_ tokens: Range<Int>, sentences: Range<Int>, words: Int, salaryFigures: Int) -> ConcretenessScore {
        var counts: [String: Int] = [:]
        var techs = Set<Int32>()
        for h in lexicon.technologyMatcher.hits(in: text.tokens, range: tokens, blocks: text.tokenBlocks) {
            techs.insert(h.payload.index)
        }
        counts["technology"] = techs.count
        // Numbers with units: a number followed by a unit phrase, or preceded by a currency symbol.
        var numberUnits = 0
        var t = tokens.lowerBound
        while t < tokens.upperBound {
            if text.tokens.kinds[t] == .number {
                var e = t + 1
                while e < tokens.upperBound, text.tokens.kinds[e] == .number || isNumberGlue(e) { e += 1 }
                if unitStarts.contains(e) || currencyEnds.contains(t) { numberUnits += 1 }
                t = e
                continue
            }
            t += 1
        }
        counts["number-unit"] = numberUnits
        counts["outcome-number"] = sentences.filter { outcomeSentences[$0] }.count
        for name in ["team-size", "reporting-line", "process-words"] {
            counts[name] = signals[name].filter { tokens.contains($0.start) }.count
        }
        counts["salary-figure"] = salaryFigures
        let ids = lexicon.scoring.concretenessSignals
        let list = ids.map { ConcretenessScore.Signal(id: $0, count: counts[$0] ?? 0) }
        let total = list.reduce(0) { $0 + $1.count }
        let density = Double(total) * 100 / Double(max(1, words))
        let names = techs.sorted().map { lexicon.technologies[Int($0)] }
        return ConcretenessScore(signals: list, total: total, density: Self.round3(density),
                                 points: Self.round3(min(rules.concretenessCap, rules.concretenessWeight * density)),
                                 technologies: names.sorted())
    }

    /// "," "." between digits keep a number together ("45,000", "2.5").
    private func isNumberGlue(_ t: Int) -> Bool {
        guard text.tokens.kinds[t] == .punctuation, t + 1 < text.tokens.count, text.tokens.kinds[t + 1] == .number else { return false }
        let b = text.normalized.bytes[Int(text.tokens.starts[t])]
        return b == 0x2C || b == 0x2E
    }

    private func factChecks(hasSalaryFigure: Bool) -> [FactCheck] {
        let m = text.posting.metadata
        return lexicon.scoring.facts.map { f in
            var stated = f.shownBy.contains { signals.occurs($0) }
            switch f.id {
            case "salary": stated = hasSalaryFigure
            case "location": stated = stated || !m.locations.isEmpty || m.locationType != nil
            case "hours": stated = stated || !m.employmentTypes.isEmpty
            default: break
            }
            return FactCheck(id: f.id, label: f.label, stated: stated)
        }
    }

    private func band(_ raw: Double) -> String {
        let v = min(100, max(0, raw))
        return rules.bands.first { v <= $0.upTo }?.label ?? rules.bands.last?.label ?? ""
    }

    static func round1(_ x: Double) -> Double { (x * 10).rounded() / 10 }
    static func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
