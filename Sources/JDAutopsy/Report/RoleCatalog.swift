/// Supplies known aliases ([01]) and related roles ([11]) for a posting — implemented by the role index.
public protocol RoleCatalog: Sendable {
    /// Known aliases of the posting's role, ranked, without its own title.
    func aliases(for posting: Posting) -> [String]
    /// Related roles with match percentages, best first.
    func related(to posting: Posting) -> [RelatedSpecimen]
    /// Both at once (a catalog may share work between them).
    func roles(for posting: Posting) -> (aliases: [String], related: [RelatedSpecimen])
}

extension RoleCatalog {
    /// Both at once: `aliases(for:)` then `related(to:)`.
    public func roles(for posting: Posting) -> (aliases: [String], related: [RelatedSpecimen]) {
        (aliases(for: posting), related(to: posting))
    }
}
