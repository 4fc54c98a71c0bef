import ArgumentParser
import Foundation
import JDAutopsy

/// `jdautopsy extract FILE`: prints the ingested posting.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Print the text blocks and facts ingest finds in a posting.")

    @Argument(help: "A posting file (HTML, JSON, Markdown, text), or - for standard input.")
    var file: String

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        let extractor = Extractor(rules: try lexicons.extractionRules())
        let posting = try CLIError.wrap { try extractor.extract(path: file) }
        switch format {
        case .json:
            Output.write(try JSONOutput.encode(posting))
        case .text:
            var out = "# \(posting.id) — \(posting.sourceKind.rawValue), \(posting.encoding), body from \(posting.bodySource.rawValue)\n"
            if let t = posting.title { out += "title (\(posting.titleSource?.rawValue ?? "?")): \(t)\n" }
            for w in posting.warnings { out += "warning: \(w)\n" }
            for b in posting.blocks {
                let kind = b.kind == .heading ? "h\(b.level)" : b.kind == .listItem ? "li\(b.level)" : b.kind.rawValue
                out += "\(b.line):\(b.column)\t\(kind)\t\(b.text)\n"
            }
            Output.write(out)
        }
    }
}
