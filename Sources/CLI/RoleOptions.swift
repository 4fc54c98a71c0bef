import ArgumentParser
import Foundation
import JDAutopsy

/// Options and helpers shared by the role-index commands (`title`, `cluster`, `taxonomy`, `index`, `analyze`).
///
/// Exit codes of these commands: 0 success; 2 usage; 3 a file or directory not found or unreadable;
/// 6 an index, taxonomy, corpus or lexicon file invalid, corrupt or of another version; 7 output not written.
struct RoleOptions: ParsableArguments {
    @Option(name: .customLong("index"), help: ArgumentHelp(
        "A taxonomy index file (repeatable). Default: every *.jdaidx in $XDG_DATA_HOME/jdautopsy (else ~/.local/share/jdautopsy).",
        valueName: "FILE"))
    var indexes: [String] = []

    @Flag(name: .customLong("no-taxonomy"), help: "Use no taxonomy index, even when one is installed.")
    var noTaxonomy = false

    /// The role catalog `analyze` and `batch` use: the specimen catalog, installed taxonomies and an optional corpus.
    func catalog(_ lexicon: Lexicon, lexicons: LexiconOptions, corpus: String?) throws -> RoleIndex {
        try Self.catalog(lexicon, lexiconDirectory: lexicons.lexiconDirectory, indexes: noTaxonomy ? nil : indexes, corpus: corpus)
    }

    /// The role catalog over the title rules of `lexiconDirectory` (or the built-in ones), the taxonomy
    /// `indexes` (installed ones when empty, none when nil) and an optional corpus.
    static func catalog(_ lexicon: Lexicon, lexiconDirectory: String?, indexes: [String]?, corpus: String?) throws -> RoleIndex {
        // The fitted catalog comes from the cache while its files and the lexicon are unchanged.
        let specimens = try RoleErrors.wrap {
            try SpecimenIndex.load(lexicon: lexicon, titleRulesFrom: titleRuleDirectories(lexiconDirectory))
        }
        let documents = try corpus.map { try RoleErrors.readCorpus($0, lexicon: lexicon) } ?? []
        return RoleIndex(lexicon: lexicon, specimens: specimens, taxonomies: try taxonomies(indexes, cleaner: specimens.cleaner),
                         corpus: documents)
    }

    /// The title cleaner with the lexicon's rules (and `roles/titles.json` from --lexicon when present).
    static func cleaner(_ lexicon: Lexicon, lexicons: LexiconOptions) throws -> TitleCleaner {
        let rules = try CLIError.wrap { try TitleRules.load(from: titleRuleDirectories(lexicons.lexiconDirectory)) }
        return TitleCleaner(rules: rules, lexicon: lexicon)
    }

    /// Where `roles/titles.json` is looked for: the built-in lexicon, then --lexicon.
    static func titleRuleDirectories(_ lexiconDirectory: String?) -> [URL] {
        [LexiconLocation.builtIn] + (lexiconDirectory.map { [URL(fileURLWithPath: $0)] } ?? [])
    }

    /// The taxonomy indexes to use: --index files, else the installed ones, none with --no-taxonomy.
    func taxonomies(cleaner: TitleCleaner) throws -> [TaxonomyIndex] {
        try Self.taxonomies(noTaxonomy ? nil : indexes, cleaner: cleaner)
    }

    /// The taxonomy indexes at `paths`, the installed ones when empty, none when nil.
    static func taxonomies(_ paths: [String]?, cleaner: TitleCleaner) throws -> [TaxonomyIndex] {
        guard let paths else { return [] }
        return try (paths.isEmpty ? TaxonomyLocation.installed().map(\.path) : paths).map { p in
            try RoleErrors.wrap { try TaxonomyIndex.read(from: p, cleaner: cleaner) }
        }
    }
}

/// Turns role-index errors into one stderr line and a documented exit code.
enum RoleErrors {
    /// Runs `body` (through `CLIError.wrap` for ingest and lexicon errors); on an index or data-file
    /// error prints it and exits (3 unreadable, 6 invalid, 7 not written).
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try CLIError.wrap(body)
        } catch let e as IndexError {
            Output.error(e.description)
            if case .unreadable(let path, _) = e { throw ExitCode(FileManager.default.fileExists(atPath: path) ? 3 : 7) }
            throw ExitCode(e.isNotFound ? 3 : 6)
        } catch let e as DataFileError {
            Output.error(e.description)
            throw ExitCode(e.kind == .unreadable ? 3 : 6)
        }
    }

    /// The documents of a corpus (directory, JSONL, CSV); each skipped file is reported on stderr.
    static func readCorpus(_ path: String, lexicon: Lexicon) throws -> [CorpusDocument] {
        let (documents, skipped) = try wrap { try CorpusDocumentReader(extraction: lexicon.extractionRules).read(path) }
        for s in skipped { Output.error("skipped " + s) }
        return documents
    }
}

extension IndexError {
    /// True for `.notFound`.
    var isNotFound: Bool { if case .notFound = self { true } else { false } }
}
