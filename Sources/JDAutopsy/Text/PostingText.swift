/// A posting's text ready for matching: the document buffer, its normalised form, tokens and sentences.
///
/// The document is the blocks' texts joined by "\n". Every token and sentence holds a span into
/// it, and `position(ofDocumentByte:)` carries a span back to the source file's line:column.
public struct PostingText: Sendable {
    /// The posting analysed.
    public let posting: Posting
    /// The blocks' texts joined by "\n" (UTF-8).
    public let document: [UInt8]
    /// Byte range of each block in `document`.
    public let blockRanges: [Range<Int>]
    /// The normalised document and its map back to `document`.
    public let normalized: NormalizedText
    /// Tokens of the normalised document.
    public let tokens: TokenStream
    /// For each token, its block.
    public let tokenBlocks: [Int32]
    /// Sentences in order; blocks never share a sentence.
    public let sentences: [Sentence]

    /// Assembles the value (see `TextPipeline.analyze`).
    init(posting: Posting, document: [UInt8], blockRanges: [Range<Int>], normalized: NormalizedText,
         tokens: TokenStream, tokenBlocks: [Int32], sentences: [Sentence]) {
        self.posting = posting
        self.document = document
        self.blockRanges = blockRanges
        self.normalized = normalized
        self.tokens = tokens
        self.tokenBlocks = tokenBlocks
        self.sentences = sentences
    }

    /// Byte range in `document` of tokens `range`.
    public func documentRange(ofTokens range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        let lo = Int(normalized.map[Int(tokens.starts[range.lowerBound])])
        var hi = Int(normalized.map[Int(tokens.ends[range.upperBound - 1])])
        // A token that ends inside a multi-byte normalisation group maps to the group start: widen to the scalar end.
        if hi <= lo { hi = lo + 1 }
        while hi < document.count, document[hi] & 0xC0 == 0x80 { hi += 1 }
        return lo..<min(hi, document.count)
    }

    /// The source line:column of byte `offset` of `document`.
    public func position(ofDocumentByte offset: Int) -> SourcePosition {
        position(ofDocumentByte: offset, inBlock: block(containing: offset))
    }

    /// The source line:column of byte `offset` of `document`, which block `b` holds.
    private func position(ofDocumentByte offset: Int, inBlock b: Int) -> SourcePosition {
        sourceByte(offset, inBlock: b).map { posting.locator.position(ofByte: $0) }
            ?? SourcePosition(line: posting.blocks[b].line, column: posting.blocks[b].column + max(0, offset - blockRanges[b].lowerBound))
    }

    /// The source line:column of both ends of `range` of `document`, as `position(ofDocumentByte:)`
    /// gives them; the end is counted on from the start when both lie on one source line.
    /// - Complexity: O(log blocks + log lines + 256 + range length).
    public func positions(ofDocumentRange range: Range<Int>) -> (start: SourcePosition, end: SourcePosition) {
        let b = block(containing: range.lowerBound)
        let start = position(ofDocumentByte: range.lowerBound, inBlock: b)
        // The end lies in the same block when the next block starts after it (see `block(containing:)`).
        guard b + 1 == blockRanges.count || blockRanges[b + 1].lowerBound > range.upperBound,
              let from = sourceByte(range.lowerBound, inBlock: b), let to = sourceByte(range.upperBound, inBlock: b)
        else { return (start, position(ofDocumentByte: range.upperBound)) }
        return (start, posting.locator.position(ofByte: to, from: from, at: start))
    }

    /// The source byte of `document` byte `offset` in block `b`, or nil when the block keeps no offsets.
    private func sourceByte(_ offset: Int, inBlock b: Int) -> Int? {
        let offsets = posting.blocks[b].sourceOffsets
        guard !offsets.isEmpty else { return nil }
        let local = offset - blockRanges[b].lowerBound
        return Int(offsets[max(0, min(local, offsets.count - 1))]) + (local >= offsets.count ? 1 : 0)
    }

    /// The index of the block containing document byte `offset` (the nearest block for a separator).
    public func block(containing offset: Int) -> Int {
        var lo = 0, hi = blockRanges.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if blockRanges[mid].lowerBound <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The document text of `range`.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: document[max(0, range.lowerBound)..<min(document.count, range.upperBound)], as: UTF8.self)
    }

    /// The normalised text of token `i`.
    public func tokenText(_ i: Int) -> String {
        String(decoding: normalized.bytes[Int(tokens.starts[i])..<Int(tokens.ends[i])], as: UTF8.self)
    }
}
