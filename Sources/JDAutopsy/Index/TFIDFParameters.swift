import Foundation

/// The settings of a TF-IDF vectoriser: which terms to extract and how to weight them.
///
/// Terms come from our own text pipeline (NFKC case folding, typographic folding, ICU word
/// tokens; see `TermExtractor`). Weights, for term t in document d of a corpus of n documents:
///
///     tf(t, d)  = c(t, d)                       (raw count), or
///               = 1 + ln c(t, d)                 when `sublinearTF` (c ≥ 1)
///     idf(t)    = ln((1 + n) / (1 + df(t))) + 1  when `smoothIDF`, else ln(n / df(t)) + 1
///     w(t, d)   = tf(t, d) · idf(t)
///     v(d)      = w(·, d) / ‖w(·, d)‖₂           (rows are l2-normalised; an empty row stays empty)
///
/// A term is kept when `df(t) ≥ minDocumentFrequency` and `df(t) ≤ maxDocumentFraction · n`.
/// These are the formulas of scikit-learn's `TfidfVectorizer(sublinear_tf=True, smooth_idf=True)`.
public struct TFIDFParameters: Sendable, Equatable, Codable {
    /// Smallest word n-gram (1 = unigrams); 0 turns word n-grams off.
    public var minWordN: Int
    /// Largest word n-gram (2 = up to bigrams).
    public var maxWordN: Int
    /// Smallest character n-gram inside padded words (" dev "); 0 turns character n-grams off.
    public var minCharN: Int
    /// Largest character n-gram.
    public var maxCharN: Int
    /// Keep number tokens ("2021", "5") as terms.
    public var includeNumbers: Bool
    /// Use 1 + ln(count) instead of the raw count.
    public var sublinearTF: Bool
    /// Add one to n and to every df (as if one document held every term once).
    public var smoothIDF: Bool
    /// Drop terms found in fewer documents than this.
    public var minDocumentFrequency: Int
    /// Drop terms found in more than this fraction of documents (1 keeps all).
    public var maxDocumentFraction: Double
    /// Words removed before n-grams are formed (normalised like text).
    public var stopWords: [String]

    /// Creates parameters; the defaults suit whole postings (unigrams + bigrams, sublinear tf, smoothed idf).
    public init(minWordN: Int = 1, maxWordN: Int = 2, minCharN: Int = 0, maxCharN: Int = 0, includeNumbers: Bool = false,
                sublinearTF: Bool = true, smoothIDF: Bool = true, minDocumentFrequency: Int = 1,
                maxDocumentFraction: Double = 1.0, stopWords: [String] = []) {
        self.minWordN = minWordN
        self.maxWordN = maxWordN
        self.minCharN = minCharN
        self.maxCharN = maxCharN
        self.includeNumbers = includeNumbers
        self.sublinearTF = sublinearTF
        self.smoothIDF = smoothIDF
        self.minDocumentFrequency = minDocumentFrequency
        self.maxDocumentFraction = maxDocumentFraction
        self.stopWords = stopWords
    }

    /// Parameters for short titles: word unigrams + bigrams and character 3–5-grams, no stop-word removal
    /// beyond `stopWords`.
    public static func titles(stopWords: [String]) -> TFIDFParameters {
        TFIDFParameters(minWordN: 1, maxWordN: 2, minCharN: 3, maxCharN: 5, stopWords: stopWords)
    }

    /// The term frequency weight of a count: `1 + ln c` (sublinear) or `c`.
    @inline(__always)
    func tf(_ count: Int32) -> Double {
        sublinearTF ? 1 + Foundation.log(Double(count)) : Double(count)
    }

    /// The inverse document frequency of a term found in `df` of `n` documents.
    @inline(__always)
    func idf(df: Int, n: Int) -> Double {
        smoothIDF ? Foundation.log(Double(1 + n) / Double(1 + df)) + 1 : Foundation.log(Double(n) / Double(df)) + 1
    }

    /// A description of the first setting that makes these parameters unusable, or nil.
    public var problem: String? {
        if minWordN < 0 || maxWordN < minWordN || maxWordN > 5 { return "word n-gram range \(minWordN)…\(maxWordN) is invalid" }
        if minCharN < 0 || maxCharN < minCharN || maxCharN > 10 { return "character n-gram range \(minCharN)…\(maxCharN) is invalid" }
        if minWordN == 0 && minCharN == 0 { return "neither word nor character n-grams are on" }
        if minDocumentFrequency < 1 { return "minimum document frequency must be at least 1" }
        if !(maxDocumentFraction > 0 && maxDocumentFraction <= 1) { return "maximum document fraction must be in (0, 1]" }
        return nil
    }
}
