import ArgumentParser
import Foundation
import JDAutopsy

/// `jdautopsy taxonomy import onet DIR | import esco FILE | related ID | evaluate DIR`.
struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taxonomy", abstract: "Import O*NET or ESCO into a taxonomy index, and explore it.",
        discussion: """
        Indexes are written to $XDG_DATA_HOME/jdautopsy/<source>.jdaidx (else ~/.local/share/jdautopsy/), where
        `title`, `analyze` and `taxonomy related` find them; --out writes elsewhere (use it with --index later).
        Exit codes: 0 success; 2 usage; 3 file or directory not found; 6 malformed file; 7 index not written.
        """,
        subcommands: [Import.self, Related.self, Evaluate.self])

    /// `taxonomy import onet DIR` / `taxonomy import esco FILE`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Build a taxonomy index from the files as downloaded.")

        /// The taxonomies.
        enum Source: String, ExpressibleByArgument, CaseIterable { case onet, esco }

        @Argument(help: "onet (a directory with Occupation Data.txt, Task Statements.txt, Alternate Titles.txt) or esco (occupations_en.csv).")
        var source: Source

        @Argument(help: "The O*NET directory or the ESCO CSV file.")
        var path: String

        @Option(help: "Write the index here instead of the default location.")
        var out: String?

        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let lexicon = try lexicons.load()
            let cleaner = try RoleOptions.cleaner(lexicon, lexicons: lexicons)
            let occupations = try RoleErrors.wrap {
                source == .onet ? try TaxonomyImporter.onet(directory: path) : try TaxonomyImporter.esco(file: path)
            }
            let index = TaxonomyIndex(occupations: occupations, lexicon: lexicon, cleaner: cleaner)
            let target = out ?? TaxonomyLocation.defaultFile(for: source.rawValue).path
            try RoleErrors.wrap { try index.write(to: target) }
            Output.write("\(occupations.count) occupations, \(index.titles.counts.rowCount) titles → \(target)\n")
        }
    }

    /// `taxonomy related ID…`: the occupations whose documents are closest.
    struct Related: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "related", abstract: "Show the occupations most similar to the given ones (by description and tasks).")

        @Argument(help: "Occupation ids (O*NET-SOC codes such as 15-2051.00, or ESCO URIs).")
        var ids: [String]

        @Option(name: .shortAndLong, help: "How many related occupations to show.")
        var top: Int = 5

        @OptionGroup var roles: RoleOptions
        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let lexicon = try lexicons.load()
            let taxonomies = try roles.taxonomies(cleaner: try RoleOptions.cleaner(lexicon, lexicons: lexicons))
            var out = "", missing = false
            for id in ids {
                guard let (tax, o) = taxonomies.lazy.compactMap({ t in t.occupation(withID: id).map { (t, $0) } }).first else {
                    Output.error("\(id): no such occupation in the loaded taxonomy indexes")
                    missing = true
                    continue
                }
                out += "\(id) \(tax.occupations[o].title)\n"
                for h in tax.related(toOccupation: o, k: top) {
                    out += "    \(h.matchPercent)%  \(tax.occupations[h.row].id)  \(tax.occupations[h.row].title)\n"
                }
            }
            Output.write(out)
            if missing { throw ExitCode(3) }
        }
    }

    /// `taxonomy evaluate DIR`: hold alternate titles out of an O*NET index and map them back.
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate", abstract: "Hold out O*NET alternate titles from the index and report how often they map back (Recall@1, @5).",
            discussion: "A title is held out when FNV-1a-64(\"<code>\\t<title>\") mod --every is 0 (deterministic).")

        @Argument(help: "The O*NET directory.")
        var directory: String

        @Option(help: "Hold out one title in this many.")
        var every: UInt64 = 10

        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let lexicon = try lexicons.load()
            let cleaner = try RoleOptions.cleaner(lexicon, lexicons: lexicons)
            var occupations = try RoleErrors.wrap { try TaxonomyImporter.onet(directory: directory) }
            let start = Date()
            let heldOut = TaxonomyEvaluation.holdOut(&occupations, every: every)
            let index = TaxonomyIndex(occupations: occupations, lexicon: lexicon, cleaner: cleaner)
            let built = Date()
            let r = TaxonomyEvaluation.recall(index, heldOut: heldOut)
            Output.write(String(format: "held out %d of %d alternate titles (1 in %llu by hash)\nRecall@1 %.4f\nRecall@5 %.4f\nindex built in %.1f s, %.2f ms per query\n",
                                heldOut.count, heldOut.count + occupations.reduce(0) { $0 + $1.alternateTitles.count }, every,
                                r.at1, r.at5, built.timeIntervalSince(start), Date().timeIntervalSince(built) * 1000 / Double(max(1, heldOut.count))))
        }
    }
}
