/// The shape of one `Lexicons/entries/*.json` file.
struct EntryFile: Codable {
    /// Must be 1.
    var schemaVersion: Int
    /// Default category of the entries.
    var category: String?
    /// The entries.
    var entries: [LexiconEntry]
}
