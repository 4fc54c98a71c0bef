/// Compiles phrases into matchers over one shared vocabulary.
///
/// All phrases go through the posting pipeline in one batch (one ICU normalisation and one
/// word-break pass over every phrase joined by newlines), which keeps load time low.
struct LexiconCompiler {
    /// What compiling produced.
    struct Output {
        var vocabulary = Vocabulary()
        var entries = PhraseMatcher()
        var habitats = PhraseMatcher()
        var technologies = PhraseMatcher()
        var boilerplate = PhraseMatcher()
        var signals = PhraseMatcher()
        var errors: [LexiconError] = []
        var warnings: [LexiconError] = []
    }

    private enum Target { case entry, exception, habitat, technology, boilerplate, signal }

    private struct Item {
        var phrase: String
        var target: Target
        var index: Int
    }

    /// The pipeline phrases go through (the same as postings).
    let pipeline: TextPipeline

    /// The placeholder `{number}` becomes before normalisation (a private-use scalar NFKC keeps).
    private static let placeholder = "\u{E000}"

    /// Compiles everything. `origins[i]` names entry i's file and index, for errors.
    /// - Complexity: O(total phrase length).
    mutating func compile(entries: [LexiconEntry], origins: [(file: String, index: Int)], habitats: [Habitat],
                          technologies: [String], boilerplate: [String], signals: [(name: String, phrases: [String])]) -> Output {
        var items: [Item] = []
        for (i, e) in entries.enumerated() {
            items += e.phrases.map { Item(phrase: $0, target: .entry, index: i) }
            items += (e.exceptions ?? []).map { Item(phrase: $0, target: .exception, index: i) }
        }
        for (i, h) in habitats.enumerated() { items += h.phrases.map { Item(phrase: $0, target: .habitat, index: i) } }
        for (i, t) in technologies.enumerated() { items.append(Item(phrase: t, target: .technology, index: i)) }
        for b in boilerplate { items.append(Item(phrase: b, target: .boilerplate, index: 0)) }
        for (i, s) in signals.enumerated() { items += s.phrases.map { Item(phrase: $0, target: .signal, index: i) } }

        var out = Output()
        let tokenLists = tokenize(items.map(\.phrase))
        let wildcard = Array(Self.placeholder.utf8)
        for (k, item) in items.enumerated() {
            let tokens = tokenLists[k]
            func problem(_ reason: String, fatal: Bool) {
                let o: (file: String, index: Int)? = (item.target == .entry || item.target == .exception) ? origins[item.index] : nil
                let err = LexiconError(file: o?.file ?? "Lexicons", entryIndex: o?.index,
                                       entryID: o != nil ? entries[item.index].id : nil, reason: reason)
                if fatal { out.errors.append(err) } else { out.warnings.append(err) }
            }
            if tokens.isEmpty {
                problem("phrase \"\(item.phrase)\" normalises to nothing", fatal: item.target == .entry || item.target == .exception)
                continue
            }
            let ids = tokens.map { $0 == wildcard ? PhraseMatcher.numberWildcard : out.vocabulary.intern($0) }
            switch item.target {
            case .entry:
                let payload = PhraseMatcher.Payload(index: Int32(item.index), isException: false)
                if let other = out.entries.payloads(for: ids).first(where: { !$0.isException && $0.index != payload.index }) {
                    problem("phrase \"\(item.phrase)\" normalises to the same tokens as a phrase of entry \"\(entries[Int(other.index)].id)\", so it can never match here", fatal: true)
                }
                out.entries.insert(ids, payload: payload)
            case .exception:
                out.entries.insert(ids, payload: .init(index: Int32(item.index), isException: true))
            case .habitat:
                out.habitats.insert(ids, payload: .init(index: Int32(item.index), isException: false))
            case .technology:
                out.technologies.insert(ids, payload: .init(index: Int32(item.index), isException: false))
            case .boilerplate:
                out.boilerplate.insert(ids, payload: .init(index: 0, isException: false))
            case .signal:
                out.signals.insert(ids, payload: .init(index: Int32(item.index), isException: false))
            }
        }
        return out
    }

    /// Normalised token byte strings of each phrase, computed in one pass.
    private func tokenize(_ phrases: [String]) -> [[[UInt8]]] {
        var buffer: [UInt8] = []
        for (k, p) in phrases.enumerated() {
            if k > 0 { buffer.append(0x0A) }
            let cleaned = p.replacingPlaceholder(Self.placeholder).replacing("\n", with: " ")
            buffer.append(contentsOf: cleaned.utf8)
        }
        let n = pipeline.normalize(buffer)
        let stream = pipeline.tokenize(n.bytes, vocabulary: Vocabulary())
        var result = [[[UInt8]]](repeating: [], count: phrases.count)
        // Which phrase does each input byte belong to? Count newlines.
        var lineOf = [Int32](repeating: 0, count: buffer.count + 1)
        var line: Int32 = 0
        for (i, b) in buffer.enumerated() {
            lineOf[i] = line
            if b == 0x0A { line += 1 }
        }
        lineOf[buffer.count] = line
        for t in 0..<stream.count {
            let s = Int(stream.starts[t]), e = Int(stream.ends[t])
            let phrase = Int(lineOf[Int(n.map[s])])
            result[phrase].append(Array(n.bytes[s..<e]))
        }
        return result
    }
}

private extension String {
    /// Replaces `{number}` with `placeholder` surrounded by spaces.
    func replacingPlaceholder(_ placeholder: String) -> String {
        contains("{number}") ? replacing("{number}", with: " \(placeholder) ") : self
    }
}
