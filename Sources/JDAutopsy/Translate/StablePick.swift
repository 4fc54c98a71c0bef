/// Deterministic choices: the same key and seed always pick the same item, on every machine.
enum StablePick {
    /// FNV-1a of `key`'s UTF-8 bytes mixed with `seed`.
    static func hash(_ key: String, seed: UInt64) -> UInt64 {
        var h = FNV1a(basis: FNV1a.offsetBasis ^ (seed &* 0x9E3779B97F4A7C15))
        h.add(key.utf8)
        return h.value
    }

    /// An index in 0..<count (count > 0).
    static func index(_ count: Int, key: String, seed: UInt64) -> Int {
        Int(hash(key, seed: seed) % UInt64(count))
    }
}
