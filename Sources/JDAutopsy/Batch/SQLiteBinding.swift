/// A value of a record's `SQLiteRows`, bound to a statement without reference counting: numbers
/// inline, text as a byte range of the rows' arena.
enum SQLiteBinding: Sendable, Equatable {
    /// INTEGER.
    case integer(Int)
    /// REAL.
    case real(Double)
    /// TEXT: `count` UTF-8 bytes of the arena from `start`.
    case text(start: Int32, count: Int32)
    /// NULL.
    case null

    /// `.real` or `.null`.
    static func real(_ d: Double?) -> SQLiteBinding { d.map { .real($0) } ?? .null }

    /// `s` appended to `arena` and bound as its bytes there.
    static func text(_ s: String, in arena: inout [UInt8]) -> SQLiteBinding {
        let start = arena.count
        arena.append(contentsOf: s.utf8)
        return .text(start: Int32(start), count: Int32(arena.count - start))
    }
}
