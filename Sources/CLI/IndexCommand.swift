import ArgumentParser
import Foundation
import JDAutopsy

/// `jdautopsy index fit CORPUS --out MODEL`, `index merge A B … --out MODEL`, `index info MODEL`.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index", abstract: "Fit TF-IDF term statistics on a corpus, merge shards, and inspect index files.",
        discussion: """
        Document frequencies add up: fitting shards separately and merging them gives the same file as one fit.
        Exit codes: 0 success; 2 usage; 3 file not found; 6 invalid, corrupt or incompatible index; 7 not written.
        """,
        subcommands: [Fit.self, Merge.self, Info.self])

    /// `index fit`.
    struct Fit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "fit", abstract: "Count terms of a corpus (directory, JSONL, CSV) into an index file.")

        @Argument(help: "The corpus.")
        var corpus: String

        @Option(help: "The index file to write.")
        var out: String

        @Option(help: "Drop terms in fewer postings than this (applied when the model is derived, so shards still merge).")
        var minDf: Int = 1

        @Option(help: "Drop terms in more than this fraction of postings.")
        var maxDf: Double = 1.0

        @Option(help: "Largest word n-gram.")
        var ngrams: Int = 2

        @Option(help: "Also character n-grams from 3 to this size (0: none).")
        var charNgrams: Int = 0

        @Option(help: "Threads (0: one per processor). The output does not depend on it.")
        var threads: Int = 0

        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let lexicon = try lexicons.load()
            let p = TFIDFParameters(maxWordN: ngrams, minCharN: charNgrams > 0 ? 3 : 0, maxCharN: charNgrams,
                                    minDocumentFrequency: minDf, maxDocumentFraction: maxDf, stopWords: lexicon.stopwords)
            if let problem = p.problem { throw ValidationError(problem) }
            let docs = try RoleErrors.readCorpus(corpus, lexicon: lexicon)
            let texts = docs.map { ([$0.title] + $0.paragraphs).joined(separator: "\n") }
            var fitted = TFIDFVectorizer(parameters: p, textRules: lexicon.textRules).count(texts, threads: threads)
            fitted.ids = docs.map(\.id)
            fitted.titles = docs.map(\.title)
            try RoleErrors.wrap { try fitted.write(to: out) }
            Output.write("\(docs.count) documents, \(fitted.statistics.terms.count) terms (\(fitted.model.columnCount) kept) → \(out)\n")
        }
    }

    /// `index merge`.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "merge", abstract: "Merge index files fitted on shards (in the order given) into one.")

        @Argument(help: "Index files written by `index fit` with the same settings.")
        var inputs: [String]

        @Option(help: "The index file to write.")
        var out: String

        func run() throws {
            guard inputs.count >= 1 else { throw ValidationError("give at least one index file") }
            var merged = try RoleErrors.wrap { try FittedCorpus.read(from: inputs[0]) }
            for p in inputs.dropFirst() {
                let next = try RoleErrors.wrap { try FittedCorpus.read(from: p) }
                merged = try RoleErrors.wrap { try merged.merging(next) }
            }
            try RoleErrors.wrap { try merged.write(to: out) }
            Output.write("\(merged.statistics.documentCount) documents, \(merged.statistics.terms.count) terms → \(out)\n")
        }
    }

    /// `index info`.
    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "info", abstract: "Summarise an index file: documents, terms, settings, top idf terms.")

        @Argument(help: "An index file written by `index fit` or `index merge`.")
        var file: String

        func run() throws {
            let corpus = try RoleErrors.wrap { try FittedCorpus.read(from: file) }
            let model = corpus.model
            let p = corpus.parameters
            var out = "documents: \(corpus.statistics.documentCount)\nterms: \(corpus.statistics.terms.count) seen, \(model.columnCount) kept\n"
            out += "word n-grams: \(p.minWordN)–\(p.maxWordN); char n-grams: \(p.minCharN)–\(p.maxCharN); min df \(p.minDocumentFrequency); max df \(p.maxDocumentFraction)\n"
            let common = (0..<model.columnCount).sorted { model.idf[$0] != model.idf[$1] ? model.idf[$0] < model.idf[$1] : $0 < $1 }.prefix(10)
            out += "most common terms: " + common.map { "\(model.term(ofColumn: $0)) (idf \(String(format: "%.3f", model.idf[$0])))" }.joined(separator: ", ") + "\n"
            Output.write(out)
        }
    }
}
