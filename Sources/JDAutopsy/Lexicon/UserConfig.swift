import Foundation

/// A user's small configuration file: entry ids to switch off. `{"disable": ["synergy", "very"]}`.
public struct UserConfig: Sendable, Equatable, Codable {
    /// Entry ids to switch off.
    public var disable: [String]

    /// The ids as a set.
    public var disabledIDs: Set<String> { Set(disable) }

    /// Loads `path`, or `./.jdautopsy.json` when `path` is nil and that file exists; else an empty config.
    /// - Throws: `LexiconError` when the file exists but is not valid.
    public static func load(path: String?) throws -> UserConfig {
        let url: URL
        if let path {
            url = URL(fileURLWithPath: path)
        } else {
            url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".jdautopsy.json")
            guard FileManager.default.fileExists(atPath: url.path) else { return UserConfig(disable: []) }
        }
        return try LexiconFile.decode(UserConfig.self, from: url)
    }
}
