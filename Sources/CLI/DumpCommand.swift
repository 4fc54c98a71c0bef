import ArgumentParser
import Foundation
import JDAutopsy

/// `jdautopsy dump tokens|sentences|matches FILE`: the text pipeline's intermediate results.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump", abstract: "Show tokens, sentences or lexicon matches with line:column positions (for debugging and snapshots).")

    /// What to dump.
    enum What: String, ExpressibleByArgument, CaseIterable { case tokens, sentences, matches }

    @Argument(help: "tokens, sentences or matches.")
    var what: What

    @Argument(help: "A posting file, or - for standard input.")
    var file: String

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        let lexicon = try lexicons.load()
        let posting = try CLIError.wrap { try Extractor(rules: lexicon.extractionRules).extract(path: file) }
        let text = TextPipeline(rules: lexicon.textRules).analyze(posting, vocabulary: lexicon.tokenVocabulary)
        switch what {
        case .tokens:
            let rows = (0..<text.tokens.count).map { i -> DumpRow in
                let r = text.documentRange(ofTokens: i..<i + 1)
                return DumpRow(position: text.position(ofDocumentByte: r.lowerBound), kind: "\(text.tokens.kinds[i])",
                               text: text.tokenText(i), detail: text.tokens.ids[i] >= 0 ? "lexicon" : nil)
            }
            emit(rows)
        case .sentences:
            let rows = text.sentences.map { s in
                DumpRow(position: text.position(ofDocumentByte: s.range.lowerBound), kind: "\(posting.blocks[s.block].kind.rawValue)",
                        text: text.text(s.range), detail: nil)
            }
            emit(rows)
        case .matches:
            let findings = Matcher(lexicon: lexicon).findings(in: text)
            if format == .json {
                Output.write(try JSONOutput.encode(findings))
                return
            }
            emit(findings.map { DumpRow(position: $0.start, kind: $0.category, text: $0.text, detail: $0.entryID) })
        }
    }

    private func emit(_ rows: [DumpRow]) {
        if format == .json {
            Output.write((try? JSONOutput.encode(rows)) ?? "[]\n")
            return
        }
        Output.write(rows.map { "\($0.position)\t\($0.kind)\t\($0.text)" + ($0.detail.map { "\t\($0)" } ?? "") }.joined(separator: "\n") + "\n")
    }
}

/// One line of `dump` output.
struct DumpRow: Encodable {
    var position: SourcePosition
    var kind: String
    var text: String
    var detail: String?
}
