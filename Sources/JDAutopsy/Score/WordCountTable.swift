/// Syllable counts of short ASCII words, keyed by the word's bytes packed into two `UInt64`s (the
/// first eight bytes, never 0, and the rest): an open-addressing table with a multiplicative hash,
/// cheaper per probe than `Dictionary`'s seeded hashing on the readability hot path. A slot holds
/// key and value together, so a probe touches one cache line of a table that outgrows the caches.
struct WordCountTable {
    private struct Slot {
        /// The first key word; 0 marks a free slot.
        var key: UInt64 = 0
        var rest: UInt64 = 0
        var syllables: Int32 = 0
        var complex = false
    }

    private var slots: [Slot]
    private var mask: Int
    private var shift: UInt64
    /// Entries stored.
    private(set) var count = 0

    /// An empty table with room for about `capacity` entries before it grows.
    init(capacity: Int = 4_096) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The counts stored for the key (`key` not 0).
    /// - Complexity: O(1) expected.
    func value(_ key: UInt64, _ rest: UInt64) -> (syllables: Int, complex: Bool)? {
        slots.withUnsafeBufferPointer { slots in
            var i = slot(key, rest)
            while slots[i].key != 0 {
                if slots[i].key == key && slots[i].rest == rest { return (Int(slots[i].syllables), slots[i].complex) }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// Stores `value` for the key (`key` not 0, and not yet stored), growing at half full.
    /// - Complexity: O(1) amortised.
    mutating func insert(_ key: UInt64, _ rest: UInt64, _ value: (syllables: Int, complex: Bool)) {
        if (count + 1) * 2 > slots.count { grow() }
        var i = slot(key, rest)
        while slots[i].key != 0 { i = (i + 1) & mask }
        slots[i] = Slot(key: key, rest: rest, syllables: Int32(clamping: value.syllables), complex: value.complex)
        count += 1
    }

    /// Forgets every entry, keeping the storage.
    mutating func removeAll() {
        for i in slots.indices { slots[i].key = 0 }
        count = 0
    }

    private func slot(_ key: UInt64, _ rest: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ rest &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        var bigger = WordCountTable(capacity: slots.count)
        for s in slots where s.key != 0 { bigger.insert(s.key, s.rest, (Int(s.syllables), s.complex)) }
        self = bigger
    }
}
