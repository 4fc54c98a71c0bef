/// Supplies known aliases ([01]) and related roles ([11]) for a posting — implemented by the role index.
public protocol RoleCatalog: Sendable {
    /// Known aliases of the posting's role, ranked, without its own title.
    func aliases(for posting: Posting) -> [String]
    /// Related roles with match percentages, best first.
    func related(to posting: Posting) -> [RelatedSpecimen]
    /// Both at once (a catalog may share work between them).
    func roles(for posting: Posting) -> (aliases: [String], related: [RelatedSpecimen])
    /// The text rules a posting's analysed text must be made with for `roles(for:text:)` to use it (nil: never).
    var textRules: TextRules? { get }
    /// Both at once, from the posting and its analysed text (made with `textRules`), which a catalog may
    /// read instead of normalising and tokenising the posting again.
    func roles(for posting: Posting, text: PostingText) -> (aliases: [String], related: [RelatedSpecimen])
}

extension RoleCatalog {
    /// Both at once: `aliases(for:)` then `related(to:)`.
    public func roles(for posting: Posting) -> (aliases: [String], related: [RelatedSpecimen]) {
        (aliases(for: posting), related(to: posting))
    }

    /// None: the analysed text is not used.
    public var textRules: TextRules? { nil }

    /// Both at once: `roles(for:)`, the text unused.
    public func roles(for posting: Posting, text: PostingText) -> (aliases: [String], related: [RelatedSpecimen]) {
        roles(for: posting)
    }
}
