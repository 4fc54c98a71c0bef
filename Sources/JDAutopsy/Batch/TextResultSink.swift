import Foundation

/// Writes JSONL or CSV results, to standard output or to `OUT.partial` renamed to `OUT` on success.
final class TextResultSink: ResultSink {
    private let writer: FileDescriptorWriter
    private let partial: String?
    private let final: String?

    /// Writes to standard output (`--out -`).
    init(stdoutFormat format: BatchFormat) throws(BatchError) {
        writer = FileDescriptorWriter(fd: STDOUT_FILENO, owns: false, name: "standard output", flushAt: 1 << 16)
        partial = nil
        final = nil
        if format == .csv { try writer.write(Array(CSVHeadline.header.utf8)) }
    }

    /// Writes to `partial`, keeping its first `keeping` bytes (what a resumed run already wrote).
    init(partial: String, final: String, format: BatchFormat, keeping: Int) throws(BatchError) {
        writer = try FileDescriptorWriter.open(path: partial, keeping: keeping)
        self.partial = partial
        self.final = final
        if format == .csv && keeping == 0 { try writer.write(Array(CSVHeadline.header.utf8)) }
    }

    func write(_ record: ScoredRecord) throws(BatchError) {
        try writer.write(record.encoded)
    }

    func checkpoint() throws(BatchError) {
        try writer.flush()
    }

    func finish(run: RunMetadata, complete: Bool) throws(BatchError) {
        try writer.close()
        guard complete, let partial, let final else { return }
        guard rename(partial, final) == 0 else {
            throw BatchError(.output, path: final, message: "cannot rename \(partial) to it (\(String(cString: strerror(errno))))")
        }
    }
}
