import Foundation

/// Normalisation and segmentation settings, loaded from `Lexicons/text.json`.
public struct TextRules: Sendable, Equatable, Codable {
    /// Remove diacritics for matching (`naïve` = `naive`).
    public var foldDiacritics: Bool
    /// Characters replaced after case folding: dashes become spaces, curly quotes straight ones.
    public var typographicFolds: [String: String]
    /// The ICU locale for sentence breaks in non-ASCII blocks (plain Unicode rules; abbreviations come from `abbreviations`).
    public var sentenceLocale: String
    /// Lower-case abbreviations after which a sentence does not end ("e.g.", "sr.").
    public var abbreviations: [String]
    /// Phrases that mark equal-opportunity boilerplate; findings there are not reported by default.
    public var boilerplateMarkers: [String]

    /// Loads `text.json` from `directory`.
    /// - Throws: `LexiconError`.
    public static func load(from directory: URL) throws -> TextRules {
        try LexiconFile.decode(TextRules.self, from: directory.appendingPathComponent("text.json"))
    }
}
