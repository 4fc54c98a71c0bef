import Foundation

/// Writes results into a SQLite database (`OUT.partial`, renamed to `OUT` on success):
///
/// - `postings`: one row per input (`ordinal` = input order), scored or error, with headline figures;
/// - `findings`: one row per finding (`ordinal`, `idx`), with entry, category, phrase and line:column;
/// - `sentences`: one row per sentence with its vagueness;
/// - `runs`: the run-metadata records, one per run (a resumed corpus has several).
///
/// Findings and sentences name their posting by `ordinal` alone (`JOIN postings USING (ordinal)` gives
/// its id): no row repeats the id, and no index is built over it.
///
/// Records are committed in transactions of `batchSize`, so an interrupted file holds whole records only;
/// the indexes are built when the run finishes, interrupted or not.
final class SQLiteResultSink: ResultSink {
    static let schema = """
    CREATE TABLE IF NOT EXISTS postings (
      ordinal INTEGER PRIMARY KEY, id TEXT NOT NULL, status TEXT NOT NULL, error_reason TEXT, error_message TEXT,
      title TEXT, source_kind TEXT, vagueness REAL, band TEXT, words INTEGER, finding_count INTEGER, sentence_count INTEGER,
      top_category TEXT, flight_risk REAL, salary_min REAL, salary_max REAL, salary_currency TEXT, must_haves INTEGER,
      nice_to_haves INTEGER, min_years REAL, reading_ease REAL);
    CREATE TABLE IF NOT EXISTS findings (
      ordinal INTEGER NOT NULL, idx INTEGER NOT NULL, entry_id TEXT NOT NULL, category TEXT NOT NULL,
      severity TEXT NOT NULL, phrase TEXT NOT NULL, text TEXT NOT NULL, line INTEGER, col INTEGER, sentence INTEGER, weight REAL,
      PRIMARY KEY (ordinal, idx)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS sentences (
      ordinal INTEGER NOT NULL, idx INTEGER NOT NULL, block INTEGER, line INTEGER, col INTEGER,
      text TEXT NOT NULL, score REAL, finding_count INTEGER, PRIMARY KEY (ordinal, idx)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS runs (
      run INTEGER PRIMARY KEY, started_at TEXT, finished_at TEXT, status TEXT, version TEXT, schema_version INTEGER,
      jobs INTEGER, inputs TEXT, resumed_records INTEGER, records INTEGER, scored INTEGER, errors INTEGER, wall_seconds REAL);
    """

    /// The secondary indexes (name, table and column), built once in `finish` — one sorted bulk build
    /// instead of three B-tree updates per row — and dropped while a resumed file takes its new rows.
    static let indexes = [
        ("postings_id", "postings(id)"), ("postings_vagueness", "postings(vagueness)"), ("findings_entry", "findings(entry_id)"),
    ]

    private var database: SQLiteDatabase?
    private var insertPosting: SQLiteDatabase.Statement?
    private var insertFinding: SQLiteDatabase.Statement?
    private var insertSentence: SQLiteDatabase.Statement?
    /// The same inserts, `rowsPerInsert` rows a statement: a posting's findings and sentences go in
    /// that many at a time (the rest one by one), so SQLite runs a statement per 16 rows, not per row.
    private var insertFindings: SQLiteDatabase.Statement?
    private var insertSentences: SQLiteDatabase.Statement?
    private static let rowsPerInsert = 16
    private let partial: String
    private let final: String
    private var inTransaction = false
    private var uncommitted = 0
    private let batchSize = 500

    /// Opens `partial` (creating the schema), dropping any rows at or after `keeping` ordinals.
    init(partial: String, final: String, keeping: Int) throws(BatchError) {
        self.partial = partial
        self.final = final
        let db = try SQLiteDatabase(path: partial)
        try db.execute("PRAGMA journal_mode=DELETE; PRAGMA synchronous=NORMAL;")
        try db.execute(Self.schema)
        var columns: [String] = []
        try db.prepare("SELECT name FROM pragma_table_info('findings')").forEachRow { columns.append($0[0].string ?? "") }
        guard !columns.contains("posting_id") else {
            throw BatchError(.output, path: partial, message: "was written by an earlier jdautopsy (findings.posting_id); score the corpus again without --resume")
        }
        try db.execute(Self.indexes.map { "DROP INDEX IF EXISTS \($0.0);" }.joined())
        try db.execute("DELETE FROM findings WHERE ordinal >= \(keeping); DELETE FROM sentences WHERE ordinal >= \(keeping); DELETE FROM postings WHERE ordinal >= \(keeping);")
        insertPosting = try db.prepare(Self.insert(into: "postings", columns: SQLiteRows.postingColumns, rows: 1))
        insertFinding = try db.prepare(Self.insert(into: "findings", columns: SQLiteRows.findingColumns, rows: 1))
        insertSentence = try db.prepare(Self.insert(into: "sentences", columns: SQLiteRows.sentenceColumns, rows: 1))
        insertFindings = try db.prepare(Self.insert(into: "findings", columns: SQLiteRows.findingColumns, rows: Self.rowsPerInsert))
        insertSentences = try db.prepare(Self.insert(into: "sentences", columns: SQLiteRows.sentenceColumns, rows: Self.rowsPerInsert))
        database = db
    }

    /// Hands the digests of the records in an existing database to `visit`, in input order, one at a
    /// time (each posting's findings by its primary key); returns how many there were.
    /// - Complexity: O(n) in the rows.
    static func readBack(path: String, visit: (RecordDigest) throws(BatchError) -> Void) throws(BatchError) -> Int {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw BatchError(.output, path: path, message: "cannot be read back for --resume")
        }
        let db = try SQLiteDatabase(path: path)
        let findings = try db.prepare("SELECT entry_id, phrase FROM findings WHERE ordinal = ? ORDER BY idx")
        var count = 0
        var failure: BatchError?
        try db.prepare("SELECT ordinal, id, title, vagueness, status, error_reason FROM postings ORDER BY ordinal").forEachRow { row in
            guard failure == nil else { return }
            let failed = row[4].string == "error"
            var d = RecordDigest(id: row[1].string ?? "", title: row[2].string, score: failed ? nil : row[3].double,
                                 failureReason: failed ? row[5].string ?? "unknown" : nil, entryIDs: [], phrases: [])
            do throws(BatchError) {
                try findings.forEachRow([row[0]]) { f in
                    d.entryIDs.append(f[0].string ?? "")
                    d.phrases.append(f[1].string ?? "")
                }
                try visit(d)
                count += 1
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return count
    }

    /// `INSERT INTO table VALUES (?,…),…` for `rows` rows of `columns`.
    private static func insert(into table: String, columns: Int, rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        return "INSERT INTO \(table) VALUES " + Array(repeating: row, count: rows).joined(separator: ",")
    }

    /// Inserts `values`, rows of `columns` one after another, `rowsPerInsert` at a time through `many`
    /// and the rest through `one`, in order.
    private static func insert(_ values: [SQLiteBinding], arena: UnsafeBufferPointer<UInt8>, columns: Int,
                               one: SQLiteDatabase.Statement, many: SQLiteDatabase.Statement) throws(BatchError) {
        let chunk = rowsPerInsert * columns
        var start = 0
        while values.count - start >= chunk {
            try many.run(values[start..<start + chunk], arena: arena)
            start += chunk
        }
        while start < values.count {
            try one.run(values[start..<start + columns], arena: arena)
            start += columns
        }
    }

    func write(_ record: ScoredRecord) throws(BatchError) {
        guard let database, let insertPosting, let insertFinding, let insertSentence, let insertFindings, let insertSentences else { return }
        if !inTransaction { try database.execute("BEGIN"); inTransaction = true }
        // Workers make the rows; a record without them still gets its row (never dropped).
        let rows = record.rows ?? SQLiteRows(ordinal: record.ordinal, digest: record.digest, failure: record.failure)
        try rows.arena.withUnsafeBufferPointer { arena throws(BatchError) in
            try insertPosting.run(rows.posting[...], arena: arena)
            try Self.insert(rows.findings, arena: arena, columns: SQLiteRows.findingColumns, one: insertFinding, many: insertFindings)
            try Self.insert(rows.sentences, arena: arena, columns: SQLiteRows.sentenceColumns, one: insertSentence, many: insertSentences)
        }
        uncommitted += 1
        if uncommitted >= batchSize { try checkpoint() }
    }

    func checkpoint() throws(BatchError) {
        guard inTransaction, let database else { return }
        try database.execute("COMMIT")
        inTransaction = false
        uncommitted = 0
    }

    func finish(run: RunMetadata, complete: Bool) throws(BatchError) {
        try checkpoint()
        guard let database else { return }
        // The index sorts may use the scoring threads, idle by now.
        try database.execute("PRAGMA threads=\(max(1, run.jobs));" + Self.indexes.map { "CREATE INDEX IF NOT EXISTS \($0.0) ON \($0.1);" }.joined())
        let inputs = String(decoding: (try? JSONEncoder().encode(run.inputs)) ?? Data("[]".utf8), as: UTF8.self)
        try database.prepare("INSERT INTO runs (started_at, finished_at, status, version, schema_version, jobs, inputs, resumed_records, records, scored, errors, wall_seconds) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)").run([
            .text(run.startedAt), .text(run.finishedAt), .text(run.status), .text(run.version), .integer(run.schemaVersion),
            .integer(run.jobs), .text(inputs), .integer(run.resumedRecords), .integer(run.records), .integer(run.scored),
            .integer(run.errors), .real(run.wallSeconds),
        ])
        insertPosting = nil
        insertFinding = nil
        insertSentence = nil
        insertFindings = nil
        insertSentences = nil
        self.database = nil
        try database.close()
        guard complete else { return }
        guard rename(partial, final) == 0 else {
            throw BatchError(.output, path: final, message: "cannot rename \(partial) to it (\(String(cString: strerror(errno))))")
        }
    }
}
