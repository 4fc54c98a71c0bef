/// A deterministic generator (SplitMix64) for generated test inputs, so a failure names a reproducible string.
struct TestRandom {
    /// The generator's state.
    var state: UInt64

    /// A value in 0..<n.
    mutating func next(_ n: Int) -> Int {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }

    /// `length` pieces chosen at random, joined.
    mutating func string(_ pieces: [String], length: Int) -> String {
        (0..<length).map { _ in pieces[next(pieces.count)] }.joined()
    }
}
