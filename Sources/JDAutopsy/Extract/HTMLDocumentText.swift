/// What the HTML reader found in one document: blocks, title candidates, JSON-LD and suppressions.
struct HTMLDocumentText {
    /// Blocks in reading order, offsets already mapped to the source.
    var blocks: [TextBlock] = []
    /// Text of the `<title>` element.
    var htmlTitle: String?
    /// Text of the first `<h1>`.
    var firstH1: String?
    /// Contents of `<script type="application/ld+json">` elements with their source offsets.
    var jsonLD: [(text: [UInt8], offsets: [Int32])] = []
    /// `jdautopsy-disable` comments: the ids, and the index of the block that follows.
    var suppressions: [Suppression] = []
}
