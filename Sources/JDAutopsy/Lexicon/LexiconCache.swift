import Foundation

/// A cache of the compiled lexicon, so that a start-up costs a file read instead of a compile.
///
/// Keyed by a hash of every lexicon file's name, path, size, modification time and inode (plus this
/// format's version) — any edit, added or removed file misses the cache — stored in `CacheDirectory`
/// as `lexicon-<key>.bin`, only for a lexicon without errors; any unreadable or inconsistent cache
/// is ignored and rebuilt. `JDAUTOPSY_NO_CACHE=1` turns it off.
enum LexiconCache {
    /// What the cache stores: everything a lexicon is made of, so that a start decodes no JSON and compiles nothing.
    struct Contents {
        var entries: LexiconEntries
        var compiled: LexiconCompiler.Output
        var textRules: TextRules
        var extractionRules: ExtractionRules
        var scoring: ScoringRules
        var categories: [Category]
        var habitats: [Habitat]
        var technologies: StringList
        var stopwords: [String]
    }

    private static let magic: UInt32 = 0x584C_444A  // "JDLX"
    private static let version: UInt32 = 5

    /// The cache key of lexicon files: `CacheDirectory.key` over their names and stamps (or bytes), seeded with this format's version.
    /// - Complexity: O(total bytes).
    static func key(_ files: [(name: String, bytes: [UInt8])]) -> UInt64 {
        CacheDirectory.key(seed: UInt64(version), files)
    }

    /// The cached contents for `key`, or nil.
    static func read(_ key: UInt64) -> Contents? {
        guard let file = CacheDirectory.read("lexicon", key) else { return nil }
        var r = CacheFileReader(file)
        do {
            guard try r.u32() == magic, try r.u32() == version, try r.u64() == key else { return nil }
            let textRules = try r.textRules(), extractionRules = try r.extractionRules(), scoring = try r.scoringRules()
            let categories = try r.list { try $0.category() }, habitats = try r.list { try $0.habitat() }
            let technologies = try StringList(reading: &r), stopwords = try r.strings()
            let entries = try readEntries(&r)
            var out = LexiconCompiler.Output()
            out.vocabulary = Vocabulary(table: try r.byteTable())
            out.entries = try readMatcher(&r)
            out.habitats = try readMatcher(&r)
            out.technologies = try readMatcher(&r)
            out.boilerplate = try readMatcher(&r)
            out.signals = try readMatcher(&r)
            out.warnings = try (0..<Int(try r.u32())).map { _ in
                LexiconError(file: try r.string(), entryIndex: try r.optional { Int(try $0.u32()) },
                             entryID: try r.optional { try $0.string() }, reason: try r.string())
            }
            guard r.isAtEnd else { return nil }
            return Contents(entries: entries, compiled: out, textRules: textRules, extractionRules: extractionRules, scoring: scoring,
                            categories: categories, habitats: habitats, technologies: technologies, stopwords: stopwords)
        } catch {
            return nil
        }
    }

    /// Stores `contents` under `key` (errors are ignored: the cache is an optimisation).
    static func write(_ key: UInt64, _ contents: Contents) {
        guard CacheDirectory.url != nil else { return }
        var w = CacheFileWriter()
        w.u32(magic)
        w.u32(version)
        w.u64(key)
        w.textRules(contents.textRules)
        w.extractionRules(contents.extractionRules)
        w.scoringRules(contents.scoring)
        w.list(contents.categories) { $0.category($1) }
        w.list(contents.habitats) { $0.habitat($1) }
        w.strings(Array(contents.technologies))
        w.strings(contents.stopwords)
        // Ids, then each record's length, then the records: a start decodes only the entries it reads.
        w.strings(contents.entries.map(\.id))
        let records: [CacheFileWriter] = contents.entries.map { e in
            var r = CacheFileWriter()
            writeEntry(&r, e)
            return r
        }
        w.raw(records.map { UInt32($0.bytes.count) })
        for r in records { w.append(r) }
        w.byteTable(contents.compiled.vocabulary.table)
        let c = contents.compiled
        for m in [c.entries, c.habitats, c.technologies, c.boilerplate, c.signals] { writeMatcher(&w, m) }
        w.u32(UInt32(c.warnings.count))
        for e in c.warnings {
            w.string(e.file)
            w.optional(e.entryIndex) { $0.u32(UInt32($1)) }
            w.optional(e.entryID) { $0.string($1) }
            w.string(e.reason)
        }
        CacheDirectory.write("lexicon", key, w.bytes)
    }

    private static func writeMatcher(_ w: inout CacheFileWriter, _ m: PhraseMatcher) {
        w.raw(m.keys)
        w.raw(m.targets)
        w.u64(UInt64(m.edgeCount))
        w.raw(m.payloadStart)
        w.raw(m.payloadValues)
        w.u32(UInt32(m.nodeCount))
    }

    private static func readMatcher(_ r: inout CacheFileReader) throws -> PhraseMatcher {
        let keys = try r.raw(UInt64.self), targets = try r.raw(Int32.self)
        let edges = Int(try r.u64())
        let starts = try r.raw(Int32.self), values = try r.raw(Int32.self)
        let nodes = Int32(try r.u32())
        guard keys.count == targets.count, keys.count >= 16, keys.count & (keys.count - 1) == 0, edges < keys.count,
              starts.count == Int(nodes) + 1, starts.last.map({ Int($0) == values.count }) ?? false,
              targets.allSatisfy({ $0 >= 0 && $0 < nodes }) else { throw CacheFileReader.Truncated() }
        return PhraseMatcher(keys: keys, targets: targets, edgeCount: edges, payloadStart: starts, payloadValues: values, nodeCount: nodes)
    }

    /// The entries: ids now, records on first use (`CachedEntries`); every record's bounds are checked here.
    private static func readEntries(_ r: inout CacheFileReader) throws -> LexiconEntries {
        let ids = try r.strings()
        let lengths = try r.raw(UInt32.self)
        guard lengths.count == ids.count else { throw CacheFileReader.Truncated() }
        var offsets = [r.offset]
        offsets.reserveCapacity(ids.count + 1)
        for n in lengths {
            try r.skip(Int(n))
            offsets.append(r.offset)
        }
        return LexiconEntries(cached: CachedEntries(ids: ids, file: r.mappedFile, offsets: offsets, decode: readEntry))
    }

    private static func writeItem(_ w: inout CacheFileWriter, _ i: ReportItem) {
        w.string(i.name)
        w.string(i.description)
    }

    private static func writeEntry(_ w: inout CacheFileWriter, _ e: LexiconEntry) {
        w.string(e.id)
        w.optional(e.category) { $0.string($1) }
        w.strings(e.phrases)
        w.optional(e.weight) { $0.f64($1) }
        w.optional(e.severity) { $0.string($1.rawValue) }
        w.string(e.message)
        for list in [e.alternatives, e.translations, e.examples, e.exceptions] { w.optional(list) { $0.strings($1) } }
        w.optional(e.matchInTitle) { $0.bool($1) }
        w.optional(e.matchInBoilerplate) { $0.bool($1) }
        w.optional(e.source) { $0.string($1) }
        w.optional(e.weaponry) { writeItem(&$0, $1) }
        w.optional(e.metric) { writeItem(&$0, $1) }
    }

    private static func readEntry(_ r: inout CacheFileReader) throws -> LexiconEntry {
        let id = try r.string()
        let category = try r.optional { try $0.string() }
        let phrases = try r.strings()
        let weight = try r.optional { try $0.f64() }
        let severity = try r.optional { try $0.string() }.map { Severity(rawValue: $0) ?? .warning }
        let message = try r.string()
        let lists = try (0..<4).map { _ in try r.optional { try $0.strings() } }
        let inTitle = try r.optional { try $0.bool() }
        let inBoilerplate = try r.optional { try $0.bool() }
        let source = try r.optional { try $0.string() }
        let item: (inout CacheFileReader) throws -> ReportItem = { ReportItem(name: try $0.string(), description: try $0.string()) }
        let weaponry = try r.optional(item)
        let metric = try r.optional(item)
        return LexiconEntry(id: id, category: category, phrases: phrases, weight: weight, severity: severity, message: message,
                            alternatives: lists[0], translations: lists[1], examples: lists[2], exceptions: lists[3],
                            matchInTitle: inTitle, matchInBoilerplate: inBoilerplate, source: source, weaponry: weaponry, metric: metric)
    }
}
