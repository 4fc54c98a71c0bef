import Foundation

/// Where `jdautopsy taxonomy import` writes taxonomy indexes and where other commands look for them.
public enum TaxonomyLocation {
    /// `$XDG_DATA_HOME/jdautopsy`, else `~/.local/share/jdautopsy`.
    public static var defaultDirectory: URL {
        if let x = Environment.value("XDG_DATA_HOME") { return URL(fileURLWithPath: x).appendingPathComponent("jdautopsy") }
        let home = Environment.value("HOME").map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/share/jdautopsy")
    }

    /// The default file for a taxonomy ("onet" → `…/jdautopsy/onet.jdaidx`).
    public static func defaultFile(for source: String) -> URL {
        defaultDirectory.appendingPathComponent("\(source).jdaidx")
    }

    /// The taxonomy index files present in the default directory, sorted by name.
    public static func installed() -> [URL] {
        let dir = defaultDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".jdaidx") }.sorted().map { dir.appendingPathComponent($0) }
    }
}
