import ArgumentParser
import Foundation
import JDAutopsy

/// `--lexicon DIR`: files that add to or replace the built-in `Lexicons/` files.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: "A directory whose files add to or replace the built-in Lexicons/ files.")
    var lexiconDirectory: String?

    /// The built-in directory.
    var builtIn: URL { LexiconLocation.builtIn }

    @Option(name: .customLong("config"), help: "A JSON file {\"disable\": [ids]} switching entries off (default: ./.jdautopsy.json when present).")
    var configFile: String?

    /// The lexicon: built-in files overlaid by --lexicon, minus disabled ids.
    func load() throws -> Lexicon { try Self.load(directory: lexiconDirectory, config: configFile) }

    /// The lexicon: built-in files overlaid by `directory`, minus the ids `config` (or ./.jdautopsy.json) disables.
    static func load(directory: String?, config: String?) throws -> Lexicon {
        let overrides = directory.map { [URL(fileURLWithPath: $0)] } ?? []
        let disabled = try CLIError.wrap { try UserConfig.load(path: config).disabledIDs }
        return try CLIError.wrap { try Lexicon.load(from: LexiconLocation.builtIn, overrides: overrides, disabledIDs: disabled) }
    }

    /// The ingest rules, from the override directory when it has `extract.json`.
    func extractionRules() throws -> ExtractionRules {
        if let dir = lexiconDirectory, FileManager.default.fileExists(atPath: dir + "/extract.json") {
            return try CLIError.wrap { try ExtractionRules.load(from: URL(fileURLWithPath: dir)) }
        }
        return try CLIError.wrap { try ExtractionRules.load(from: builtIn) }
    }
}
