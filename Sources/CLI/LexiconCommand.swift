import ArgumentParser
import Foundation
import JDAutopsy

/// `jdautopsy lexicon check|stats [DIR]`.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon", abstract: "Validate or summarise lexicon files.",
        subcommands: [Check.self, Stats.self])

    /// `jdautopsy lexicon check [DIR]`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Validate a lexicon: the built-in one, or DIR's files laid over it. Exit 0 when sound, 6 otherwise.")

        @Argument(help: "A directory of lexicon files to check on top of the built-in ones.")
        var directory: String?

        func run() throws {
            let problems = LexiconChecker.check(overrides: directory.map { [URL(fileURLWithPath: $0)] } ?? [])
            for p in problems { Output.write(p.description + "\n") }
            if !problems.isEmpty {
                Output.error("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
                throw ExitCode(6)
            }
            Output.write("lexicon OK\n")
        }
    }

    /// `jdautopsy lexicon stats`.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count entries, translations and alternatives per category.")

        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            let lexicon = try lexicons.load()
            var rows: [String: (entries: Int, phrases: Int, translations: Int, alternatives: Int)] = [:]
            for e in lexicon.entries {
                let c = e.category ?? "?"
                rows[c, default: (0, 0, 0, 0)].entries += 1
                rows[c, default: (0, 0, 0, 0)].phrases += e.phrases.count
                if !(e.translations ?? []).isEmpty { rows[c, default: (0, 0, 0, 0)].translations += 1 }
                if !(e.alternatives ?? []).isEmpty { rows[c, default: (0, 0, 0, 0)].alternatives += 1 }
            }
            var out = "category\tentries\tphrases\twith translations\twith alternatives\n"
            for c in rows.keys.sorted() {
                let r = rows[c]!
                out += "\(c)\t\(r.entries)\t\(r.phrases)\t\(r.translations)\t\(r.alternatives)\n"
            }
            let t = rows.values.reduce((0, 0, 0, 0)) { ($0.0 + $1.entries, $0.1 + $1.phrases, $0.2 + $1.translations, $0.3 + $1.alternatives) }
            out += "total\t\(t.0)\t\(t.1)\t\(t.2)\t\(t.3)\n"
            out += "technologies\t\(lexicon.technologies.count)\nhabitats\t\(lexicon.habitats.count)\nstop words\t\(lexicon.stopwords.count)\n"
            Output.write(out)
        }
    }
}
