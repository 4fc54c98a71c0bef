import CSQLite3

/// The system SQLite behind a small Swift surface: the only file that imports it. Statements are
/// prepared once and reused; every C handle belongs to a class that finalises it in `deinit`.
final class SQLiteDatabase {
    /// A prepared statement.
    final class Statement {
        private let handle: OpaquePointer
        private let database: SQLiteDatabase

        fileprivate init(handle: OpaquePointer, database: SQLiteDatabase) {
            self.handle = handle
            self.database = database
        }

        deinit { sqlite3_finalize(handle) }

        /// Runs the statement once with `values` bound to its `?` parameters.
        /// - Complexity: O(1) per row written, plus the index updates.
        func run(_ values: [SQLiteValue]) throws(BatchError) {
            let (bindings, arena) = Self.bindings(values)
            try arena.withUnsafeBufferPointer { arena throws(BatchError) in try run(bindings[...], arena: arena) }
        }

        /// Runs the statement once with `bindings` bound to its `?` parameters, their text read in
        /// place from `arena` (no copy: the bytes outlive the step, and the next run binds anew).
        /// - Complexity: O(1) per row written, plus the index updates.
        func run(_ bindings: ArraySlice<SQLiteBinding>, arena: UnsafeBufferPointer<UInt8>) throws(BatchError) {
            try bind(bindings, arena: arena)
            let rc = sqlite3_step(handle)
            sqlite3_reset(handle)
            guard rc == SQLITE_DONE || rc == SQLITE_ROW else { throw database.error("step") }
        }

        /// Calls `body` with each result row's columns.
        func forEachRow(_ values: [SQLiteValue] = [], _ body: ([SQLiteValue]) -> Void) throws(BatchError) {
            let (bindings, arena) = Self.bindings(values)
            try arena.withUnsafeBufferPointer { arena throws(BatchError) in
                try bind(bindings[...], arena: arena)
                defer { sqlite3_reset(handle) }
                while true {
                    let rc = sqlite3_step(handle)
                    if rc == SQLITE_DONE { return }
                    guard rc == SQLITE_ROW else { throw database.error("query") }
                    body((0..<sqlite3_column_count(handle)).map(column))
                }
            }
        }

        private func column(_ i: Int32) -> SQLiteValue {
            switch sqlite3_column_type(handle, i) {
            case SQLITE_INTEGER: .integer(Int(sqlite3_column_int64(handle, i)))
            case SQLITE_FLOAT: .real(sqlite3_column_double(handle, i))
            case SQLITE_NULL: .null
            default: .text(sqlite3_column_text(handle, i).map { String(cString: $0) } ?? "")
            }
        }

        /// `values` as bindings over one arena of their texts.
        private static func bindings(_ values: [SQLiteValue]) -> ([SQLiteBinding], [UInt8]) {
            var arena: [UInt8] = []
            let bindings = values.map { v -> SQLiteBinding in
                switch v {
                case .integer(let n): return .integer(n)
                case .real(let d): return .real(d)
                case .null: return .null
                case .text(let s): return .text(s, in: &arena)
                }
            }
            return (bindings, arena)
        }

        private func bind(_ bindings: ArraySlice<SQLiteBinding>, arena: UnsafeBufferPointer<UInt8>) throws(BatchError) {
            // Parameters past `bindings` would keep the last run's values.
            if bindings.count < sqlite3_bind_parameter_count(handle) { sqlite3_clear_bindings(handle) }
            var i: Int32 = 1
            for b in bindings {
                let rc: Int32
                switch b {
                case .integer(let n): rc = sqlite3_bind_int64(handle, i, sqlite3_int64(n))
                case .real(let d): rc = sqlite3_bind_double(handle, i, d)
                case .null: rc = sqlite3_bind_null(handle, i)
                case .text(let start, let count):
                    // By length, so SQLite needs no strlen (and a NUL inside the text is kept).
                    if let base = arena.baseAddress, count > 0 {
                        let bytes = UnsafeRawPointer(base + Int(start)).assumingMemoryBound(to: CChar.self)
                        rc = sqlite3_bind_text(handle, i, bytes, count, SQLiteDatabase.staticDestructor)
                    } else {
                        rc = sqlite3_bind_text(handle, i, "", 0, SQLiteDatabase.transientDestructor)
                    }
                }
                guard rc == SQLITE_OK else { throw database.error("bind") }
                i += 1
            }
        }
    }

    /// SQLITE_TRANSIENT: SQLite copies the bound text (a C macro Swift cannot import).
    fileprivate static let transientDestructor = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    /// SQLITE_STATIC: SQLite reads the bound text where it is, until the statement is stepped and reset.
    fileprivate static let staticDestructor: sqlite3_destructor_type? = nil

    private var handle: OpaquePointer?
    /// The database file.
    let path: String

    /// Opens (creating when absent) the database at `path`.
    /// - Throws: `BatchError` (.output).
    init(path: String) throws(BatchError) {
        self.path = path
        // NOMUTEX: a connection is used by one thread at a time, so SQLite need not lock around every call.
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            handle = nil
            throw BatchError(.output, path: path, message: "cannot open as SQLite (\(message))")
        }
    }

    deinit { sqlite3_close(handle) }

    /// Runs one or more SQL statements that return no rows.
    func execute(_ sql: String) throws(BatchError) {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw error("exec") }
    }

    /// Prepares `sql` for repeated use.
    func prepare(_ sql: String) throws(BatchError) -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw error("prepare") }
        return Statement(handle: statement, database: self)
    }

    /// Closes the database; statements must be released first.
    func close() throws(BatchError) {
        guard sqlite3_close(handle) == SQLITE_OK else { throw error("close") }
        handle = nil
    }

    fileprivate func error(_ what: String) -> BatchError {
        BatchError(.output, path: path, message: "SQLite \(what) failed: \(handle.map { String(cString: sqlite3_errmsg($0)) } ?? "closed")")
    }
}
