/// Syllable counts of short ASCII words, keyed by the word's bytes packed into two `UInt64`s (the
/// first eight bytes, never 0, and the rest): an open-addressing table with a multiplicative hash,
/// cheaper per probe than `Dictionary`'s seeded hashing on the readability hot path.
struct WordCountTable {
    /// First key words; 0 marks a free slot.
    private var keys: [UInt64]
    /// Second key words, parallel to `keys`.
    private var rests: [UInt64]
    private var values: [(syllables: Int, complex: Bool)]
    private var mask: Int
    private var shift: UInt64
    /// Entries stored.
    private(set) var count = 0

    /// An empty table with room for about `capacity` entries before it grows.
    init(capacity: Int = 4_096) {
        var slots = 16
        while slots < capacity * 2 { slots *= 2 }
        keys = Array(repeating: 0, count: slots)
        rests = Array(repeating: 0, count: slots)
        values = Array(repeating: (0, false), count: slots)
        mask = slots - 1
        shift = UInt64(64 - slots.trailingZeroBitCount)
    }

    /// The counts stored for the key (`key` not 0).
    /// - Complexity: O(1) expected.
    func value(_ key: UInt64, _ rest: UInt64) -> (syllables: Int, complex: Bool)? {
        var i = slot(key, rest)
        while keys[i] != 0 {
            if keys[i] == key && rests[i] == rest { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `value` for the key (`key` not 0, and not yet stored), growing at half full.
    /// - Complexity: O(1) amortised.
    mutating func insert(_ key: UInt64, _ rest: UInt64, _ value: (syllables: Int, complex: Bool)) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = slot(key, rest)
        while keys[i] != 0 { i = (i + 1) & mask }
        keys[i] = key
        rests[i] = rest
        values[i] = value
        count += 1
    }

    /// Forgets every entry, keeping the storage.
    mutating func removeAll() {
        for i in keys.indices { keys[i] = 0 }
        count = 0
    }

    private func slot(_ key: UInt64, _ rest: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ rest &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        var bigger = WordCountTable(capacity: keys.count)
        for i in keys.indices where keys[i] != 0 { bigger.insert(keys[i], rests[i], values[i]) }
        self = bigger
    }
}
