/// The JSONL form of a record that failed: `{"error": {...}, "id": "..."}`. Result lines carry
/// `schemaVersion` and error lines do not, so a reader tells them apart by either key.
struct ErrorRecord: Codable, Sendable {
    /// The record's id.
    var id: String
    /// Why it failed.
    var error: BatchFailure
}
