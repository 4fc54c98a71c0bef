/// A value bound to or read from a SQLite statement.
enum SQLiteValue: Equatable, Sendable {
    /// INTEGER.
    case integer(Int)
    /// REAL.
    case real(Double)
    /// TEXT.
    case text(String)
    /// NULL.
    case null

    /// `.text` or `.null`.
    static func text(_ s: String?) -> SQLiteValue { s.map { .text($0) } ?? .null }
    /// `.real` or `.null`.
    static func real(_ d: Double?) -> SQLiteValue { d.map { .real($0) } ?? .null }

    /// The text, if any.
    var string: String? { if case .text(let s) = self { return s } else { return nil } }
    /// The number as a Double, if any.
    var double: Double? {
        switch self {
        case .real(let d): d
        case .integer(let i): Double(i)
        default: nil
        }
    }
    /// The integer, if any.
    var integer: Int? { if case .integer(let i) = self { return i } else { return nil } }
}
