import ArgumentParser
import JDAutopsy

/// The `jdautopsy` root command.
struct JDAutopsyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jdautopsy",
        abstract: "Performs an autopsy on job descriptions: ingest, flag the fog, score it, and write the file record.",
        version: JDAutopsyVersion.current,
        subcommands: [AnalyzeCommand.self, BatchCommand.self, ExtractCommand.self, DumpCommand.self, LexiconCommand.self,
                      TitleCommand.self, ClusterCommand.self, TaxonomyCommand.self, IndexCommand.self],
        defaultSubcommand: nil
    )
}
