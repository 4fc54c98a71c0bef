/// `ExtractionRules` compiled for the HTML reader's SAX callbacks: element names interned to ids,
/// each with what it does to the block structure, and skip words and bullets as bytes.
/// Built once per `Extractor`, so that reading a page never hashes or builds a `String` per element.
struct HTMLReadingRules: Sendable {
    /// What an element does to the blocks (the structural elements the reader knows by name).
    enum Role: UInt8, Sendable {
        case other, script, title, section, list, item, heading, row, cell, pre, lineBreak
    }

    /// The compiled facts about one element name.
    struct Element: Sendable {
        /// Its structural role.
        var role: Role = .other
        /// The heading level for h1–h6, else 0.
        var level = 0
        /// In `skipTags`: its whole subtree is dropped.
        var skips = false
        /// In `chromeTags`: dropped outside `<main>` / `<article>`.
        var chrome = false
        /// In `blockTags`: it ends a paragraph.
        var block = false
    }

    /// The rules as loaded (for the rare inputs the byte paths leave to `String` code).
    let rules: ExtractionRules
    /// Every element name the rules or the roles mention; a reader interns further names per page.
    let names: ByteTable
    /// Facts by element id (`names` ids); ids beyond the end are plain elements.
    let elements: [Element]
    /// `rules.skipWords` by bytes; nil when a word is not ASCII (then `String` comparison decides).
    let skipWords: ByteTable?
    /// Leading then inline bullets, as bytes (the order the reader tries them at a line start).
    let lineBullets: [[UInt8]]

    /// Compiles `rules`.
    init(rules: ExtractionRules) {
        self.rules = rules
        let roles: [(String, Role, Int)] = [
            ("script", .script, 0), ("title", .title, 0), ("main", .section, 0), ("article", .section, 0),
            ("ul", .list, 0), ("ol", .list, 0), ("dl", .list, 0), ("li", .item, 0), ("dd", .item, 0), ("dt", .item, 0),
            ("h1", .heading, 1), ("h2", .heading, 2), ("h3", .heading, 3), ("h4", .heading, 4), ("h5", .heading, 5),
            ("h6", .heading, 6), ("tr", .row, 0), ("td", .cell, 0), ("th", .cell, 0), ("pre", .pre, 0), ("br", .lineBreak, 0),
        ]
        // Sorted so that ids do not depend on set order.
        let listed = roles.map(\.0) + rules.skipTags.sorted() + rules.chromeTags.sorted() + rules.blockTags.sorted()
        let names = Self.table(listed)
        var elements = [Element](repeating: Element(), count: names.count)
        func id(_ name: String) -> Int { Array(name.utf8).withUnsafeBufferPointer { Int(names.lookup($0, 0, $0.count)) } }
        for (name, role, level) in roles {
            elements[id(name)].role = role
            elements[id(name)].level = level
        }
        for name in rules.skipTags { elements[id(name)].skips = true }
        for name in rules.chromeTags { elements[id(name)].chrome = true }
        for name in rules.blockTags { elements[id(name)].block = true }
        self.names = names
        self.elements = elements
        skipWords = rules.skipWords.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? Self.table(rules.skipWords.sorted()) : nil
        lineBullets = (rules.leadingBullets + rules.inlineBullets).map { Array($0.utf8) }
    }

    /// `names` interned in order (a repeated name keeps its first id), with room for a page's further element names.
    private static func table(_ names: [String]) -> ByteTable {
        var t = ByteTable(capacity: 256)
        for n in names { _ = t.intern(Array(n.utf8)) }
        return t
    }
}
