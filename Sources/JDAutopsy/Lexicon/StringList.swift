/// An immutable list of strings: held in memory, or read from the lexicon cache on access.
///
/// The lexicon's ≈6,000 technology names are needed a few at a time (the ones a posting names), so a
/// start decodes none of them; each read decodes one.
public struct StringList: RandomAccessCollection, Sendable, Equatable {
    private enum Storage: Sendable {
        case array([String])
        case mapped(MappedFile, offsets: [Int])
    }

    private let storage: Storage

    /// Strings held in memory.
    init(_ strings: [String]) {
        storage = .array(strings)
    }

    /// The strings `CacheFileWriter.strings` wrote at the reader's position; the reader moves past them.
    /// - Throws: `CacheFileReader.Truncated` when they run past the end.
    /// - Complexity: O(count), without decoding any string.
    init(reading r: inout CacheFileReader) throws {
        let n = Int(try r.u32())
        var offsets: [Int] = []
        offsets.reserveCapacity(n)
        for _ in 0..<n {
            offsets.append(r.offset)
            try r.skip(Int(try r.u32()))
        }
        storage = .mapped(r.mappedFile, offsets: offsets)
    }

    /// 0.
    public var startIndex: Int { 0 }

    /// The number of strings.
    public var endIndex: Int {
        switch storage {
        case .array(let a): a.count
        case .mapped(_, let offsets): offsets.count
        }
    }

    /// The string at `position`.
    /// - Complexity: O(its length).
    public subscript(position: Int) -> String {
        switch storage {
        case .array(let a): return a[position]
        case .mapped(let file, let offsets):
            // Bounds were checked when the list was read.
            var r = CacheFileReader(file, range: offsets[position]..<file.bytes.count)
            return (try? r.string()) ?? ""
        }
    }

    /// Element-by-element equality, whatever the storage.
    public static func == (a: StringList, b: StringList) -> Bool { a.elementsEqual(b) }
}
