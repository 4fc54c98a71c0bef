import Foundation

/// Term extractors kept for reuse, so that a shared model's `transform` does not build one
/// (normaliser, stop-word table, ICU iterator) per call. Thread-safe; extractors are handed out
/// to one caller at a time.
final class TermExtractorPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [TermExtractor] = []
    private let parameters: TFIDFParameters
    private let textRules: TextRules

    /// Creates an empty pool for extractors of these settings.
    init(parameters: TFIDFParameters, textRules: TextRules) {
        self.parameters = parameters
        self.textRules = textRules
    }

    /// Runs `body` with an extractor nobody else is using.
    func with<R>(_ body: (TermExtractor) -> R) -> R {
        lock.lock()
        let extractor = idle.popLast()
        lock.unlock()
        let e = extractor ?? TermExtractor(parameters: parameters, textRules: textRules)
        defer {
            lock.lock()
            if idle.count < 16 { idle.append(e) }
            lock.unlock()
        }
        return body(e)
    }
}
