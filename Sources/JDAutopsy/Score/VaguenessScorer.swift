/// Computes the vagueness score of a posting and of each sentence (see `VaguenessScore`).
struct VaguenessScorer {
    let lexicon: Lexicon
    let text: PostingText
    let signals: SignalHits
    let findings: [Finding]
    /// Per-posting lookups computed once, so scoring every sentence stays linear.
    /// The component id of each finding's category.
    private let findingComponents: [String?]
    /// Per sentence, per `rules.components` entry (row-major): the summed weight of its findings, in finding order.
    private let sentenceWeights: [Double]
    private let unitStarts: Set<Int>
    private let currencyEnds: Set<Int>
    /// Per sentence: it has an outcome phrase and a number.
    private let outcomeSentences: [Bool]
    /// The technology matcher's hits over the whole posting, by start: a range's technologies are
    /// those of its hits that start and end inside it, as a walk over just the range would find them.
    private let technologyHits: [PhraseMatcher.Hit]
    /// How each of `lexicon.scoring.concretenessSignals` is counted, worked out once per posting.
    private let signalKinds: [SignalKind]

    /// How a concreteness signal is counted.
    private enum SignalKind {
        case technology, numberUnit, outcomeNumber, salaryFigure, unknown
        /// Counted by where its hits start ("team-size"…): how many start before each token, so a
        /// range's count is one subtraction.
        case starts([Int])
    }

    /// - Complexity: O(tokens + sentences + findings).
    init(lexicon: Lexicon, text: PostingText, signals: SignalHits, findings: [Finding]) {
        self.lexicon = lexicon
        self.text = text
        self.signals = signals
        self.findings = findings
        let components = lexicon.scoring.vagueness.components
        findingComponents = findings.map { lexicon.categories[$0.category]?.component }
        var weights = [Double](repeating: 0, count: components.count * text.sentences.count)
        for (f, component) in zip(findings, findingComponents) where f.sentence < text.sentences.count {
            for (c, rule) in components.enumerated() where rule.id == component { weights[f.sentence * components.count + c] += f.weight }
        }
        sentenceWeights = weights
        var before: [String: [Int]] = [:]
        for id in Self.countedSignals {
            var counts = [Int](repeating: 0, count: text.tokens.count + 2)
            for h in signals[id] where h.start < text.tokens.count + 1 { counts[h.start + 1] += 1 }
            for t in counts.indices.dropFirst() { counts[t] += counts[t - 1] }
            before[id] = counts
        }
        signalKinds = lexicon.scoring.concretenessSignals.map { id in
            switch id {
            case "technology": .technology
            case "number-unit": .numberUnit
            case "outcome-number": .outcomeNumber
            case "salary-figure": .salaryFigure
            default: before[id].map { .starts($0) } ?? .unknown
            }
        }
        unitStarts = Set(signals["units"].map(\.start))
        currencyEnds = Set(signals["currency"].map(\.end))
        var outcomeStarts = [Bool](repeating: false, count: text.tokens.count + 1)
        for h in signals["outcome"] { outcomeStarts[h.start] = true }
        outcomeSentences = text.sentences.map { s in
            s.tokens.contains { outcomeStarts[$0] } && s.tokens.contains { text.tokens.kinds[$0] == .number }
        }
        technologyHits = lexicon.technologyMatcher.hits(in: text.tokens, blocks: text.tokenBlocks)
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
        let components = componentScores(words: max(words, rules.minimumWords))
        let concreteness = concretenessScore(all, sentences: text.sentences.indices, words: max(words, rules.minimumWords),
                                             salaryFigures: hasSalaryFigure ? 1 : 0)
        let facts = factChecks(hasSalaryFigure: hasSalaryFigure)
        let missing = Double(facts.filter { !$0.stated }.count) * rules.missingFactWeight
        let raw = rules.base + components.reduce(0) { $0 + $1.points } + missing - concreteness.points
        return VaguenessScore(score: Self.round1(min(100, max(0, raw))), band: band(raw), words: words, base: rules.base,
                              components: components, concreteness: concreteness, facts: facts, missingFactPoints: missing)
    }

    /// The score of sentence `index`: the posting formula without the base and the missing facts, with
    /// `sentenceMinimumWords` as the floor of the word count.
    /// - Complexity: O(tokens + findings) of the sentence, plus O(signal hits) of the posting.
    func sentenceScore(_ index: Int) -> Double {
        let s = text.sentences[index]
        let words = max(wordCount(s.tokens), sentenceMinimumWords)
        var raw = 0.0
        for (c, rule) in rules.components.enumerated() {
            raw += Self.points(sentenceWeights[index * rules.components.count + c] * 100 / Double(max(1, words)), weight: rule.weight, cap: rule.cap)
        }
        let total = concreteSignals(s.tokens, sentences: index..<index + 1, salaryFigures: 0).counts.reduce(0, +)
        raw -= Self.points(Double(total) * 100 / Double(max(1, words)), weight: rules.concretenessWeight, cap: rules.concretenessCap)
        return Self.round1(min(100, max(0, raw)))
    }

    private var sentenceMinimumWords: Int { rules.sentenceMinimumWords ?? 12 }

    /// A component's points for `density`: weighted and capped, to three decimals.
    private static func points(_ density: Double, weight: Double, cap: Double) -> Double { round3(min(cap, weight * density)) }

    private func componentScores(words: Int) -> [ComponentScore] {
        rules.components.map { c in
            var hits = 0
            var weighted = 0.0
            for (f, component) in zip(findings, findingComponents) where component == c.id {
                hits += 1
                weighted += f.weight
            }
            let density = weighted * 100 / Double(max(1, words))
            return ComponentScore(id: c.id, label: c.label, hits: hits, weightedHits: Self.round3(weighted),
                                  density: Self.round3(density), weight: c.weight, cap: c.cap,
                                  points: Self.points(density, weight: c.weight, cap: c.cap))
        }
    }

    /// Concrete signals within `tokens`, which are the tokens of `sentences`.
    func concretenessScore(_ tokens: Range<Int>, sentences: Range<Int>, words: Int, salaryFigures: Int) -> ConcretenessScore {
        let (counts, techs) = concreteSignals(tokens, sentences: sentences, salaryFigures: salaryFigures)
        let list = zip(lexicon.scoring.concretenessSignals, counts).map { ConcretenessScore.Signal(id: $0, count: $1) }
        let total = counts.reduce(0, +)
        let density = Double(total) * 100 / Double(max(1, words))
        let names = techs.sorted().map { lexicon.technologies[Int($0)] }
        return ConcretenessScore(signals: list, total: total, density: Self.round3(density),
                                 points: Self.points(density, weight: rules.concretenessWeight, cap: rules.concretenessCap),
                                 technologies: names.sorted())
    }

    /// The count of each signal in `lexicon.scoring.concretenessSignals` (0 for an id this scorer does
    /// not know) within `tokens`, and the technologies named there.
    private func concreteSignals(_ tokens: Range<Int>, sentences: Range<Int>, salaryFigures: Int) -> (counts: [Int], technologies: Set<Int32>) {
        var techs = Set<Int32>()
        // The first hit starting in `tokens` (hits are in order of start), then on while they start inside it.
        var lo = 0, hi = technologyHits.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if technologyHits[mid].start < tokens.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        for h in technologyHits[lo...] {
            guard h.start < tokens.upperBound else { break }
            if h.end <= tokens.upperBound { techs.insert(h.payload.index) }
        }
        let counts = signalKinds.map { kind -> Int in
            switch kind {
            case .technology: techs.count
            case .numberUnit: numberUnits(tokens)
            case .outcomeNumber: sentences.reduce(0) { outcomeSentences[$1] ? $0 + 1 : $0 }
            case .salaryFigure: salaryFigures
            case .starts(let before): before[tokens.upperBound] - before[tokens.lowerBound]
            case .unknown: 0
            }
        }
        return (counts, techs)
    }

    /// The signals counted by where their hits start.
    private static let countedSignals = ["team-size", "reporting-line", "process-words"]

    /// Numbers with units in `tokens`: a number followed by a unit phrase, or preceded by a currency symbol.
    private func numberUnits(_ tokens: Range<Int>) -> Int {
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
        return numberUnits
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
