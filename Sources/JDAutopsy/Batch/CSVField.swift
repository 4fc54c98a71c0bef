import Foundation

/// RFC 4180 quoting of one CSV field.
enum CSVField {
    /// `s` as a field: quoted (with quotes doubled) when it holds a comma, quote, CR or LF, else as is.
    /// - Complexity: O(n).
    static func quote(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line (CRLF-terminated, as RFC 4180 specifies) of `fields`.
    static func row(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }
}
