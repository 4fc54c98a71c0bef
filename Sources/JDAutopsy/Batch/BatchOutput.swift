import Foundation

/// The results destination of a run: standard output, or `OUT.partial` renamed to `OUT` on success.
///
/// Two steps, so a refused `--resume` changes nothing: `init` only reads back what a resumed output
/// already holds (from `OUT.partial`, else a finished `OUT`); `openSink()` then moves and opens files.
struct BatchOutput {
    /// How many records are already there (0 unless resuming).
    let existingCount: Int
    private let path: String
    private let format: BatchFormat
    private let resumeFrom: String?
    private let validBytes: Int

    /// The temporary name of `path` while a run writes it.
    static func partialPath(_ path: String) -> String { path + ".partial" }

    /// Plans writing `path` ("-" for standard output) as `format`, reading back what `resume` continues:
    /// `visit` gets each record already there, in input order.
    /// - Throws: `BatchError` — `.resume` for `--resume` with standard output, `.output` when a file cannot be read,
    ///   and whatever `visit` throws.
    init(path: String, format: BatchFormat, resume: Bool, visit: (RecordDigest) throws(BatchError) -> Void) throws(BatchError) {
        self.path = path
        self.format = format
        if path == "-" {
            guard !resume else { throw BatchError(.resume, path: "-", message: "--resume needs --out FILE (standard output cannot be continued)") }
            guard format != .sqlite else { throw BatchError(.output, path: "-", message: "SQLite cannot be written to standard output; use --out FILE.sqlite") }
        }
        let partial = Self.partialPath(path)
        let fm = FileManager.default
        resumeFrom = !resume || path == "-" ? nil : fm.fileExists(atPath: partial) ? partial : fm.fileExists(atPath: path) ? path : nil
        guard let from = resumeFrom else {
            existingCount = 0
            validBytes = 0
            return
        }
        switch format {
        case .jsonl:
            (existingCount, validBytes) = try ResultsReadBack.jsonl(path: from, visit: visit)
        case .csv:
            (existingCount, validBytes) = try ResultsReadBack.csv(path: from, visit: visit)
        case .sqlite:
            existingCount = try SQLiteResultSink.readBack(path: from, visit: visit)
            validBytes = 0
        }
    }

    /// Opens the sink: continues the resumed file after its complete records, or starts afresh
    /// (removing a stale `OUT.partial`).
    func openSink() throws(BatchError) -> any ResultSink {
        if path == "-" { return try TextResultSink(stdoutFormat: format) }
        let partial = Self.partialPath(path)
        if resumeFrom == path, rename(path, partial) != 0 {
            throw BatchError(.output, path: path, message: "cannot move to \(partial) to resume (\(String(cString: strerror(errno))))")
        }
        if resumeFrom == nil {
            for stale in [partial, partial + "-journal"] where FileManager.default.fileExists(atPath: stale) {
                try? FileManager.default.removeItem(atPath: stale)
            }
        }
        switch format {
        case .sqlite: return try SQLiteResultSink(partial: partial, final: path, keeping: existingCount)
        case .jsonl, .csv: return try TextResultSink(partial: partial, final: path, format: format, keeping: validBytes)
        }
    }
}
