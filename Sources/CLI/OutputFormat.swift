import ArgumentParser

/// Formats shared by the debugging commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
