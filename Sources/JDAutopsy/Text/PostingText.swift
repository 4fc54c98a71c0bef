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
        let b = block(containing: offset)
        let blockRange = blockRanges[b]
        let offsets = posting.blocks[b].sourceOffsets
        let local = offset - blockRange.lowerBound
        guard !offsets.isEmpty else { return SourcePosition(line: posting.blocks[b].line, column: posting.blocks[b].column + max(0, local)) }
        let source = Int(offsets[max(0, min(local, offsets.count - 1))]) + (local >= offsets.count ? 1 : 0)
        return posting.locator.position(ofByte: source)
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
