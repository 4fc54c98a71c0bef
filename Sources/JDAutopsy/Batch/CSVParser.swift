/// Reads RFC 4180 CSV records from a byte source: comma-separated fields, CRLF or LF record ends,
/// double-quoted fields that may hold commas, doubled quotes and line breaks.
///
/// Lenient where RFC 4180 is silent and common files differ: a quote inside an unquoted field is
/// kept as is, and text after a closing quote is appended to the field. An unterminated quote at
/// the end of the input makes the last row `malformed`.
struct CSVParser {
    /// One record.
    struct Row {
        /// The fields' bytes (still UTF-8 or whatever the file holds).
        var fields: [[UInt8]]
        /// 1-based line where the record starts.
        var line: Int
        /// Set when the row is broken (unterminated quote) — the fields are then unreliable.
        var malformed: String?
        /// True when the row exceeded the byte limit; `fields` is then empty.
        var tooLong: Bool
        /// Bytes of input the row spans, its line break included.
        var byteCount = 0
        /// True when a line break ended the row (false when the input ended first).
        var terminated = false
    }

    private let source: ByteSource
    private let limit: Int
    private var line = 1

    /// Reads from `source`, refusing rows longer than `limit` bytes.
    init(source: ByteSource, limit: Int) {
        self.source = source
        self.limit = limit
    }

    /// The next record, or nil at the end of the input. Blank lines between records are skipped.
    /// - Complexity: O(n) in the record's length.
    mutating func next() -> Row? {
        // Skip blank lines (a lone CR or LF) before a record.
        while let b = source.peekByte(), b == 0x0A || b == 0x0D {
            _ = source.nextByte()
            if b == 0x0A { line += 1 }
        }
        guard source.peekByte() != nil else { return nil }
        let before = source.consumed
        var row = Row(fields: [], line: line, malformed: nil, tooLong: false)
        var field: [UInt8] = []
        var size = 0
        var quoted = false     // inside a quoted section
        var wasQuoted = false  // the field opened with a quote
        func keep(_ b: UInt8) {
            size += 1
            if size > limit { row.tooLong = true }
            if !row.tooLong { field.append(b) }
        }
        while true {
            guard let b = source.nextByte() else {
                if quoted { row.malformed = "unterminated quoted field (a \" opened on line \(row.line) is never closed)" }
                break
            }
            if quoted {
                if b == 0x22 {
                    if source.peekByte() == 0x22 { _ = source.nextByte(); keep(0x22) } else { quoted = false }
                } else {
                    if b == 0x0A { line += 1 }
                    keep(b)
                }
                continue
            }
            switch b {
            case 0x22 where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
            case 0x2C:
                row.fields.append(field)
                field = []
                wasQuoted = false
            case 0x0D where source.peekByte() == 0x0A:
                continue
            case 0x0A:
                line += 1
                row.fields.append(field)
                if row.tooLong { row.fields = [] }
                row.byteCount = source.consumed - before
                row.terminated = true
                return row
            default:
                keep(b)
            }
        }
        row.fields.append(field)
        if row.tooLong { row.fields = [] }
        row.byteCount = source.consumed - before
        return row
    }
}
