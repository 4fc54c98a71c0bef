/// Short byte strings (element names, class words) interned to dense integer ids, so that SAX
/// callbacks can classify a name without building a `String` or hashing with SipHash.
///
/// Open addressing over a power-of-two slot array; names are stored back to back in one buffer.
struct ByteNameTable: Sendable {
    private var storage: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Room for a page's element names on top of the rules' without rehashing.
    private var slots: [Int32] = Array(repeating: -1, count: 512)

    /// The number of names interned.
    var count: Int { starts.count - 1 }

    /// Creates a table holding `names`, with ids in their order (duplicates keep the first id).
    init<S: Sequence>(_ names: S) where S.Element == String {
        for name in names {
            var name = name
            name.withUTF8 { _ = intern($0) }
        }
    }

    /// The id of `name`, or nil.
    /// - Complexity: O(name) expected.
    func id(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var s = Self.hash(name) & mask
        while true {
            let id = Int(slots[s])
            if id < 0 { return nil }
            if equals(id, name) { return id }
            s = (s + 1) & mask
        }
    }

    /// The id of `name`, adding it when new.
    /// - Complexity: O(name) amortised.
    mutating func intern(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        if let id = id(of: name) { return id }
        let id = count
        storage.append(contentsOf: name)
        starts.append(Int32(storage.count))
        if count * 2 > slots.count { rehash(slots.count * 2) } else { place(id, hash: Self.hash(name)) }
        return id
    }

    private func equals(_ id: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let lo = Int(starts[id]), hi = Int(starts[id + 1])
        guard hi - lo == name.count else { return false }
        return storage.withUnsafeBufferPointer { s in
            for k in 0..<name.count where s[lo + k] != name[k] { return false }
            return true
        }
    }

    private mutating func place(_ id: Int, hash: Int) {
        let mask = slots.count - 1
        var s = hash & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(id)
    }

    private mutating func rehash(_ size: Int) {
        slots = Array(repeating: -1, count: size)
        for id in 0..<count {
            let h = storage.withUnsafeBufferPointer {
                Self.hash(UnsafeBufferPointer(rebasing: $0[Int(starts[id])..<Int(starts[id + 1])]))
            }
            place(id, hash: h)
        }
    }

    /// FNV-1a; names are short, so a byte loop is enough.
    @inline(__always)
    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt32 = 2_166_136_261
        for b in name { h = (h ^ UInt32(b)) &* 16_777_619 }
        return Int(h)
    }
}
