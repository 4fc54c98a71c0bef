/// How the inputs of a batch are read: which files of a directory, and which CSV columns.
public struct CorpusOptions: Sendable, Equatable {
    /// Shell patterns selecting files inside directories (any may match); empty selects all.
    public var globs: [String]
    /// CSV column holding the posting text (HTML or plain); nil picks the first of
    /// text, description, html, body, content, job_description.
    public var textColumn: String?
    /// CSV column holding the id; nil uses an `id` column when there is one, else `file:line`.
    public var idColumn: String?
    /// CSV column holding the title; nil uses a `title` column when there is one.
    public var titleColumn: String?
    /// Largest record accepted, in bytes; longer lines or rows become `tooLarge` error records.
    public var maxRecordBytes: Int

    /// Creates options; the defaults read any directory file and guess CSV columns.
    public init(globs: [String] = [], textColumn: String? = nil, idColumn: String? = nil, titleColumn: String? = nil,
                maxRecordBytes: Int = 64 << 20) {
        self.globs = globs
        self.textColumn = textColumn
        self.idColumn = idColumn
        self.titleColumn = titleColumn
        self.maxRecordBytes = maxRecordBytes
    }
}
