import ArgumentParser
import Foundation
import JDAutopsy

/// `jdautopsy analyze FILE…`: the file record, in any format.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Examine postings and write the Corporate Bestiary file record.",
        discussion: """
        Exit codes: 0 success; 1 a posting's vagueness exceeded --fail-above; 2 usage error; 3 input not found,
        unreadable or a directory; 4 input empty, binary, too large or without text; 5 malformed or wrong-shape
        JSON; 6 invalid lexicon or config file. With several files, the worst code wins and every file is still
        examined.
        """)

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown, html, lint, sarif }

    @Argument(help: "Posting files (HTML, JSON, Markdown, text), or - for standard input.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(help: "Exit with code 1 when a posting's vagueness (0–100) is above this.")
    var failAbove: Double?

    @Option(help: "Seed for the choice of translations (same seed, same output).")
    var seed: UInt64 = 0

    @Option(help: "Wrap text output at this width (default: the terminal's, else 100).")
    var width: Int?

    @Flag(help: "Never use colour (also honoured: the NO_COLOR environment variable).")
    var noColor = false

    @OptionGroup var lexicons: LexiconOptions

    @OptionGroup var roles: RoleOptions

    @Flag(help: "Leave [01] aliases and [11] related specimens empty (no specimen catalog or taxonomy).")
    var noRoles = false

    @Option(help: "A corpus (directory, JSONL, CSV) whose similar postings' titles count as aliases.")
    var corpus: String?

    func run() throws {
        let lexicon = try lexicons.load()
        let catalog = noRoles ? nil : try roles.catalog(lexicon, lexicons: lexicons, corpus: corpus)
        try Self.analyze(files, lexicon: lexicon, roles: catalog, format: format, failAbove: failAbove, seed: seed, width: width, noColor: noColor)
    }

    /// `analyze FILE…` with every option at its default: what `run()` does for that command line,
    /// without ArgumentParser (see main.swift).
    static func runWithDefaults(_ files: [String]) throws {
        let lexicon = try LexiconOptions.load(directory: nil, config: nil)
        let catalog = try RoleOptions.catalog(lexicon, lexiconDirectory: nil, indexes: [], corpus: nil)
        try analyze(files, lexicon: lexicon, roles: catalog, format: .text, failAbove: nil, seed: 0, width: nil, noColor: false)
    }

    /// Examines `files` and writes their records; throws the worst exit code.
    private static func analyze(_ files: [String], lexicon: Lexicon, roles: RoleIndex?, format: Format, failAbove: Double?,
                                seed: UInt64, width: Int?, noColor: Bool) throws {
        let autopsy = Autopsy(lexicon: lexicon, seed: seed, roles: roles)
        var reports: [PostingReport] = []
        var worst: Int32 = 0
        for file in files {
            do {
                reports.append(try autopsy.examine(path: file))
            } catch {
                Output.error(error.description)
                worst = max(worst, CLIError.code(for: error.reason))
            }
        }
        let terminal = Terminal()
        let style = ReportStyle(width: width ?? terminal.columns ?? 100, color: !noColor && terminal.wantsColor)
        switch format {
        case .sarif:
            Output.write(SARIFRenderer(version: JDAutopsyVersion.current).render(reports))
        case .json where reports.count > 1:
            Output.write(JSONRenderer().render(reports))
        default:
            for (i, report) in reports.enumerated() {
                if i > 0, format == .text || format == .markdown { Output.write("\n") }
                switch format {
                case .text: Output.write(TextRenderer(style: style).render(report))
                case .json: Output.write(JSONRenderer().render(report))
                case .markdown: Output.write(MarkdownRenderer().render(report))
                case .html: Output.write(HTMLRenderer().render(report))
                case .lint: Output.write(LintRenderer().render(report))
                case .sarif: break
                }
            }
        }
        if let limit = failAbove {
            for r in reports where r.vagueness.score > limit {
                Output.error("\(r.id): vagueness \(r.vagueness.score) is above --fail-above \(limit)")
                worst = max(worst, 1)
            }
        }
        // Exit here rather than return: releasing the lexicon, the role index and the reports would cost
        // ≈ 9% of a cold run's instructions, and the process ends anyway (output is written unbuffered).
        withExtendedLifetime((lexicon, roles, autopsy, reports)) { Foundation.exit(worst) }
    }
}
