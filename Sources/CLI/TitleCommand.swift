import ArgumentParser
import Foundation
import JDAutopsy

/// `jdautopsy title "Sr. Data Ninja II (m/f/d)"`: the cleaned title and the occupations it maps to.
struct TitleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "title", abstract: "Clean a job title and rank the occupations it maps to, with a match %.",
        discussion: """
        Needs a taxonomy index (see `jdautopsy taxonomy import`); without one only the cleaned title is shown.
        With --posting FILE the posting's text is used as description evidence too. Exit codes: 0 success;
        2 usage; 3 a file not found; 6 an index or lexicon file invalid.
        """)

    @Argument(help: "The job title.")
    var title: String

    @Option(help: "A posting file whose text adds description evidence.")
    var posting: String?

    @Option(name: .shortAndLong, help: "How many occupations to show.")
    var top: Int = 5

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var roles: RoleOptions
    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        let lexicon = try lexicons.load()
        let cleaner = try RoleOptions.cleaner(lexicon, lexicons: lexicons)
        let clean = cleaner.clean(title)
        var description: String?
        if let posting {
            let p = try CLIError.wrap { try Extractor(rules: lexicon.extractionRules).extract(path: posting) }
            description = p.blocks.map(\.text).joined(separator: "\n")
        }
        let taxonomies = try roles.taxonomies(cleaner: cleaner)
        let matches = taxonomies.flatMap { $0.rank(title: title, description: description, k: top) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : ($0.source, $0.occupation) < ($1.source, $1.occupation) }
            .prefix(top)
        if format == .json {
            Output.write(try JSONOutput.encode(TitleResult(title: clean, occupations: Array(matches))))
            return
        }
        var out = "title:   \(title)\ncleaned: \(clean.display.isEmpty ? "(nothing left)" : clean.display)\nkey:     \(clean.key)\n"
        if !clean.removed.isEmpty { out += "removed: \(clean.removed.joined(separator: " · "))\n" }
        if taxonomies.isEmpty { out += "no taxonomy index: run `jdautopsy taxonomy import onet DIR` (or pass --index FILE)\n" }
        for (i, m) in matches.enumerated() {
            out += String(format: "%2d. %3d%%  %@  %@ [%@]", i + 1, m.match, m.id, m.title, m.source)
            if let t = m.matchedTitle, t != m.title { out += "  (via “\(t)”)" }
            out += "\n"
        }
        Output.write(out)
    }
}

/// The JSON output of `title`.
struct TitleResult: Encodable {
    var title: CleanTitle
    var occupations: [OccupationMatch]
}
