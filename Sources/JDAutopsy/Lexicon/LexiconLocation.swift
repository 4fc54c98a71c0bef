import Foundation

/// Where the built-in `Lexicons/` directory is.
public enum LexiconLocation {
    /// `$JDAUTOPSY_LEXICONS` when set; else `Lexicons/` of the package this library was built from.
    public static var builtIn: URL {
        if let env = ProcessInfo.processInfo.environment["JDAUTOPSY_LEXICONS"], !env.isEmpty {
            return URL(fileURLWithPath: env, isDirectory: true)
        }
        // Sources/JDAutopsy/Lexicon/LexiconLocation.swift → package root.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lexicons", isDirectory: true)
    }
}
