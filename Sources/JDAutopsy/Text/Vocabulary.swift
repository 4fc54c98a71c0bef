/// The token vocabulary of a compiled lexicon: byte strings → dense ids. Immutable once built.
public struct Vocabulary: Sendable {
    private(set) var table = ByteTable()
    /// The id of each one-byte ASCII token (-1 when absent), derived from `table`: punctuation
    /// is a fifth of all tokens, and this lookup never leaves L1 cache.
    private var asciiIDs = [Int32](repeating: -1, count: 128)

    /// Creates an empty vocabulary.
    public init() {}

    /// Wraps a restored table.
    init(table: ByteTable) {
        self.table = table
        for c in 0..<128 { asciiIDs[c] = [UInt8(c)].withUnsafeBufferPointer { table.lookup($0, 0, 1) } }
    }

    /// The id of the one-byte token `c` (ASCII), or -1.
    @inline(__always)
    func id(ascii c: UInt8) -> Int32 { asciiIDs[Int(c & 0x7F)] }

    /// The number of distinct tokens.
    public var count: Int { table.count }

    /// The id of `bytes[lo..<hi]`, or -1.
    @inline(__always)
    func id(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int32 {
        table.lookup(bytes, lo, hi)
    }

    /// The id of `token`, adding it when new.
    mutating func intern(_ token: [UInt8]) -> Int32 {
        token.withUnsafeBufferPointer { intern($0, 0, $0.count) }
    }

    /// The id of `bytes[lo..<hi]`, adding it when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int32 {
        let id = table.intern(bytes, lo, hi)
        if hi - lo == 1, bytes[lo] < 0x80 { asciiIDs[Int(bytes[lo])] = id }
        return id
    }

    /// The text of token `id`.
    public func text(of id: Int32) -> String { String(decoding: table.key(id), as: UTF8.self) }
}
