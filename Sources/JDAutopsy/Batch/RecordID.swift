/// Reads the stable id of a JSONL record: its `id` field (a string or a whole number), else a
/// JSON-LD JobPosting's `identifier` (a string, or an object's `value`), else the fallback
/// `file:line`. An empty or malformed line keeps the fallback.
enum RecordID {
    /// The id of a parsed JSONL line (nil when it did not parse), or `fallback`.
    static func of(_ value: JSONValue?, fallback: String) -> String {
        guard let value else { return fallback }
        if let id = scalar(value["id"]) ?? scalar(value["_id"]) { return id }
        if let job = JobPostingLD.find(in: value), let id = identifier(job.object["identifier"]) { return id }
        return fallback
    }

    private static func identifier(_ v: JSONValue?) -> String? {
        scalar(v) ?? scalar(v?["value"]) ?? scalar(v?["@id"])
    }

    private static func scalar(_ v: JSONValue?) -> String? {
        switch v {
        case .string(let s, _)?:
            let t = s.trimmingWhitespace()
            return t.isEmpty ? nil : t
        case .number(let d)? where d.rounded() == d && abs(d) < 1e15:
            return String(Int64(d))
        default:
            return nil
        }
    }
}
