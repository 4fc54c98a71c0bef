import ArgumentParser
import Foundation

// The common command line, `jdautopsy analyze FILE…` without any option, skips ArgumentParser: its
// reflection-driven parse costs ≈3 ms of a ≈20 ms cold start. Anything else (an option, `help`,
// another command) is parsed by ArgumentParser as usual.
let arguments = CommandLine.arguments.dropFirst()
if arguments.count > 1, arguments.first == "analyze",
   arguments.dropFirst().allSatisfy({ $0 == "-" || !($0.hasPrefix("-") || $0 == "help") }) {
    do { try AnalyzeCommand.runWithDefaults(Array(arguments.dropFirst())) } catch { JDAutopsyCommand.exit(withError: error) }
} else {
    do {
        var command = try JDAutopsyCommand.parseAsRoot()
        try command.run()
    } catch {
        // ArgumentParser exits 64 (EX_USAGE) for a bad option or a failed validation; ours is 2, as documented.
        if JDAutopsyCommand.exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data((JDAutopsyCommand.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
        JDAutopsyCommand.exit(withError: error)
    }
}
