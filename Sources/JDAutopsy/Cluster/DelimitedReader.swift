import Foundation

/// Reads tab-separated (O*NET) and comma-separated (ESCO, corpora) files as downloaded.
///
/// CSV follows RFC 4180: fields may be quoted with `"`, quoted fields may hold separators, line
/// breaks and doubled quotes (`""`). TSV fields are never quoted. A UTF-8 byte-order mark is skipped.
enum DelimitedReader {
    /// One record: its fields and the line it starts on.
    struct Record {
        var fields: [String]
        var line: Int
    }

    /// Reads the file at `path`.
    /// - Throws: `DataFileError` naming the file (and the line of an unterminated quote).
    static func read(_ path: String, separator: UInt8, quoted: Bool) throws(DataFileError) -> [Record] {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw DataFileError(file: path, kind: .unreadable, reason: exists ? "cannot be read" : "no such file")
        }
        return try parse([UInt8](data), separator: separator, quoted: quoted, path: path)
    }

    /// Parses `bytes`.
    /// - Complexity: O(n).
    static func parse(_ bytes: [UInt8], separator: UInt8, quoted: Bool, path: String) throws(DataFileError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var inQuotes = false, quoteLine = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
            fields.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let c = bytes[i]
            if inQuotes {
                if c == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                    inQuotes = false
                } else {
                    if c == 0x0A { line += 1 }
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case 0x22 where quoted && field.isEmpty:
                inQuotes = true
                quoteLine = line
            case separator:
                endField()
            case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A:
                break
            case 0x0A:
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
            i += 1
        }
        if inQuotes { throw DataFileError(file: path, line: quoteLine, reason: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// The index of each of `names` in `header`.
    /// - Throws: `DataFileError` naming the first missing column.
    static func columns(_ names: [String], in header: Record?, path: String) throws(DataFileError) -> [Int] {
        guard let header else { throw DataFileError(file: path, reason: "the file is empty") }
        var result: [Int] = []
        for n in names {
            guard let i = header.fields.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == n }) else {
                throw DataFileError(file: path, line: header.line, reason: "missing column \"\(n)\" in the header")
            }
            result.append(i)
        }
        return result
    }
}
