import Foundation

extension SpecimenIndex {
    private static let magic: UInt32 = 0x5053_444A  // "JDSP"
    private static let version: UInt32 = 5

    /// The catalog at `path` fitted with the title rules of `directories`, restored (rules included) from the cache
    /// (`specimens-<key>.bin` in `CacheDirectory`) when neither the catalog, the title rules file nor the
    /// lexicon's files changed since it was written; else fitted and cached.
    /// - Parameters:
    ///   - lexicon: stop words and text rules.
    ///   - directories: where `roles/titles.json` is looked for (the last that has it wins; see `TitleRules.load`).
    ///   - path: the specimen catalog (`SpecimenCatalog.builtInPath`).
    /// - Throws: `LexiconError` naming the title rules or the catalog file when one is missing or invalid.
    public static func load(lexicon: Lexicon, titleRulesFrom directories: [URL] = [LexiconLocation.builtIn],
                            catalog path: String = SpecimenCatalog.builtInPath) throws -> SpecimenIndex {
        let key = CacheDirectory.key(seed: UInt64(version), [
            ("lexicon", withUnsafeBytes(of: lexicon.cacheKey.littleEndian) { Array($0) }),
            ("titles", CacheDirectory.stamp(of: TitleRules.file(in: directories))),
            ("catalog", CacheDirectory.stamp(of: URL(fileURLWithPath: path))),
        ])
        if let cached = read(key, lexicon: lexicon) { return cached }
        let cleaner = TitleCleaner(rules: try TitleRules.load(from: directories), lexicon: lexicon)
        let index = SpecimenIndex(lexicon: lexicon, specimens: try SpecimenCatalog.load(from: path).specimens, cleaner: cleaner)
        index.write(key)
        return index
    }

    /// The cached index for `key`, or nil when there is none or it is inconsistent.
    private static func read(_ key: UInt64, lexicon: Lexicon) -> SpecimenIndex? {
        guard let file = CacheDirectory.read("specimens", key) else { return nil }
        var r = CacheFileReader(file)
        do {
            guard try r.u32() == magic, try r.u32() == version, try r.u64() == key else { return nil }
            let rules = TitleRules(schemaVersion: try r.int(), separators: try r.strings(), abbreviations: try r.map { try $0.string() },
                                   seniority: try r.strings(), numerals: try r.strings(), genderLetters: try r.string(),
                                   genderPhrases: try r.strings(), noise: try r.strings(), locations: try r.strings())
            let specimens = try (0..<Int(try r.u32())).map { _ in
                Specimen(id: try r.string(), title: try r.string(), aliases: try r.strings(), family: try r.string(),
                         deadpan: try r.string(), reference: try r.string())
            }
            let keys = try r.strings()
            let owners = try r.raw(Int32.self)
            let (documentModel, documentVectors) = try readModel(&r, documentVectorizer(lexicon))
            let (titleModel, titleVectors) = try readModel(&r, titleVectorizer(lexicon))
            guard r.isAtEnd, owners.count == keys.count, owners.allSatisfy({ $0 >= 0 && Int($0) < specimens.count }),
                  documentVectors.rowCount == specimens.count, titleVectors.rowCount == keys.count else { return nil }
            let fitted = Fitted(documentModel: documentModel, documentVectors: documentVectors, titleModel: titleModel, titleVectors: titleVectors)
            return SpecimenIndex(specimens: specimens, cleaner: TitleCleaner(rules: rules, lexicon: lexicon), keys: keys, owners: owners, fitted: fitted)
        } catch {
            return nil
        }
    }

    /// Stores the index under `key` (errors are ignored: the cache is an optimisation).
    private func write(_ key: UInt64) {
        guard CacheDirectory.url != nil else { return }
        var w = CacheFileWriter()
        w.u32(Self.magic)
        w.u32(Self.version)
        w.u64(key)
        let t = cleaner.rules  // every field (a field added to `TitleRules` goes here too, and `version` goes up)
        w.int(t.schemaVersion)
        w.strings(t.separators)
        w.map(t.abbreviations) { $0.string($1) }
        for list in [t.seniority, t.numerals] { w.strings(list) }
        w.string(t.genderLetters)
        for list in [t.genderPhrases, t.noise, t.locations] { w.strings(list) }
        w.u32(UInt32(specimens.count))
        for s in specimens {
            w.string(s.id)
            w.string(s.title)
            w.strings(s.aliases)
            w.string(s.family)
            w.string(s.deadpan)
            w.string(s.reference)
        }
        w.strings(keys)
        w.raw(owners)
        for (model, vectors) in [(fitted.documentModel, fitted.documentVectors), (fitted.titleModel, fitted.titleVectors)] {
            w.u64(UInt64(model.statistics.documentCount))
            w.raw(model.statistics.terms.arena)
            w.raw(model.statistics.terms.offsets)
            w.raw(model.statistics.frequencies)
            // What the model derives, so a start neither interns the vocabulary nor weighs the rows.
            w.raw(model.columnTerms)
            w.doubles(model.idf)
            w.byteTable(model.vocabularyTable)
            w.matrix(vectors)
        }
        CacheDirectory.write("specimens", key, w.bytes)
    }

    /// Reads one model (statistics, kept columns, idf, vocabulary) and its weighted rows, checking every
    /// offset and index against its bounds.
    private static func readModel(_ r: inout CacheFileReader, _ vectorizer: TFIDFVectorizer) throws -> (TFIDFModel, SparseMatrix<Double>) {
        let documentCount = Int(try r.u64())
        let arena = try r.raw(UInt8.self), offsets = try r.raw(Int.self), frequencies = try r.raw(Int32.self)
        let terms = TermList(arena: arena, offsets: offsets)
        // Bounds only (what indexing relies on); the terms were written sorted.
        guard offsets.first == 0, offsets.last == arena.count, CacheFileReader.isNondecreasing(offsets),
              frequencies.count == terms.count else { throw CacheFileReader.Truncated() }
        let statistics = DocumentFrequencies(documentCount: documentCount, terms: terms, frequencies: frequencies)
        guard let model = TFIDFModel(parameters: vectorizer.parameters, textRules: vectorizer.textRules, statistics: statistics,
                                     columnTerms: try r.raw(Int32.self), idf: try r.doubles(), vocabulary: try r.byteTable()) else {
            throw CacheFileReader.Truncated()
        }
        let vectors = try r.matrix()
        guard vectors.rowCount == documentCount, vectors.columnCount == model.columnCount else { throw CacheFileReader.Truncated() }
        return (model, vectors)
    }
}
