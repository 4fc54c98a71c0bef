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
        let idLists = tokenize(items.map(\.phrase), into: &out.vocabulary)
        for (k, item) in items.enumerated() {
            let ids = idLists[k]
            func problem(_ reason: String, fatal: Bool) {
                let o: (file: String, index: Int)? = (item.target == .entry || item.target == .exception) ? origins[item.index] : nil
                let err = LexiconError(file: o?.file ?? "Lexicons", entryIndex: o?.index,
                                       entryID: o != nil ? entries[item.index].id : nil, reason: reason)
                if fatal { out.errors.append(err) } else { out.warnings.append(err) }
            }
            if ids.isEmpty {
                problem("phrase \"\(item.phrase)\" normalises to nothing", fatal: item.target == .entry || item.target == .exception)
                continue
            }
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
        out.entries.freeze()
        out.habitats.freeze()
        out.technologies.freeze()
        out.boilerplate.freeze()
        out.signals.freeze()
        return out
    }

    /// The token ids of each phrase (interned into `vocabulary`), computed in one normalisation and
    /// one word-break pass over all phrases joined by newlines. `{number}` becomes the wildcard id.
    private func tokenize(_ phrases: [String], into vocabulary: inout Vocabulary) -> [[Int32]] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(phrases.count * 16)
        var lineStarts: [Int] = []
        lineStarts.reserveCapacity(phrases.count)
        for p in phrases {
            if !lineStarts.isEmpty { buffer.append(0x0A) }
            lineStarts.append(buffer.count)
            for b in p.replacingPlaceholder(Self.placeholder).utf8 { buffer.append(b == 0x0A || b == 0x0D ? 0x20 : b) }
        }
        let n = pipeline.normalize(buffer)
        let stream = pipeline.tokenize(n.bytes, vocabulary: Vocabulary())
        let wildcard = Array(Self.placeholder.utf8)
        var result = [[Int32]](repeating: [], count: phrases.count)
        var phrase = 0
        n.bytes.withUnsafeBufferPointer { buf in
            for t in 0..<stream.count {
                let s = Int(stream.starts[t]), e = Int(stream.ends[t])
                let origin = Int(n.map[s])
                while phrase + 1 < lineStarts.count, lineStarts[phrase + 1] <= origin { phrase += 1 }
                let isWildcard = e - s == wildcard.count && buf[s] == wildcard[0] && buf[s + 1] == wildcard[1] && buf[s + 2] == wildcard[2]
                result[phrase].append(isWildcard ? PhraseMatcher.numberWildcard : vocabulary.intern(buf, s, e))
            }
        }
        return result
    }
}

private extension String {
    /// Replaces `{number}` with `placeholder` surrounded by spaces (a byte scan first: most phrases have none).
    func replacingPlaceholder(_ placeholder: String) -> String {
        utf8.contains(UInt8(ascii: "{")) ? replacing("{number}", with: " \(placeholder) ") : self
    }
}
