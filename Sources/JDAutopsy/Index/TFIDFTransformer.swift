/// Turns texts into vectors of one model, reusing its tokeniser. One per task: not thread-safe.
public final class TFIDFTransformer {
    /// The model.
    public let model: TFIDFModel
    private let extractor: TermExtractor
    private var counts: [Int32: Int32] = [:]

    /// Creates a transformer for `model`.
    public init(model: TFIDFModel) {
        self.model = model
        extractor = TermExtractor(parameters: model.parameters, textRules: model.textRules)
    }

    /// The l2-normalised TF-IDF vector of `text` (terms outside the vocabulary are ignored).
    /// - Complexity: O(n) in the text plus O(k log k) for its k distinct terms.
    public func transform(_ text: String) -> SparseVector {
        counts.removeAll(keepingCapacity: true)
        extractor.forEachTerm(text) { buf, lo, hi in
            let c = model.column(buf, lo, hi)
            if c >= 0 { counts[c, default: 0] += 1 }
        }
        let cols = counts.keys.sorted()
        var vals = cols.map { model.parameters.tf(counts[$0]!) * model.idf[Int($0)] }
        TFIDFModel.normalize(&vals)
        return SparseVector(indices: cols, values: vals)
    }
}
