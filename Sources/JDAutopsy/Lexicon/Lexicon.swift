import Foundation

/// Everything jdautopsy knows, loaded from `Lexicons/` and compiled once: entries and their
/// matcher, categories, habitats, scoring rules, technologies, stop words and text rules.
///
/// Immutable and `Sendable`: one value serves every task of a batch.
public struct Lexicon: Sendable {
    /// All entries, in file-name order then file order; categories resolved.
    public let entries: LexiconEntries
    /// Categories by id.
    public let categories: [String: Category]
    /// Category ids in file order.
    public let categoryOrder: [String]
    /// Employer kinds.
    public let habitats: [Habitat]
    /// Normalisation and segmentation rules.
    public let textRules: TextRules
    /// Ingest rules.
    public let extractionRules: ExtractionRules
    /// Scoring weights and fact phrases.
    public let scoring: ScoringRules
    /// Named technologies (display form).
    public let technologies: StringList
    /// Stop words for the index.
    public let stopwords: [String]
    /// Entry ids switched off by configuration.
    public let disabledIDs: Set<String>
    /// Index of each entry by id.
    public let entryIndex: [String: Int]

    /// The token vocabulary of every compiled phrase.
    let vocabulary: Vocabulary
    /// Entry phrases and exceptions (payload index = entry index).
    let entryMatcher: PhraseMatcher
    /// Habitat phrases (payload index = habitat index).
    let habitatMatcher: PhraseMatcher
    /// Technology names (payload index = technology index).
    let technologyMatcher: PhraseMatcher
    /// Boilerplate markers (payload index 0).
    let boilerplateMatcher: PhraseMatcher
    /// Fact and concreteness phrases (payload index = `ScoringRules.signalNames` index).
    let signalMatcher: PhraseMatcher

    /// Problems found while compiling that do not stop loading (shadowed phrases and the like).
    public let warnings: [LexiconError]
    /// The hash of its source files' names and stamps (`LexiconCache.key`): what caches derived from it are keyed on.
    let cacheKey: UInt64

    init(entries: LexiconEntries, categories: [Category], habitats: [Habitat], textRules: TextRules,
         extractionRules: ExtractionRules, scoring: ScoringRules, technologies: StringList, stopwords: [String],
         disabledIDs: Set<String>, compiled: LexiconCompiler.Output, cacheKey: UInt64) {
        self.entries = entries
        self.categories = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.categoryOrder = categories.map(\.id)
        self.habitats = habitats
        self.textRules = textRules
        self.extractionRules = extractionRules
        self.scoring = scoring
        self.technologies = technologies
        self.stopwords = stopwords
        self.disabledIDs = disabledIDs
        self.entryIndex = Dictionary(entries.indices.map { (entries.id(at: $0), $0) }, uniquingKeysWith: { a, _ in a })
        self.vocabulary = compiled.vocabulary
        self.entryMatcher = compiled.entries
        self.habitatMatcher = compiled.habitats
        self.technologyMatcher = compiled.technologies
        self.boilerplateMatcher = compiled.boilerplate
        self.signalMatcher = compiled.signals
        self.warnings = compiled.warnings
        self.cacheKey = cacheKey
    }

    /// Loads the built-in lexicon, overlaid by the files of `overrides` (same name replaces, new adds).
    /// - Parameters:
    ///   - directory: the base `Lexicons/` directory.
    ///   - overrides: further directories, applied in order.
    ///   - disabledIDs: entry ids to switch off.
    /// - Throws: `LexiconError` for the first problem that stops loading (see `LexiconChecker` for all of them).
    public static func load(from directory: URL = LexiconLocation.builtIn, overrides: [URL] = [],
                            disabledIDs: Set<String> = []) throws -> Lexicon {
        let loader = LexiconLoader(directories: [directory] + overrides)
        let (lexicon, errors) = loader.load(disabledIDs: disabledIDs)
        if let first = errors.first { throw first }
        return lexicon!
    }

    /// The category of entry `index`.
    public func category(ofEntry index: Int) -> Category? { categories[entries[index].category ?? ""] }
}

extension Lexicon {
    /// The vocabulary postings are tokenised against.
    public var tokenVocabulary: Vocabulary { vocabulary }
}
