import Synchronization

/// A model's `WordGramTable`, built the first time the model transforms text: loading a model (a
/// taxonomy index holds ones of about 10^5 terms) does not pay for a table it may never use.
final class LazyWordGrams: Sendable {
    private let vocabulary: ByteTable
    /// nil until built; then the table, or nil inside when the vocabulary has longer terms.
    private let built = Mutex<WordGramTable??>(nil)

    /// The table of `vocabulary` (term id = column), to be built on first use.
    init(vocabulary: ByteTable) { self.vocabulary = vocabulary }

    /// The table, or nil when a term has more than two words.
    /// - Complexity: O(vocabulary bytes) the first time, O(1) after.
    var table: WordGramTable? {
        built.withLock { state in
            if let table = state { return table }
            let table = WordGramTable(vocabulary: vocabulary)
            state = .some(table)
            return table
        }
    }
}
