import Foundation

/// How job titles are cleaned: data from `Lexicons/roles/titles.json`.
public struct TitleRules: Sendable, Equatable, Codable {
    /// File format version (1).
    public var schemaVersion: Int
    /// Strings that split a title into segments ("Engineer - Berlin", "Engineer | Acme").
    public var separators: [String]
    /// Lower-case abbreviations and what they stand for ("mgr" → "manager"); used for matching only.
    public var abbreviations: [String: String]
    /// Seniority words and phrases, removed (after expansion: "sr" counts as "senior").
    public var seniority: [String]
    /// Numerals and level words removed from titles ("ii", "iii", "level"); digits always go.
    public var numerals: [String]
    /// Letters of gender markers such as "(m/f/d)", "(h/f)", "(w/m/d)": two or more joined by "/".
    public var genderLetters: String
    /// Gender marker phrases ("all genders").
    public var genderPhrases: [String]
    /// Words and phrases that say nothing about the role ("urgent", "hiring", "career path").
    public var noise: [String]
    /// Places and work modes ("remote", "berlin"), removed at a title's edges and from side segments.
    public var locations: [String]

    /// Loads `roles/titles.json` from the last of `directories` that has it.
    /// - Throws: `LexiconError` naming the file.
    public static func load(from directories: [URL] = [LexiconLocation.builtIn]) throws -> TitleRules {
        let url = file(in: directories)
        let rules = try LexiconFile.decode(TitleRules.self, from: url)
        guard rules.schemaVersion == 1 else {
            throw LexiconError(file: url.path, reason: "schemaVersion \(rules.schemaVersion) is not supported (expected 1)")
        }
        return rules
    }

    /// The `roles/titles.json` that `load(from:)` reads: the last of `directories` that has it, else the first's.
    public static func file(in directories: [URL]) -> URL {
        let candidates = directories.map { $0.appendingPathComponent("roles/titles.json") }
        return candidates.last { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }
}
