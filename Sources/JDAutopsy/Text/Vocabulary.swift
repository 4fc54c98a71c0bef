/// The token vocabulary of a compiled lexicon: byte strings → dense ids. Immutable once built.
public struct Vocabulary: Sendable {
    private(set) var table = ByteTable()

    /// Creates an empty vocabulary.
    public init() {}

    /// Wraps a restored table.
    init(table: ByteTable) {
        self.table = table
    }

    /// The number of distinct tokens.
    public var count: Int { table.count }

    /// The id of `bytes[lo..<hi]`, or -1.
    @inline(__always)
    func id(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int32 {
        table.lookup(bytes, lo, hi)
    }

    /// The id of `token`, adding it when new.
    mutating func intern(_ token: [UInt8]) -> Int32 { table.intern(token) }

    /// The id of `bytes[lo..<hi]`, adding it when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int32 { table.intern(bytes, lo, hi) }

    /// The text of token `id`.
    public func text(of id: Int32) -> String { String(decoding: table.key(id), as: UTF8.self) }
}
