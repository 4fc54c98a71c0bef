import Foundation

/// Validates lexicon files and reports every problem with file, entry and reason.
///
/// Checks: JSON shape, schema version, id format and uniqueness, known category, weight range,
/// phrases that normalise to nothing or can never match (shadowed by another entry), missing
/// examples, and examples that do not produce a finding for their own entry (run through the
/// full posting pipeline, so guards count too). Habitat examples are checked the same way.
public enum LexiconChecker {
    /// Every problem in the lexicon at `directory` overlaid by `overrides`; empty when it is sound.
    /// - Complexity: one pass of the pipeline over all examples at once.
    public static func check(directory: URL = LexiconLocation.builtIn, overrides: [URL] = []) -> [LexiconError] {
        let loader = LexiconLoader(directories: [directory] + overrides)
        let (loaded, errors) = loader.load(disabledIDs: [], useCache: false)
        guard let lexicon = loaded else { return errors }
        var problems = errors
        // All examples as one posting, one block each.
        var owners: [(entry: Int?, habitat: Int?)] = []
        var blocks: [TextBlock] = []
        for (i, e) in lexicon.entries.enumerated() {
            for x in e.examples ?? [] {
                blocks.append(TextBlock(kind: .paragraph, text: x))
                owners.append((i, nil))
            }
        }
        for (i, h) in lexicon.habitats.enumerated() {
            for x in h.examples {
                blocks.append(TextBlock(kind: .paragraph, text: x))
                owners.append((nil, i))
            }
        }
        guard !blocks.isEmpty else { return problems }
        let posting = Posting(id: "examples", sourceKind: .text, blocks: blocks)
        let text = TextPipeline(rules: lexicon.textRules).analyze(posting, vocabulary: lexicon.vocabulary)
        var fired = Set<[Int]>()
        for f in Matcher(lexicon: lexicon).findings(in: text) {
            if let e = lexicon.entryIndex[f.entryID] { fired.insert([f.block, e]) }
        }
        for h in lexicon.habitatMatcher.hits(in: text.tokens, blocks: text.tokenBlocks) {
            fired.insert([Int(text.tokenBlocks[h.start]), -1 - Int(h.payload.index)])
        }
        let origins = originsByEntry(loader)
        for (b, owner) in owners.enumerated() {
            if let e = owner.entry, !fired.contains([b, e]) {
                let o = origins[lexicon.entries[e].id]
                problems.append(LexiconError(file: o?.file ?? "entries", entryIndex: o?.index, entryID: lexicon.entries[e].id,
                                             reason: "example does not match: \"\(blocks[b].text)\""))
            }
            if let h = owner.habitat, !fired.contains([b, -1 - h]) {
                problems.append(LexiconError(file: loader.file("habitats.json").path, entryIndex: h, entryID: lexicon.habitats[h].id,
                                             reason: "example does not match: \"\(blocks[b].text)\""))
            }
        }
        return problems
    }

    private static func originsByEntry(_ loader: LexiconLoader) -> [String: (file: String, index: Int)] {
        var out: [String: (file: String, index: Int)] = [:]
        for url in loader.entryFiles() {
            guard let f = try? LexiconFile.decode(EntryFile.self, from: url) else { continue }
            for (i, e) in f.entries.enumerated() where out[e.id] == nil { out[e.id] = (url.path, i) }
        }
        return out
    }
}
