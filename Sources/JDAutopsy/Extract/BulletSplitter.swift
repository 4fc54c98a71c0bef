/// Splits paragraphs whose bullets are characters inside the text ("• Own X • Ship Y") into list items.
struct BulletSplitter {
    /// The rules: inline bullets split anywhere; leading bullets only at the start.
    let rules: ExtractionRules

    /// Returns `blocks` with bullet paragraphs turned into list items.
    /// - Complexity: O(total text).
    func refine(_ blocks: [TextBlock]) -> [TextBlock] {
        var out: [TextBlock] = []
        out.reserveCapacity(blocks.count)
        for block in blocks {
            guard block.kind == .paragraph else { out.append(block); continue }
            out.append(contentsOf: split(block))
        }
        return out
    }

    private func split(_ block: TextBlock) -> [TextBlock] {
        let bytes = Array(block.text.utf8)
        for bullet in rules.inlineBullets + rules.leadingBullets {
            let b = Array(bullet.utf8)
            let leading = bytes.starts(with: b + [0x20])
            var cuts: [Int] = []  // byte index of each bullet that starts an item
            var i = 0
            while i + b.count < bytes.count {
                if (i == 0 || bytes[i - 1] == 0x20), Array(bytes[i..<i + b.count]) == b, bytes[i + b.count] == 0x20 {
                    cuts.append(i)
                    i += b.count
                } else {
                    i += 1
                }
            }
            let isInline = rules.inlineBullets.contains(bullet)
            guard leading || (isInline && cuts.count >= 2) else { continue }
            if !isInline { cuts = [0] }  // a leading dash marks one item; dashes inside are prose
            var pieces: [TextBlock] = []
            if let first = cuts.first, first > 0 {
                pieces.append(contentsOf: piece(block, bytes, 0, first, kind: .paragraph))
            }
            for (k, cut) in cuts.enumerated() {
                let end = k + 1 < cuts.count ? cuts[k + 1] : bytes.count
                pieces.append(contentsOf: piece(block, bytes, cut + b.count + 1, end, kind: .listItem))
            }
            return pieces
        }
        return [block]
    }

    private func piece(_ block: TextBlock, _ bytes: [UInt8], _ from: Int, _ to: Int, kind: BlockKind) -> [TextBlock] {
        var lo = from, hi = to
        while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        guard lo < hi else { return [] }
        let offsets = block.sourceOffsets.isEmpty ? [] : Array(block.sourceOffsets[lo..<hi])
        return [TextBlock(kind: kind, level: kind == .listItem ? 1 : 0, text: String(decoding: bytes[lo..<hi], as: UTF8.self),
                          sourceOffsets: offsets)]
    }
}
