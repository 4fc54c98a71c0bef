/// Turns texts into vectors of one model, reusing its tokeniser. One per task: not thread-safe.
public final class TFIDFTransformer {
    /// The model.
    public let model: TFIDFModel
    private let extractor: TermExtractor

    /// Creates a transformer for `model`.
    public init(model: TFIDFModel) {
        self.model = model
        extractor = TermExtractor(parameters: model.parameters, textRules: model.textRules)
    }

    /// The l2-normalised TF-IDF vector of `text` (terms outside the vocabulary are ignored).
    /// - Complexity: O(n) in the text plus O(k log k) for its k distinct terms.
    public func transform(_ text: String) -> SparseVector { model.vector(of: text, extractor: extractor) }
}
