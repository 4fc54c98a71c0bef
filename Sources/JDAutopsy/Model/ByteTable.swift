/// An interning table from byte strings to dense integer ids, looked up without allocating: the token
/// vocabulary, TF-IDF vocabularies and HTML element names.
///
/// Keys live in one arena; lookups hash a slice of a caller's buffer (8 bytes at a time) and probe an
/// open-addressing table, so tokenising never builds a `String` or `Array` per token.
struct ByteTable: Sendable {
    private(set) var arena: [UInt8] = []
    private(set) var starts: [Int32] = []
    private(set) var lengths: [Int32] = []
    private(set) var slots: [Int32]  // id + 1, 0 = empty
    private(set) var hashes: [UInt64] = []
    /// Derived from `slots`: each occupied slot packed as (id + 1) << 40 | length << 32 | start,
    /// so a probe reads one word and then the key bytes (ids past 2^24 − 2 and lengths past 254
    /// are saturated and read from `slots` / `lengths`).
    private var probe: [UInt64]
    private var mask: Int

    /// Creates an empty table.
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        probe = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// Restores a table from its arrays (see `LexiconCache`); nil when they are inconsistent.
    init?(arena: [UInt8], starts: [Int32], lengths: [Int32], slots: [Int32], hashes: [UInt64]) {
        guard slots.count >= 16, slots.count & (slots.count - 1) == 0 else { return nil }
        guard starts.count == lengths.count, starts.count == hashes.count else { return nil }
        for i in starts.indices {
            let s = Int(starts[i]), n = Int(lengths[i])
            if s < 0 || n < 0 || s + n > arena.count { return nil }
        }
        let limit = Int32(starts.count)
        for v in slots where v < 0 || v > limit { return nil }
        self.arena = arena
        self.starts = starts
        self.lengths = lengths
        self.slots = slots
        self.hashes = hashes
        self.mask = slots.count - 1
        probe = [UInt64](repeating: 0, count: slots.count)
        for (slot, v) in slots.enumerated() where v != 0 { probe[slot] = pack(Int(v - 1)) }
    }

    @inline(__always)
    private func pack(_ id: Int) -> UInt64 {
        UInt64(min(id + 1, 0xFFFFFF)) << 40 | UInt64(min(Int(lengths[id]), 0xFF)) << 32 | UInt64(UInt32(bitPattern: starts[id]))
    }

    /// The number of distinct keys.
    var count: Int { starts.count }

    /// The bytes of key `id`.
    func key(_ id: Int32) -> ArraySlice<UInt8> {
        let s = Int(starts[Int(id)])
        return arena[s..<s + Int(lengths[Int(id)])]
    }

    /// A hash of `bytes[lo..<hi]` taken 8 bytes at a time (multiply and fold, then a final mix), so a
    /// token costs a load or two rather than a multiply per byte. Tables persisted in caches store
    /// slots placed by it: a change here must bump those caches' versions.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt64 {
        var h = 0x9E3779B97F4A7C15 ^ UInt64(hi - lo)
        guard hi > lo, let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = lo
        while i + 8 <= hi {
            h = mix(h, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        if i < hi {
            var tail: UInt64 = 0
            if i + 8 <= bytes.count {
                // Read past the key but inside the buffer, then keep the key's bytes.
                tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & (UInt64.max >> (64 - 8 * UInt64(hi - i)))
            } else {
                var shift: UInt64 = 0
                for k in i..<hi { tail |= UInt64(bytes[k]) << shift; shift += 8 }
            }
            h = mix(h, tail)
        }
        return finish(h)
    }

    /// One eight-byte step of `hash`.
    @inline(__always)
    private static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let x = (h ^ word) &* 0xFF51AFD7ED558CCD
        return x ^ (x >> 32)
    }

    /// The final mix of `hash`.
    @inline(__always)
    private static func finish(_ h: UInt64) -> UInt64 {
        let x = (h ^ (h >> 29)) &* 0xC4CEB9FE1A85EC53
        return x ^ (x >> 32)
    }

    /// The id of `bytes[lo..<hi]`, or -1.
    /// - Complexity: O(hi − lo) expected.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int32 {
        let len = hi - lo
        if len >= 1, len <= 8, lo + 8 <= bytes.count, let base = bytes.baseAddress {
            // Most tokens: one load gives the key for both the hash and the comparison.
            let key = ByteMask.load(base + lo) & (UInt64.max >> (64 - 8 * UInt64(len)))
            return lookupShort(key, len)
        }
        var slot = Int(truncatingIfNeeded: Self.hash(bytes, lo, hi)) & mask
        return probe.withUnsafeBufferPointer { probe in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let v = probe[slot]
                    if v == 0 { return -1 }
                    let packedLength = Int(v >> 32 & 0xFF)
                    if packedLength == min(len, 0xFF) {
                        var id = Int(v >> 40) - 1
                        if id == 0xFFFFFE { id = Int(slots[slot]) - 1 }
                        if packedLength < 0xFF || Int(lengths[id]) == len {
                            if Self.same(arena, Int(UInt32(truncatingIfNeeded: v)), bytes, lo, len) { return Int32(id) }
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The id of the key of `len` bytes (1…8) held, first byte lowest, in `key`, or -1; the same
    /// slots as `lookup` takes through `hash`.
    /// - Complexity: O(1) expected.
    @inline(__always)
    private func lookupShort(_ key: UInt64, _ len: Int) -> Int32 {
        var slot = Int(truncatingIfNeeded: Self.finish(Self.mix(0x9E3779B97F4A7C15 ^ UInt64(len), key))) & mask
        let wanted = UInt64(len) << 32
        return probe.withUnsafeBufferPointer { probe in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let v = probe[slot]
                    if v == 0 { return -1 }
                    if v & 0xFF_0000_0000 == wanted {
                        var id = Int(v >> 40) - 1
                        if id == 0xFFFFFE { id = Int(slots[slot]) - 1 }
                        let s = Int(UInt32(truncatingIfNeeded: v))
                        let stored = s + 8 <= arena.count
                            ? ByteMask.load(arena.baseAddress! + s) & (UInt64.max >> (64 - 8 * UInt64(len)))
                            : (0..<len).reduce(UInt64(0)) { $0 | UInt64(arena[s + $1]) << (8 * UInt64($1)) }
                        if stored == key { return Int32(id) }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// True when `a[s..<s + len]` equals `b[lo..<lo + len]`; compared eight bytes at a time, the
    /// last word masked when both buffers extend that far.
    @inline(__always)
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ s: Int, _ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ len: Int) -> Bool {
        var k = 0
        if let pa = a.baseAddress, let pb = b.baseAddress {
            while k + 8 <= len {
                if ByteMask.load(pa + s + k) != ByteMask.load(pb + lo + k) { return false }
                k += 8
            }
            let rest = len - k
            if rest == 0 { return true }
            if s + k + 8 <= a.count, lo + k + 8 <= b.count {
                return (ByteMask.load(pa + s + k) ^ ByteMask.load(pb + lo + k)) & (UInt64.max >> (64 - 8 * UInt64(rest))) == 0
            }
        }
        while k < len {
            if a[s + k] != b[lo + k] { return false }
            k += 1
        }
        return true
    }

    /// The id of `key`, adding it when new.
    mutating func intern(_ key: [UInt8]) -> Int32 {
        key.withUnsafeBufferPointer { intern($0, 0, $0.count) }
    }

    /// The id of `bytes[lo..<hi]`, adding it when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int32 {
        let existing = lookup(bytes, lo, hi)
        if existing >= 0 { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        let id = Int32(count)
        starts.append(Int32(arena.count))
        lengths.append(Int32(hi - lo))
        hashes.append(Self.hash(bytes, lo, hi))
        arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lo..<hi]))
        insert(id: id, hash: hashes[Int(id)])
        return id
    }

    private mutating func insert(id: Int32, hash h: UInt64) {
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = id + 1
        probe[slot] = pack(Int(id))
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        probe = [UInt64](repeating: 0, count: slots.count)
        mask = slots.count - 1
        for id in 0..<count { insert(id: Int32(id), hash: hashes[id]) }
    }
}
