/// The lexicon's configuration values in the cache format, so that a start with a valid cache decodes
/// no JSON. Every field is written; `LexiconCacheTests` checks that a cached lexicon's rules equal
/// freshly decoded ones — a field added to these types must be added here (and `LexiconCache.version` bumped).
extension CacheFileWriter {
    mutating func int(_ v: Int) { u64(UInt64(bitPattern: Int64(v))) }

    mutating func map<V>(_ d: [String: V], _ write: (inout CacheFileWriter, V) -> Void) {
        u32(UInt32(d.count))
        for (k, v) in d.sorted(by: { $0.key < $1.key }) {
            string(k)
            write(&self, v)
        }
    }

    mutating func textRules(_ r: TextRules) {
        bool(r.foldDiacritics)
        map(r.typographicFolds) { $0.string($1) }
        string(r.sentenceLocale)
        strings(r.abbreviations)
        strings(r.boilerplateMarkers)
    }

    mutating func extractionRules(_ r: ExtractionRules) {
        for set in [r.skipTags, r.chromeTags, r.skipWords, r.blockTags] { strings(set.sorted()) }
        strings(r.inlineBullets)
        strings(r.leadingBullets)
        int(r.maxInputBytes)
        int(r.maxJSONDepth)
    }

    mutating func scoringRules(_ r: ScoringRules) {
        int(r.schemaVersion)
        let v = r.vagueness
        f64(v.base)
        list(v.components) { $0.string($1.id); $0.string($1.label); $0.f64($1.weight); $0.f64($1.cap) }
        f64(v.concretenessWeight)
        f64(v.concretenessCap)
        f64(v.missingFactWeight)
        int(v.minimumWords)
        list(v.bands) { $0.f64($1.upTo); $0.string($1.label) }
        optional(v.sentenceMinimumWords) { $0.int($1) }
        list(r.facts) { $0.string($1.id); $0.string($1.label); $0.strings($1.shownBy) }
        map(r.signals) { $0.strings($1) }
        strings(r.concretenessSignals)
        let f = r.flightRisk
        f64(f.base)
        f64(f.floor)
        f64(f.ceiling)
        list(f.terms) { $0.string($1.measure); $0.f64($1.weight); $0.f64($1.cap); $0.string($1.label) }
        list(f.diagnoses) { $0.f64($1.upTo); $0.string($1.label); $0.string($1.line) }
        list(r.seniority) { $0.strings($1.words); $0.string($1.level); $0.f64($1.minYears); $0.f64($1.maxYears) }
        map(r.annualisation) { $0.f64($1) }
        let c = r.record
        for words in [c.daySlots, c.dutyHeadingWords, c.mustHaveHeadingWords, c.niceToHaveHeadingWords] { strings(words) }
        for n in [c.illusionCount, c.metricCount, c.weaponryCount, c.burnWardCount] { int(n) }
    }

    mutating func category(_ c: Category) {
        for s in [c.id, c.label, c.component, c.description, c.sectionTitle] { string(s) }
        for list in [c.survivalGuide, c.burnWard, c.dayInTheLife] { strings(list) }
    }

    mutating func habitat(_ h: Habitat) {
        string(h.id)
        string(h.label)
        strings(h.phrases)
        strings(h.examples)
    }

    /// Writes a count then each element.
    mutating func list<T>(_ a: [T], _ write: (inout CacheFileWriter, T) -> Void) {
        u32(UInt32(a.count))
        for v in a { write(&self, v) }
    }
}

extension CacheFileReader {
    mutating func int() throws -> Int { Int(Int64(bitPattern: try u64())) }

    mutating func map<V>(_ read: (inout CacheFileReader) throws -> V) throws -> [String: V] {
        var d: [String: V] = [:]
        for _ in 0..<Int(try u32()) { d[try string()] = try read(&self) }
        return d
    }

    /// Reads a count then each element.
    mutating func list<T>(_ read: (inout CacheFileReader) throws -> T) throws -> [T] {
        try (0..<Int(try u32())).map { _ in try read(&self) }
    }

    mutating func textRules() throws -> TextRules {
        TextRules(foldDiacritics: try bool(), typographicFolds: try map { try $0.string() }, sentenceLocale: try string(),
                  abbreviations: try strings(), boilerplateMarkers: try strings())
    }

    mutating func extractionRules() throws -> ExtractionRules {
        ExtractionRules(skipTags: Set(try strings()), chromeTags: Set(try strings()), skipWords: Set(try strings()),
                        blockTags: Set(try strings()), inlineBullets: try strings(), leadingBullets: try strings(),
                        maxInputBytes: try int(), maxJSONDepth: try int())
    }

    mutating func scoringRules() throws -> ScoringRules {
        typealias S = ScoringRules
        let schemaVersion = try int()
        let vagueness = S.Vagueness(
            base: try f64(),
            components: try list { S.Component(id: try $0.string(), label: try $0.string(), weight: try $0.f64(), cap: try $0.f64()) },
            concretenessWeight: try f64(), concretenessCap: try f64(), missingFactWeight: try f64(), minimumWords: try int(),
            bands: try list { S.Band(upTo: try $0.f64(), label: try $0.string()) },
            sentenceMinimumWords: try optional { try $0.int() })
        let facts = try list { S.Fact(id: try $0.string(), label: try $0.string(), shownBy: try $0.strings()) }
        let signals = try map { try $0.strings() }
        let concretenessSignals = try strings()
        let flightRisk = S.FlightRisk(
            base: try f64(), floor: try f64(), ceiling: try f64(),
            terms: try list { S.RiskTerm(measure: try $0.string(), weight: try $0.f64(), cap: try $0.f64(), label: try $0.string()) },
            diagnoses: try list { S.Diagnosis(upTo: try $0.f64(), label: try $0.string(), line: try $0.string()) })
        let seniority = try list {
            S.SeniorityLevel(words: try $0.strings(), level: try $0.string(), minYears: try $0.f64(), maxYears: try $0.f64())
        }
        let annualisation = try map { try $0.f64() }
        let record = RecordRules(daySlots: try strings(), dutyHeadingWords: try strings(), mustHaveHeadingWords: try strings(),
                                 niceToHaveHeadingWords: try strings(), illusionCount: try int(), metricCount: try int(),
                                 weaponryCount: try int(), burnWardCount: try int())
        return ScoringRules(schemaVersion: schemaVersion, vagueness: vagueness, facts: facts, signals: signals,
                            concretenessSignals: concretenessSignals, flightRisk: flightRisk, seniority: seniority,
                            annualisation: annualisation, record: record)
    }

    mutating func category() throws -> Category {
        Category(id: try string(), label: try string(), component: try string(), description: try string(),
                 sectionTitle: try string(), survivalGuide: try strings(), burnWard: try strings(), dayInTheLife: try strings())
    }

    mutating func habitat() throws -> Habitat {
        Habitat(id: try string(), label: try string(), phrases: try strings(), examples: try strings())
    }
}
