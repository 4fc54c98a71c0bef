import Foundation

/// The specimen catalog fitted for `RoleIndex`: TF-IDF models of the specimens' documents and of
/// their cleaned titles and aliases, and each one's weighted vector.
///
/// This is the slow part of building a role index (every title and alias goes through the
/// `TitleCleaner`, every document through the text pipeline), so `load` restores it from a cache
/// while the catalog, the title rules and the lexicon are unchanged (see `SpecimenIndex+Cache`).
public struct SpecimenIndex: Sendable {
    /// The specimens in catalog order.
    public let specimens: [Specimen]
    /// The cleaner the title keys were made with.
    public let cleaner: TitleCleaner
    /// The cleaned title keys, one per row of the title vectors, grouped by specimen.
    let keys: [String]
    /// The specimen of each key.
    let owners: [Int32]
    /// The TF-IDF models of the documents (row = specimen) and titles (row = key), and their weighted rows.
    let fitted: Fitted

    /// What `RoleIndex` needs of the term counts: the models and the weighted rows (the counts themselves
    /// are not kept, so a cached start reads none of them).
    struct Fitted: Sendable {
        /// The model of specimen documents.
        let documentModel: TFIDFModel
        /// Each specimen's document vector.
        let documentVectors: SparseMatrix<Double>
        /// The model of cleaned titles and aliases.
        let titleModel: TFIDFModel
        /// Each key's title vector.
        let titleVectors: SparseMatrix<Double>

        /// Derives the models and vectors from the counts.
        init(documents: FittedCorpus, titles: FittedCorpus) {
            documentModel = documents.model
            documentVectors = documents.vectors(documentModel)
            titleModel = titles.model
            titleVectors = titles.vectors(titleModel)
        }

        /// Restored parts (see `SpecimenIndex+Cache`).
        init(documentModel: TFIDFModel, documentVectors: SparseMatrix<Double>, titleModel: TFIDFModel, titleVectors: SparseMatrix<Double>) {
            self.documentModel = documentModel
            self.documentVectors = documentVectors
            self.titleModel = titleModel
            self.titleVectors = titleVectors
        }
    }

    /// Fits the catalog: cleans every title and alias, counts every document.
    /// - Parameters:
    ///   - lexicon: stop words and text rules.
    ///   - specimens: the catalog (`SpecimenCatalog.load().specimens`).
    ///   - cleaner: the title cleaner.
    /// - Complexity: O(total text of the catalog).
    public init(lexicon: Lexicon, specimens: [Specimen], cleaner: TitleCleaner) {
        var keys: [String] = [], owners: [Int32] = []
        for (i, s) in specimens.enumerated() {
            var seen = Set<String>()
            for t in [s.title] + s.aliases {
                let k = cleaner.clean(t).key
                guard !k.isEmpty, seen.insert(k).inserted else { continue }
                keys.append(k)
                owners.append(Int32(i))
            }
        }
        self.init(specimens: specimens, cleaner: cleaner, keys: keys, owners: owners,
                  fitted: Fitted(documents: Self.documentVectorizer(lexicon).count(specimens.map(\.document), threads: 1),
                                 titles: Self.titleVectorizer(lexicon).count(keys, threads: 1)))
    }

    /// Creates an index from its parts (no validation).
    init(specimens: [Specimen], cleaner: TitleCleaner, keys: [String], owners: [Int32], fitted: Fitted) {
        self.specimens = specimens
        self.cleaner = cleaner
        self.keys = keys
        self.owners = owners
        self.fitted = fitted
    }

    /// The vectoriser of specimen documents: the default parameters with the lexicon's stop words.
    static func documentVectorizer(_ lexicon: Lexicon) -> TFIDFVectorizer { TFIDFVectorizer(lexicon: lexicon) }

    /// The vectoriser of cleaned titles: word and character n-grams (`TFIDFParameters.titles`).
    static func titleVectorizer(_ lexicon: Lexicon) -> TFIDFVectorizer {
        TFIDFVectorizer(lexicon: lexicon, parameters: .titles(stopWords: lexicon.stopwords))
    }
}
