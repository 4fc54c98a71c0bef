import Foundation

/// What ingest skips and splits, loaded from `Lexicons/extract.json`.
public struct ExtractionRules: Sendable, Equatable, Codable {
    /// Elements whose whole subtree is dropped (script, style, nav, form…).
    public var skipTags: Set<String>
    /// Elements dropped unless they sit inside `<main>` or `<article>` (page chrome such as `<header>`).
    public var chromeTags: Set<String>
    /// Words that mark an element as chrome when they appear in its class, id or role (split on `-`, `_`, space).
    public var skipWords: Set<String>
    /// Elements that end a paragraph (block-level elements other than lists, headings, rows, pre).
    public var blockTags: Set<String>
    /// Characters that stand for list items inside one paragraph ("•").
    public var inlineBullets: [String]
    /// Characters that mark a list item only at the start of a line ("-", "–", "*").
    public var leadingBullets: [String]
    /// Largest input accepted, in bytes.
    public var maxInputBytes: Int
    /// Deepest JSON nesting accepted.
    public var maxJSONDepth: Int

    /// Loads the rules from `extract.json` in `directory`.
    /// - Throws: `LexiconError` when the file is missing or malformed.
    public static func load(from directory: URL) throws -> ExtractionRules {
        try LexiconFile.decode(ExtractionRules.self, from: directory.appendingPathComponent("extract.json"))
    }
}
