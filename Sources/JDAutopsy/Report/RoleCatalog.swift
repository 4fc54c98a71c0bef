/// Supplies known aliases ([01]) and related roles ([11]) for a posting — implemented by the role index.
public protocol RoleCatalog: Sendable {
    /// Known aliases of the posting's role, ranked, without its own title.
    func aliases(for posting: Posting) -> [String]
    /// Related roles with match percentages, best first.
    func related(to posting: Posting) -> [RelatedSpecimen]
}
