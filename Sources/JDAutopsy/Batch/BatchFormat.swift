import Foundation

/// The kind of results file a batch writes, chosen from `--out`'s extension (`-` is JSONL on stdout).
public enum BatchFormat: String, Sendable, CaseIterable {
    /// One JSON object per line: the `analyze --format json` report (with its `id`), or an error record.
    case jsonl
    /// One RFC 4180 row per posting with the headline figures.
    case csv
    /// A SQLite database: tables `postings`, `findings`, `sentences`, `runs`.
    case sqlite

    /// The format for an output path: `.csv` → CSV, `.sqlite`/`.sqlite3`/`.db` → SQLite, anything else → JSONL.
    public static func forPath(_ path: String) -> BatchFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": .csv
        case "sqlite", "sqlite3", "db": .sqlite
        default: .jsonl
        }
    }
}
