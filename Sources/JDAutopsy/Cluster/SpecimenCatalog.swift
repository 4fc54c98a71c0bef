import Foundation

/// The specimen catalog: loading and validating `Corpus/specimens/specimens.json`.
public struct SpecimenCatalog: Sendable, Equatable, Codable {
    /// File format version (1).
    public var schemaVersion: Int
    /// The specimens in file order.
    public var specimens: [Specimen]

    /// The catalog shipped with jdautopsy: `$JDAUTOPSY_SPECIMENS`, else `Corpus/specimens/specimens.json` beside `Lexicons/`.
    public static var builtInPath: String {
        if let env = Environment.value("JDAUTOPSY_SPECIMENS") { return env }
        return LexiconLocation.builtIn.deletingLastPathComponent().appendingPathComponent("Corpus/specimens/specimens.json").path
    }

    /// Loads and validates a catalog (ids unique and kebab-case, titles and references present).
    /// - Throws: `LexiconError` naming the file and the specimen.
    public static func load(from path: String = builtInPath) throws -> SpecimenCatalog {
        let catalog = try LexiconFile.decode(SpecimenCatalog.self, from: URL(fileURLWithPath: path))
        guard catalog.schemaVersion == 1 else {
            throw LexiconError(file: path, reason: "schemaVersion \(catalog.schemaVersion) is not supported (expected 1)")
        }
        var seen = Set<String>()
        for (i, s) in catalog.specimens.enumerated() {
            func fail(_ r: String) -> LexiconError { LexiconError(file: path, entryIndex: i, entryID: s.id, reason: r) }
            if s.id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) == nil { throw fail("id must be kebab-case") }
            if !seen.insert(s.id).inserted { throw fail("duplicate id") }
            if s.title.isEmpty || s.reference.isEmpty || s.deadpan.isEmpty { throw fail("title, deadpan and reference are required") }
        }
        return catalog
    }
}
