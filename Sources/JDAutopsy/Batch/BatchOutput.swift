import Foundation

/// Opens the results destination of a run: standard output, or `OUT.partial` (renamed to `OUT` on
/// success). With `resume`, continues `OUT.partial` — or a finished `OUT` — after its complete records.
struct BatchOutput {
    /// Where records go.
    let sink: any ResultSink
    /// The records already there, in input order (empty unless resuming).
    let existing: [RecordDigest]

    /// The temporary name of `path` while a run writes it.
    static func partialPath(_ path: String) -> String { path + ".partial" }

    /// Opens `path` ("-" for standard output) as `format`.
    /// - Throws: `BatchError` — `.resume` for `--resume` with standard output, `.output` when the file cannot be made.
    init(path: String, format: BatchFormat, resume: Bool) throws(BatchError) {
        if path == "-" {
            guard !resume else { throw BatchError(.resume, path: "-", message: "--resume needs --out FILE (standard output cannot be continued)") }
            guard format != .sqlite else { throw BatchError(.output, path: "-", message: "SQLite cannot be written to standard output; use --out FILE.sqlite") }
            sink = try TextResultSink(stdoutFormat: format)
            existing = []
            return
        }
        let partial = Self.partialPath(path)
        let fm = FileManager.default
        if resume, !fm.fileExists(atPath: partial), fm.fileExists(atPath: path) {
            guard rename(path, partial) == 0 else {
                throw BatchError(.output, path: path, message: "cannot move to \(partial) to resume (\(String(cString: strerror(errno))))")
            }
        }
        if !resume || !fm.fileExists(atPath: partial) {
            for stale in [partial, partial + "-journal"] where fm.fileExists(atPath: stale) { try? fm.removeItem(atPath: stale) }
            existing = []
            sink = format == .sqlite ? try SQLiteResultSink(partial: partial, final: path, keeping: 0)
                : try TextResultSink(partial: partial, final: path, format: format, keeping: 0)
            return
        }
        switch format {
        case .jsonl, .csv:
            let (digests, valid) = format == .csv ? try ResultsReadBack.csv(path: partial) : try ResultsReadBack.jsonl(path: partial)
            existing = digests
            sink = try TextResultSink(partial: partial, final: path, format: format, keeping: valid)
        case .sqlite:
            existing = try SQLiteResultSink.readBack(path: partial)
            sink = try SQLiteResultSink(partial: partial, final: path, keeping: existing.count)
        }
    }
}
