import Foundation

/// Reads the `Lexicons/` files of one or more directories (later ones override earlier ones by
/// file name), validates them, and compiles the matchers.
struct LexiconLoader {
    /// Directories in override order.
    let directories: [URL]

    private static let configFiles: Set<String> = ["categories.json", "habitats.json", "scoring.json", "extract.json", "text.json"]

    /// The effective path of a top-level file: the last directory that has it.
    func file(_ name: String) -> URL {
        for d in directories.reversed() where FileManager.default.fileExists(atPath: d.appendingPathComponent(name).path) {
            return d.appendingPathComponent(name)
        }
        return directories[0].appendingPathComponent(name)
    }

    /// Entry files by name (override directories replace same names); sorted by name.
    func entryFiles() -> [URL] {
        var byName: [String: URL] = [:]
        for d in directories {
            for sub in [d.appendingPathComponent("entries"), d] {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: sub.path)) ?? []
                for n in names where n.hasSuffix(".json") && !(sub == d && Self.configFiles.contains(n)) {
                    byName[n] = sub.appendingPathComponent(n)
                }
            }
        }
        return byName.keys.sorted().map { byName[$0]! }
    }

    /// One lexicon file as read from disk.
    private struct SourceFile {
        var name: String
        var url: URL
        var data: Data?
    }

    /// Loads and compiles; returns the lexicon (nil when a file could not be read) and every error found.
    /// With `useCache`, a compiled copy of exactly these file bytes is restored instead of compiled (see `LexiconCache`).
    func load(disabledIDs: Set<String>, useCache: Bool = true) -> (Lexicon?, [LexiconError]) {
        var errors: [LexiconError] = []
        let configNames = ["text.json", "extract.json", "scoring.json", "categories.json", "habitats.json", "technologies.txt", "stopwords.txt"]
        var files = configNames.map { SourceFile(name: $0, url: file($0), data: nil) }
        files += entryFiles().map { SourceFile(name: "entries/" + $0.lastPathComponent, url: $0, data: nil) }
        // The cache key comes from each file's path, size, modification time and inode, so a start with
        // a valid cache reads no lexicon file at all.
        let key = LexiconCache.key(files.map { ($0.name, CacheDirectory.stamp(of: $0.url)) })
        if useCache, let c = LexiconCache.read(key) {
            let lexicon = Lexicon(entries: c.entries, categories: c.categories, habitats: c.habitats, textRules: c.textRules,
                                  extractionRules: c.extractionRules, scoring: c.scoring, technologies: c.technologies,
                                  stopwords: c.stopwords, disabledIDs: disabledIDs, compiled: c.compiled, cacheKey: key)
            return (lexicon, [])
        }
        for k in files.indices {
            files[k].data = FileManager.default.contents(atPath: files[k].url.path)
            if files[k].data == nil { errors.append(LexiconError(file: files[k].url.path, reason: "cannot be read (no such file or I/O error)")) }
        }
        let byName = Dictionary(files.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        func read<T: Decodable>(_ t: T.Type, _ name: String) -> T? {
            guard let f = byName[name], let data = f.data else { return nil }
            do { return try LexiconFile.decode(t, from: data, path: f.url.path) } catch let e as LexiconError { errors.append(e) } catch {
                errors.append(LexiconError(file: f.url.path, reason: "\(error)"))
            }
            return nil
        }
        let textRules = read(TextRules.self, "text.json")
        let extraction = read(ExtractionRules.self, "extract.json")
        let scoring = read(ScoringRules.self, "scoring.json")
        let categoryFile = read(CategoryFile.self, "categories.json")
        let habitatFile = read(HabitatFile.self, "habitats.json")
        let technologies = Self.lines(byName["technologies.txt"]?.data)
        let stopwords = Self.lines(byName["stopwords.txt"]?.data).map { $0.lowercased() }
        guard errors.isEmpty, let textRules, let extraction, let scoring, let categoryFile, let habitatFile else { return (nil, errors) }

        var entries: [LexiconEntry] = []
        var origins: [(file: String, index: Int)] = []
        var seen: [String: String] = [:]
        let categoryIDs = Set(categoryFile.categories.map(\.id))
        let idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/
        for f in files where f.name.hasPrefix("entries/") {
            guard let data = f.data else { continue }
            let url = f.url
            let entryFile: EntryFile
            do { entryFile = try LexiconFile.decode(EntryFile.self, from: data, path: url.path) } catch let e as LexiconError {
                errors.append(e)
                continue
            } catch {
                errors.append(LexiconError(file: url.path, reason: "\(error)"))
                continue
            }
            if entryFile.schemaVersion != 1 {
                errors.append(LexiconError(file: url.path, reason: "schemaVersion \(entryFile.schemaVersion) is not supported (expected 1)"))
            }
            for (i, var e) in entryFile.entries.enumerated() {
                func fail(_ r: String) { errors.append(LexiconError(file: url.path, entryIndex: i, entryID: e.id, reason: r)) }
                e.category = e.category ?? entryFile.category
                if e.id.wholeMatch(of: idPattern) == nil { fail("id must be kebab-case ([a-z0-9]+(-[a-z0-9]+)*)") }
                if let other = seen[e.id] { fail("duplicate id (also in \(other))") }
                seen[e.id] = url.lastPathComponent
                if let c = e.category, !categoryIDs.contains(c) { fail("unknown category \"\(c)\"") }
                if e.category == nil { fail("no category (set it on the entry or the file)") }
                if e.phrases.isEmpty { fail("no phrases") }
                if (e.examples ?? []).isEmpty { fail("missing example") }
                if !e.message.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) { fail("empty message") }
                if let w = e.weight, !(0.1...3.0).contains(w) { fail("weight \(w) is outside 0.1–3.0") }
                entries.append(e)
                origins.append((url.path, i))
            }
        }
        var compiler = LexiconCompiler(pipeline: TextPipeline(rules: textRules))
        let compiled = compiler.compile(entries: entries, origins: origins, habitats: habitatFile.habitats,
                                        technologies: technologies, boilerplate: textRules.boilerplateMarkers,
                                        signals: scoring.signalPhrases)
        errors += compiled.errors
        if useCache, errors.isEmpty {
            LexiconCache.write(key, LexiconCache.Contents(entries: LexiconEntries(entries), compiled: compiled, textRules: textRules, extractionRules: extraction,
                                                          scoring: scoring, categories: categoryFile.categories, habitats: habitatFile.habitats,
                                                          technologies: StringList(technologies), stopwords: stopwords))
        }
        let lexicon = Lexicon(entries: LexiconEntries(entries), categories: categoryFile.categories, habitats: habitatFile.habitats,
                              textRules: textRules, extractionRules: extraction, scoring: scoring,
                              technologies: StringList(technologies), stopwords: stopwords, disabledIDs: disabledIDs, compiled: compiled, cacheKey: key)
        return (lexicon, errors)
    }

    /// Non-empty, non-comment lines, trimmed, split at the byte level (these files load on every start).
    private static func lines(_ data: Data?) -> [String] {
        guard let data else { return [] }
        var lines: [String] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let b = raw.bindMemory(to: UInt8.self)
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x0A {
                var lo = start, hi = i
                start = i + 1
                while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 || b[lo] == 0x0D { lo += 1 }
                while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 || b[hi - 1] == 0x0D { hi -= 1 }
                if hi > lo, b[lo] != UInt8(ascii: "#") { lines.append(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)) }
            }
        }
        return lines
    }
}
