import Foundation

/// Where the built-in `Lexicons/` directory is.
public enum LexiconLocation {
    /// `$JDAUTOPSY_LEXICONS` when set; else `Lexicons/` of the package this library was built from.
    public static var builtIn: URL {
        if let env = Environment.value("JDAUTOPSY_LEXICONS") { return URL(fileURLWithPath: env, isDirectory: true) }
        return packageLexicons
    }

    // Sources/JDAutopsy/Lexicon/LexiconLocation.swift → package root.
    private static let packageLexicons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lexicons", isDirectory: true)
}
