/// Assembles the file record's sections from a posting's findings, translations and duties.
struct RecordBuilder {
    let lexicon: Lexicon
    let text: PostingText
    let findings: [Finding]
    let translations: [TranslationPair]
    let sections: PostingSections
    let seed: UInt64

    /// [01]'s role when the posting has no title.
    private static let untitled = "Untitled specimen"

    private var rules: RecordRules { lexicon.scoring.record }

    /// The record of a `.headline` examination: the role and the dominant category, every other section empty.
    static func headline(of posting: Posting, categories: [CategoryCount]) -> BestiaryRecord {
        BestiaryRecord(role: posting.title ?? untitled, aliases: [], habitats: [], metrics: [], weaponry: [],
                       dominantCategory: categories.first?.category, survivalGuide: nil, autopsy: [], dayInTheLife: [], burnWard: [],
                       related: [])
    }

    func build(categories: [CategoryCount]) -> BestiaryRecord {
        let dominant = categories.first?.category
        let autopsy = Array(translations.prefix(rules.illusionCount))
        let translator = Translator(lexicon: lexicon, seed: seed)
        var usedClauses = usedClausesOf(autopsy)
        let survival = dominant.flatMap { lexicon.categories[$0] }.flatMap { c -> String? in
            c.survivalGuide.isEmpty ? nil : c.survivalGuide[StablePick.index(c.survivalGuide.count, key: text.posting.id + "/survival", seed: seed)]
        }
        return BestiaryRecord(
            role: text.posting.title ?? Self.untitled,
            aliases: [],
            habitats: habitats(),
            metrics: items(\.metric, limit: rules.metricCount),
            weaponry: items(\.weaponry, limit: rules.weaponryCount),
            dominantCategory: dominant,
            survivalGuide: survival,
            autopsy: autopsy,
            dayInTheLife: dayLog(translator: translator, used: &usedClauses, dominant: dominant),
            burnWard: burnWard(categories),
            related: [])
    }

    /// The clauses the shown pairs used, so nothing repeats in the record.
    private func usedClausesOf(_ pairs: [TranslationPair]) -> Set<String> {
        var used = Set<String>()
        var scratch = Set<String>()
        let t = Translator(lexicon: lexicon, seed: seed)
        for p in pairs {
            for e in p.entries {
                // Translator picks deterministically; replaying the pick with an empty set finds the same clause
                // unless an earlier pair took it, which `scratch` reproduces.
                if let c = t.pick(e, key: text.posting.id, used: &scratch) { used.insert(c) }
            }
        }
        return used
    }

    /// Employer kinds by hits.
    func habitats() -> [HabitatEvidence] {
        var byIndex: [Int: (hits: Int, evidence: Set<String>)] = [:]
        for h in lexicon.habitatMatcher.hits(in: text.tokens, blocks: text.tokenBlocks) {
            let t = text.text(text.documentRange(ofTokens: h.start..<h.end))
            byIndex[Int(h.payload.index), default: (0, [])].hits += 1
            byIndex[Int(h.payload.index), default: (0, [])].evidence.insert(t)
        }
        return byIndex.map { i, v in
            HabitatEvidence(id: lexicon.habitats[i].id, label: lexicon.habitats[i].label, hits: v.hits, evidence: v.evidence.sorted())
        }.sorted { $0.hits != $1.hits ? $0.hits > $1.hits : $0.id < $1.id }
    }

    /// Metrics or weaponry of triggered entries, most-hit first, distinct by name.
    private func items(_ key: KeyPath<LexiconEntry, ReportItem?>, limit: Int) -> [ReportItem] {
        var counts: [String: (count: Int, first: Int, item: ReportItem)] = [:]
        for f in findings {
            guard let i = lexicon.entryIndex[f.entryID], let item = lexicon.entries[i][keyPath: key] else { continue }
            if let c = counts[item.name] { counts[item.name] = (c.count + 1, c.first, c.item) } else { counts[item.name] = (1, f.offset, item) }
        }
        return counts.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first }.prefix(limit).map(\.item)
    }

    /// Duties: list items under duty headings; else list items outside requirement sections; else sentences.
    func duties() -> [Int] {
        let blocks = text.posting.blocks
        var picked = blocks.indices.filter { blocks[$0].kind == .listItem && sections.kinds[$0] == .duties }
        if picked.isEmpty {
            picked = blocks.indices.filter { blocks[$0].kind == .listItem && sections.kinds[$0] == .other }
        }
        if picked.isEmpty { picked = blocks.indices.filter { blocks[$0].kind == .paragraph } }
        return picked
    }

    private func dayLog(translator: Translator, used: inout Set<String>, dominant: String?) -> [DayLogEntry] {
        let slots = rules.daySlots
        let duties = duties()
        guard !duties.isEmpty, !slots.isEmpty else { return [] }
        // Spread the chosen duties over the list so the day is not only its first bullets.
        let count = min(slots.count - 1, duties.count)
        let chosen = (0..<count).map { duties[$0 * duties.count / count] }
        let glosses = dominant.flatMap { lexicon.categories[$0]?.dayInTheLife } ?? []
        var usedGlosses = Set<String>()
        return chosen.enumerated().map { k, block in
            let duty = shorten(text.posting.blocks[block].text)
            var clauses: [String] = []
            for f in findings where f.block == block && clauses.count < 2 {
                if let c = translator.pick(f.entryID, key: text.posting.id + "/day", used: &used) { clauses.append(c) }
            }
            var gloss = clauses.isEmpty ? "" : Translator.compose(clauses)
            if gloss.isEmpty, !glosses.isEmpty {
                var i = StablePick.index(glosses.count, key: text.posting.id + "/day/\(k)", seed: seed)
                for _ in 0..<glosses.count where usedGlosses.contains(glosses[i]) { i = (i + 1) % glosses.count }
                gloss = glosses[i]
                usedGlosses.insert(gloss)
            }
            if gloss.isEmpty { gloss = "Does exactly this, which the posting describes plainly enough to leave nothing to translate." }
            return DayLogEntry(time: slots[k], duty: duty, gloss: gloss)
        }
    }

    /// The duty's first clause, at most 90 characters, cut at a word.
    private func shorten(_ s: String) -> String {
        // ASCII without CR: each byte is a character, so bytes give the same cuts without walking graphemes.
        if !s.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) { return Self.shortenASCII(Array(s.utf8)) }
        var t = s
        if let cut = t.firstIndex(where: { ":;".contains($0) }), t.distance(from: t.startIndex, to: cut) >= 12 { t = String(t[..<cut]) }
        if t.count > 90 {
            let prefix = t.prefix(90)
            t = String(prefix[..<(prefix.lastIndex(of: " ") ?? prefix.endIndex)]) + "…"
        }
        while let last = t.last, ".,".contains(last) { t.removeLast() }
        return t
    }

    /// `shorten` of ASCII text without CR, byte by byte.
    private static func shortenASCII(_ bytes: [UInt8]) -> String {
        var t = bytes[...]
        if let cut = t.firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ";") }), cut >= 12 { t = t[..<cut] }
        guard t.count <= 90 else {
            let prefix = t.prefix(90)
            return String(decoding: prefix[..<(prefix.lastIndex(of: UInt8(ascii: " ")) ?? prefix.endIndex)], as: UTF8.self) + "…"
        }
        while let last = t.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ",") { t.removeLast() }
        return String(decoding: t, as: UTF8.self)
    }

    private func burnWard(_ categories: [CategoryCount]) -> [String] {
        var lines: [String] = []
        for c in categories where lines.count < rules.burnWardCount {
            guard let cat = lexicon.categories[c.category], !cat.burnWard.isEmpty else { continue }
            lines.append(cat.burnWard[StablePick.index(cat.burnWard.count, key: text.posting.id + "/burn/" + c.category, seed: seed)])
        }
        return lines
    }
}
