import Foundation

/// Streams the records of a batch's inputs in a fixed order: each INPUT in turn; a directory's
/// files in path order; a JSONL file line by line; a CSV file row by row. Holds one record (and
/// one read buffer) at a time, so memory does not grow with the corpus.
///
/// Each input by its shape: `-` is JSONL on standard input; a directory is walked recursively
/// (filtered by `CorpusOptions.globs`); `*.jsonl`, `*.ndjson` are JSONL; `*.csv` is CSV with a
/// header; any other file is one posting (HTML, JSON, JSON-LD, Markdown, text) whose id is its path.
///
/// Not thread-safe: one thread reads (the batch runner hands it to its reading thread).
public final class CorpusReader: @unchecked Sendable {
    // @unchecked: confined to one thread at a time, as documented above.
    private enum Stream {
        case jsonl(ByteSource, file: String, line: Int)
        case csv(CSVParser, CSVColumns, file: String)
    }

    /// The options in force.
    public let options: CorpusOptions
    private var inputs: [String]          // reversed: last = next
    private var walker: DirectoryWalker?
    private var stream: Stream?
    private var ordinal = 0
    /// Read every INPUT file that is not a `.csv` as JSONL, whatever its extension.
    private let filesAreJSONL: Bool

    /// Prepares to read `inputs`.
    /// - Throws: `CorpusInputError` when an input is missing, or a CSV input lacks a column asked for —
    ///   checked before any record is read.
    public convenience init(inputs: [String], options: CorpusOptions) throws(CorpusInputError) {
        try self.init(inputs: inputs, options: options, filesAreJSONL: false)
    }

    /// Prepares to read `inputs`; with `filesAreJSONL`, an input file (not one inside a directory)
    /// that is not a `.csv` is read as JSONL whatever its extension (the `cluster` corpus argument).
    init(inputs: [String], options: CorpusOptions, filesAreJSONL: Bool) throws(CorpusInputError) {
        self.options = options
        self.filesAreJSONL = filesAreJSONL
        var stdinCount = 0
        for input in inputs {
            if input == "-" { stdinCount += 1; continue }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
                throw CorpusInputError(path: input, message: "no such file or directory", isMissing: true)
            }
            guard isDir.boolValue || FileManager.default.isReadableFile(atPath: input) else {
                throw CorpusInputError(path: input, message: "cannot be read (permission denied)", isMissing: true)
            }
            if !isDir.boolValue, Self.shape(of: input) == .csv {
                guard let source = ByteSource(path: input) else {
                    throw CorpusInputError(path: input, message: "cannot be opened", isMissing: true)
                }
                var parser = CSVParser(source: source, limit: options.maxRecordBytes)
                _ = try CSVColumns(header: parser.next(), options: options, file: input)
            }
        }
        if stdinCount > 1 {
            throw CorpusInputError(path: "-", message: "standard input given more than once", isMissing: false)
        }
        self.inputs = inputs.reversed()
    }

    /// The total size in bytes of the inputs that are plain files, or nil when any is a directory
    /// or standard input (then no ETA can be given).
    public var knownTotalBytes: Int? {
        var total = 0
        for input in inputs {
            var isDir: ObjCBool = false
            guard input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDir), !isDir.boolValue,
                  let size = (try? FileManager.default.attributesOfItem(atPath: input))?[.size] as? Int else { return nil }
            total += size
        }
        return total
    }

    /// How a file is read.
    enum Shape { case jsonl, csv, document }

    /// The shape of the file at `path` as this reader reads it; `given` when it is an INPUT itself.
    private func shape(of path: String, given: Bool) -> Shape {
        let shape = Self.shape(of: path)
        return filesAreJSONL && given && shape == .document ? .jsonl : shape
    }

    /// The shape of the file at `path`, by its extension.
    static func shape(of path: String) -> Shape {
        if path == "-" { return .jsonl }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "jsonl", "ndjson", "jsonlines": return .jsonl
        case "csv": return .csv
        default: return .document
        }
    }

    /// The next record, or nil when every input is exhausted.
    /// - Complexity: O(n) in the record's size.
    public func next() -> CorpusRecord? {
        while true {
            if let record = nextFromStream() { return record }
            if var w = walker {
                let path = w.next()
                walker = w
                if let path { if let r = open(path, given: false) { return r } else { continue } }
                walker = nil
            }
            guard let input = inputs.popLast() else { return nil }
            var isDir: ObjCBool = false
            if input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDir), isDir.boolValue {
                walker = DirectoryWalker(root: input, globs: options.globs)
                continue
            }
            if let r = open(input, given: true) { return r }
        }
    }

    /// Starts reading `path` (`given`: an INPUT, not a file found in a directory): returns its record
    /// when it is one posting, else opens its stream.
    private func open(_ path: String, given: Bool) -> CorpusRecord? {
        switch shape(of: path, given: given) {
        case .document:
            return make(id: path, file: path, line: nil, payload: readDocument(path))
        case .jsonl:
            guard let source = ByteSource(path: path) else { return unopenable(path) }
            stream = .jsonl(source, file: path, line: 0)
            return nil
        case .csv:
            guard let source = ByteSource(path: path) else { return unopenable(path) }
            var parser = CSVParser(source: source, limit: options.maxRecordBytes)
            do {
                let columns = try CSVColumns(header: parser.next(), options: options, file: path)
                stream = .csv(parser, columns, file: path)
                return nil
            } catch {
                let e = ExtractionError(.wrongShape, source: path, line: 1, message: error.message)
                return make(id: path, file: path, line: 1, payload: .failure(e))
            }
        }
    }

    private func unopenable(_ path: String) -> CorpusRecord {
        let e = ExtractionError(.unreadable, source: path, message: "cannot be opened (\(String(cString: strerror(errno))))")
        return make(id: path, file: path, line: nil, payload: .failure(e))
    }

    private func readDocument(_ path: String) -> CorpusRecord.Payload {
        do {
            let bytes = try InputFile.read(path: path, limit: options.maxRecordBytes)
            return .document(bytes: bytes, pathExtension: URL(fileURLWithPath: path).pathExtension.lowercased(), title: nil)
        } catch {
            return .failure(error)
        }
    }

    private func make(id: String, file: String, line: Int?, payload: CorpusRecord.Payload, bytes: Int? = nil) -> CorpusRecord {
        let size: Int
        if let bytes { size = bytes } else if case .document(let b, _, _) = payload { size = b.count } else { size = 0 }
        defer { ordinal += 1 }
        return CorpusRecord(ordinal: ordinal, id: id, file: file, line: line, payload: payload, byteCount: size)
    }

    private func nextFromStream() -> CorpusRecord? {
        switch stream {
        case nil:
            return nil
        case .jsonl(let source, let file, var line)?:
            let before = source.consumed
            guard let (bytes, tooLong) = source.nextLine(limit: options.maxRecordBytes) else {
                stream = nil
                return source.readError.map { failure(file, line: line + 1, .unreadable, "read error: \($0)", bytes: 0) }
            }
            line += 1
            stream = .jsonl(source, file: file, line: line)
            let size = source.consumed - before
            if tooLong {
                return failure(file, line: line, .tooLarge, "line is longer than the \(options.maxRecordBytes)-byte limit", bytes: size)
            }
            return make(id: "\(file):\(line)", file: file, line: line, payload: .jsonLine(bytes), bytes: size)
        case .csv(var parser, let columns, let file)?:
            guard let row = parser.next() else { stream = nil; return nil }
            stream = .csv(parser, columns, file: file)
            return columns.record(from: row, file: file) { id, line, payload in make(id: id, file: file, line: line, payload: payload, bytes: row.byteCount) }
        }
    }

    private func failure(_ file: String, line: Int, _ reason: ExtractionError.Reason, _ message: String, bytes: Int) -> CorpusRecord {
        make(id: "\(file):\(line)", file: file, line: line, payload: .failure(ExtractionError(reason, source: file, line: line, message: message)), bytes: bytes)
    }
}
