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

    /// The title cleaner with the lexicon's rules (and `roles/titles.json` from --lexicon when present).
    /// The role catalog `analyze` and `batch` use: the specimen catalog, installed taxonomies and an optional corpus.
    func catalog(_ lexicon: Lexicon, lexicons: LexiconOptions, corpus: String?) throws -> RoleIndex {
        let cleaner = try RoleOptions.cleaner(lexicon, lexicons: lexicons)
        let specimens = try RoleErrors.wrap { try SpecimenCatalog.load().specimens }
        let documents = try corpus.map { try RoleErrors.readCorpus($0, lexicon: lexicon) } ?? []
        return RoleIndex(lexicon: lexicon, specimens: specimens, cleaner: cleaner, taxonomies: try taxonomies(cleaner: cleaner),
                         corpus: documents)
    }

    static func cleaner(_ lexicon: Lexicon, lexicons: LexiconOptions) throws -> TitleCleaner {
        let dirs = [LexiconLocation.builtIn] + (lexicons.lexiconDirectory.map { [URL(fileURLWithPath: $0)] } ?? [])
        let rules = try CLIError.wrap { try TitleRules.load(from: dirs) }
        return TitleCleaner(rules: rules, lexicon: lexicon)
    }

    /// The taxonomy indexes to use: --index files, else the installed ones, none with --no-taxonomy.
    func taxonomies(cleaner: TitleCleaner) throws -> [TaxonomyIndex] {
        if noTaxonomy { return [] }
        let paths = indexes.isEmpty ? TaxonomyLocation.installed().map(\.path) : indexes
        return try paths.map { p in try RoleErrors.wrap { try TaxonomyIndex.read(from: p, cleaner: cleaner) } }
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
