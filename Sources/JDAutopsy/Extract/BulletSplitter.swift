/// Splits paragraphs whose bullets are characters inside the text ("• Own X • Ship Y") into list items.
struct BulletSplitter {
    /// Inline bullets (split anywhere, when at the start or twice or more) and leading ones (start only).
    private let bullets: [(bytes: [UInt8], inline: Bool)]

    /// Prepares the bullet byte patterns from `rules`.
    init(rules: ExtractionRules) {
        bullets = rules.inlineBullets.map { (Array($0.utf8), true) } + rules.leadingBullets.map { (Array($0.utf8), false) }
    }

    /// Returns `blocks` with bullet paragraphs turned into list items.
    /// - Complexity: O(total text × bullet kinds), no allocation unless a block splits.
    func refine(_ blocks: [TextBlock]) -> [TextBlock] {
        var out: [TextBlock] = []
        out.reserveCapacity(blocks.count)
        for block in blocks {
            guard block.kind == .paragraph else { out.append(block); continue }
            if let pieces = split(block) { out.append(contentsOf: pieces) } else { out.append(block) }
        }
        return out
    }

    @inline(__always)
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ b: [UInt8]) -> Bool {
        guard i + b.count < bytes.count, bytes[i + b.count] == 0x20 else { return false }
        for k in 0..<b.count where bytes[i + k] != b[k] { return false }
        return true
    }

    /// The pieces of `block`, or nil when it does not split.
    private func split(_ block: TextBlock) -> [TextBlock]? {
        var text = block.text
        return text.withUTF8 { bytes in
            // An inline bullet can only cut where its first byte starts the text or follows a space.
            // Bullets are rarely ASCII, so one pass (skipping ASCII eight bytes a step) notes which
            // non-ASCII bytes stand there.
            var high: (UInt64, UInt64) = (0, 0)
            var i = 0
            while i < bytes.count {
                if i + 8 <= bytes.count, ByteMask.load(bytes.baseAddress! + i) & ByteMask.high == 0 {
                    i += 8
                    continue
                }
                let c = bytes[i]
                if c >= 0x80, i == 0 || bytes[i - 1] == 0x20 {
                    if c >= 0xC0 { high.1 |= 1 &<< UInt64(c & 63) } else { high.0 |= 1 &<< UInt64(c & 63) }
                }
                i += 1
            }
            return split(block, bytes) { b in
                if b < 0x80 { return bytes.contains(b) }
                return (b >= 0xC0 ? high.1 : high.0) & (1 &<< UInt64(b & 63)) != 0
            }
        }
    }

    /// Splits at the first bullet kind that applies. `present(b)` is false only when no bullet
    /// starting with byte `b` can cut the text (so skipping it changes nothing).
    private func split(_ block: TextBlock, _ bytes: UnsafeBufferPointer<UInt8>, present: (UInt8) -> Bool) -> [TextBlock]? {
        for (b, inline) in bullets {
            let leading = Self.matches(bytes, 0, b)
            if !leading && !(inline && present(b[0])) { continue }
            var cuts: [Int] = []  // byte index of each bullet that starts an item
            var i = 0
            while i + b.count < bytes.count {
                if bytes[i] == b[0], i == 0 || bytes[i - 1] == 0x20, Self.matches(bytes, i, b) {
                    cuts.append(i)
                    i += b.count
                } else {
                    i += 1
                }
            }
            guard leading || (inline && cuts.count >= 2) else { continue }
            if !inline { cuts = [0] }  // a leading dash marks one item; dashes inside are prose
            var pieces: [TextBlock] = []
            if let first = cuts.first, first > 0 { pieces += piece(block, bytes, 0, first, kind: .paragraph) }
            for (k, cut) in cuts.enumerated() {
                let end = k + 1 < cuts.count ? cuts[k + 1] : bytes.count
                pieces += piece(block, bytes, cut + b.count + 1, end, kind: .listItem)
            }
            return pieces
        }
        return nil
    }

    private func piece(_ block: TextBlock, _ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, kind: BlockKind) -> [TextBlock] {
        var lo = from, hi = to
        while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        guard lo < hi else { return [] }
        let offsets = block.sourceOffsets.isEmpty ? [] : Array(block.sourceOffsets[lo..<hi])
        return [TextBlock(kind: kind, level: kind == .listItem ? 1 : 0, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self),
                          sourceOffsets: offsets)]
    }
}
