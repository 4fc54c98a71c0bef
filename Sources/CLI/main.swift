import ArgumentParser

// The common command line, `jdautopsy analyze FILE…` without any option, skips ArgumentParser: its
// reflection-driven parse costs ≈3 ms of a ≈20 ms cold start. Anything else (an option, `help`,
// another command) is parsed by ArgumentParser as usual.
let arguments = CommandLine.arguments.dropFirst()
if arguments.count > 1, arguments.first == "analyze",
   arguments.dropFirst().allSatisfy({ $0 == "-" || !($0.hasPrefix("-") || $0 == "help") }) {
    do { try AnalyzeCommand.runWithDefaults(Array(arguments.dropFirst())) } catch { JDAutopsyCommand.exit(withError: error) }
} else {
    JDAutopsyCommand.main()
}
