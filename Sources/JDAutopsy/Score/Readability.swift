import Foundation

/// Counts of a text and its six classic readability scores.
///
/// Words are runs of letters, digits and apostrophes (`'`, `’`) holding at least one letter or digit, Unicode-aware;
/// hyphens and slashes split words. Syllables come from `SyllableCounter` (a number counts one). With W words,
/// S sentences, Sy syllables, C complex words, P polysyllables, L letters and N letters + digits:
/// - Flesch Reading Ease (Flesch 1948): 206.835 − 1.015 · W/S − 84.6 · Sy/W
/// - Flesch–Kincaid Grade Level (Kincaid et al. 1975): 0.39 · W/S + 11.8 · Sy/W − 15.59
/// - Gunning Fog (Gunning 1952): 0.4 · (W/S + 100 · C/W)
/// - SMOG (McLaughlin 1969, regression form): 1.0430 · √(P · 30/S) + 3.1291
/// - Coleman–Liau (1975): 0.0588 · (100 · L/W) − 0.296 · (100 · S/W) − 15.8
/// - Automated Readability Index (Senter & Smith 1967): 4.71 · N/W + 0.5 · W/S − 21.43
///
/// Nothing is rounded; `rounded(to:)` is for display. When there are no words or no sentences every score is 0.
public struct Readability: Sendable, Equatable, Codable {
    /// Number of words.
    public var words: Int
    /// Number of sentences that contain at least one word.
    public var sentences: Int
    /// Total syllables.
    public var syllables: Int
    /// Words of three or more syllables (SMOG's count).
    public var polysyllables: Int
    /// Gunning's complex words: three or more syllables, not counting those that reach three only through an
    /// `-es`, `-ed` or `-ing` ending (the stem has fewer than three).
    public var complexWords: Int
    /// Letters in words (apostrophes and digits excluded).
    public var letters: Int
    /// Letters and digits in words (ARI's character count).
    public var characters: Int

    /// Flesch Reading Ease: 206.835 − 1.015 · W/S − 84.6 · Sy/W (higher is easier).
    public var fleschReadingEase: Double
    /// Flesch–Kincaid grade: 0.39 · W/S + 11.8 · Sy/W − 15.59.
    public var fleschKincaidGrade: Double
    /// Gunning Fog index: 0.4 · (W/S + 100 · complex/W).
    public var gunningFog: Double
    /// SMOG grade: 1.0430 · √(polysyllables · 30/S) + 3.1291.
    public var smog: Double
    /// Coleman–Liau index: 0.0588 · L − 0.296 · S100 − 15.8 (L letters and S100 sentences per 100 words).
    public var colemanLiau: Double
    /// Automated Readability Index: 4.71 · characters/W + 0.5 · W/S − 21.43.
    public var automatedReadabilityIndex: Double

    /// Creates a value from counts and scores as they are (use `measure(sentences:)` to compute them).
    public init(words: Int, sentences: Int, syllables: Int, polysyllables: Int, complexWords: Int, letters: Int,
                characters: Int, fleschReadingEase: Double, fleschKincaidGrade: Double, gunningFog: Double,
                smog: Double, colemanLiau: Double, automatedReadabilityIndex: Double) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.polysyllables = polysyllables
        self.complexWords = complexWords
        self.letters = letters
        self.characters = characters
        self.fleschReadingEase = fleschReadingEase
        self.fleschKincaidGrade = fleschKincaidGrade
        self.gunningFog = gunningFog
        self.smog = smog
        self.colemanLiau = colemanLiau
        self.automatedReadabilityIndex = automatedReadabilityIndex
    }

    /// Counts and scores `sentences`, one string per sentence; strings without a word are skipped.
    /// - Parameter sentences: The text split into sentences.
    /// - Returns: The counts and scores; all zero for no words.
    /// - Complexity: O(n) in the total length of `sentences`. The walk is over UTF-8 bytes (a non-ASCII byte
    ///   decodes its scalar); each distinct word is counted by `SyllableCounter` once per call.
    public static func measure(sentences: [String]) -> Readability {
        // The thread's memo is moved into the tally for the walk (no class access per word) and back after.
        let memo = Memo.ofCurrentThread()
        var tally = Tally()
        swap(&tally.short, &memo.short)
        swap(&tally.long, &memo.long)
        Readability.asciiClass.withUnsafeBufferPointer { classes in
            for sentence in sentences {
                var sentence = sentence
                sentence.withUTF8 { tally.add(sentence: $0, classes: classes) }
            }
        }
        swap(&tally.short, &memo.short)
        swap(&tally.long, &memo.long)
        return Readability(counts: tally.words, sentences: tally.sentences, syllables: tally.syllables,
                           polysyllables: tally.polysyllables, complexWords: tally.complex, letters: tally.letters,
                           characters: tally.letters + tally.digits)
    }

    /// Words already counted on one thread. Words repeat within a posting and across a corpus ("the", "team"),
    /// so each distinct spelling goes through `SyllableCounter` once per thread, not once per posting. ASCII words
    /// of at most 16 bytes (nearly all of them) are keyed by their bytes packed into two integers, so no String
    /// is made for them. The counts are a pure function of the word, so the memo never changes a result.
    private final class Memo {
        /// Entries kept at most; past it the memo starts again, so memory stays bounded on any corpus.
        static let limit = 200_000
        var short = WordCountTable()
        var long: [String: (syllables: Int, complex: Bool)] = [:]

        /// The calling thread's memo (made on first use; it lives as long as the thread).
        static func ofCurrentThread() -> Memo {
            let slot = "jdautopsy.readability.memo"
            let dictionary = Thread.current.threadDictionary
            if let memo = dictionary[slot] as? Memo {
                if memo.short.count + memo.long.count > limit { memo.short.removeAll(); memo.long = [:] }
                return memo
            }
            let memo = Memo()
            dictionary[slot] = memo
            return memo
        }
    }

    /// The running counts of `measure(sentences:)`.
    private struct Tally {
        var words = 0, sentences = 0, syllables = 0, polysyllables = 0, complex = 0, letters = 0, digits = 0
        /// The memo's tables while the tally holds them.
        var short = WordCountTable(capacity: 0)
        var long: [String: (syllables: Int, complex: Bool)] = [:]

        /// Adds one sentence's words and letters (`classes`: `asciiClass`).
        mutating func add(sentence bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<ScalarClass>) {
            let before = words
            var wordStart = -1
            var hasWordCharacter = false
            var asciiWord = true
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let kind: ScalarClass
                var length = 1
                if b < 0x80 {
                    kind = classes[Int(b)]
                } else {
                    let (scalar, size) = Self.decode(bytes, at: i)
                    length = size
                    kind = Readability.classify(scalar)
                }
                switch kind {
                case .letter:
                    letters += 1
                    hasWordCharacter = true
                    if wordStart < 0 { wordStart = i; asciiWord = true }
                    if b < 0x80 {
                        // The rest of a run of ASCII letters, without classifying each byte.
                        var j = i + 1
                        while j < n, (bytes[j] | 0x20) &- 0x61 < 26 { j += 1 }
                        letters += j - i - 1
                        i = j
                        continue
                    }
                case .digit:
                    digits += 1
                    hasWordCharacter = true
                    if wordStart < 0 { wordStart = i; asciiWord = true }
                case .inWord:
                    if wordStart < 0 { wordStart = i; asciiWord = true }
                case .mark:
                    break
                case .separator:
                    endWord(bytes, wordStart, i, hasWordCharacter, asciiWord)
                    wordStart = -1
                    hasWordCharacter = false
                }
                if b >= 0x80 { asciiWord = false }
                i += length
            }
            endWord(bytes, wordStart, n, hasWordCharacter, asciiWord)
            if words > before { sentences += 1 }
        }

        private mutating func endWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ hasWordCharacter: Bool,
                                      _ ascii: Bool) {
            guard hasWordCharacter, start >= 0 else { return }
            words += 1
            let value: (syllables: Int, complex: Bool)
            if ascii && end - start <= 16 {
                // The first eight bytes and the rest, packed (word bytes are never 0, so no two words share a key).
                var first: UInt64 = 0, rest: UInt64 = 0
                let middle = min(end, start + 8)
                for k in start..<middle { first = first << 8 | UInt64(bytes[k]) }
                for k in middle..<end { rest = rest << 8 | UInt64(bytes[k]) }
                if let known = short.value(first, rest) {
                    value = known
                } else {
                    value = Self.measure(word(bytes, start, end))
                    short.insert(first, rest, value)
                }
            } else {
                let w = word(bytes, start, end)
                if let known = long[w] {
                    value = known
                } else {
                    value = Self.measure(w)
                    long[w] = value
                }
            }
            syllables += value.syllables
            if value.syllables >= 3 {
                polysyllables += 1
                if value.complex { complex += 1 }
            }
        }

        private func word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        private static func measure(_ word: String) -> (syllables: Int, complex: Bool) {
            let n = SyllableCounter.count(word)
            return (n, n >= 3 && Readability.isComplex(word))
        }

        /// The scalar whose (valid, as Swift strings are) UTF-8 encoding starts at `i`, and its length.
        @inline(__always)
        private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
            let b = UInt32(bytes[i])
            let value: UInt32, size: Int
            if b < 0xE0 {
                value = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); size = 2
            } else if b < 0xF0 {
                value = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); size = 3
            } else {
                value = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F); size = 4
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", size)
        }
    }

    /// `classify` of every ASCII byte, looked up instead of tested on the hot path.
    private static let asciiClass: [ScalarClass] = (0..<128).map { classify(Unicode.Scalar(UInt8($0))) }

    /// Computes the scores from counts.
    private init(counts words: Int, sentences: Int, syllables: Int, polysyllables: Int, complexWords: Int,
                 letters: Int, characters: Int) {
        var fre = 0.0, fk = 0.0, fog = 0.0, smog = 0.0, cli = 0.0, ari = 0.0
        if words > 0 && sentences > 0 {
            let w = Double(words), s = Double(sentences)
            let wordsPerSentence = w / s
            let syllablesPerWord = Double(syllables) / w
            fre = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
            fk = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
            fog = 0.4 * (wordsPerSentence + 100 * Double(complexWords) / w)
            smog = 1.0430 * (Double(polysyllables) * 30 / s).squareRoot() + 3.1291
            let lettersPer100 = Double(letters) / w * 100
            let sentencesPer100 = s / w * 100
            cli = 0.0588 * lettersPer100 - 0.296 * sentencesPer100 - 15.8
            ari = 4.71 * Double(characters) / w + 0.5 * wordsPerSentence - 21.43
        }
        self.init(words: words, sentences: sentences, syllables: syllables, polysyllables: polysyllables,
                  complexWords: complexWords, letters: letters, characters: characters, fleschReadingEase: fre,
                  fleschKincaidGrade: fk, gunningFog: fog, smog: smog, colemanLiau: cli,
                  automatedReadabilityIndex: ari)
    }

    /// What a scalar is to word splitting.
    private enum ScalarClass { case letter, digit, inWord, mark, separator }

    /// Letters and digits make words; apostrophes stay inside them; combining marks belong to the letter before.
    @inline(__always)
    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let v = scalar.value
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return .letter }
            if v >= 0x30 && v <= 0x39 { return .digit }
            return v == 0x27 ? .inWord : .separator
        }
        if v == 0x2019 { return .inWord }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .decimalNumber, .letterNumber, .otherNumber: return .digit
        default: return properties.isAlphabetic ? .letter : .separator
        }
    }

    /// Gunning's rule: a word of ≥ 3 syllables is complex unless it ends in -es, -ed or -ing and its stem has < 3.
    private static func isComplex(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        for suffix in ["es", "ed", "ing"] {
            let tail = Array(suffix.utf8)
            guard bytes.count > tail.count else { continue }
            let end = bytes[(bytes.count - tail.count)...].map { $0 | 0x20 }
            if end == tail {
                let stem = String(decoding: bytes[..<(bytes.count - tail.count)], as: UTF8.self)
                if SyllableCounter.count(stem) < 3 { return false }
            }
        }
        return true
    }

    /// A copy with every score rounded to `places` decimal places, for display; counts are unchanged.
    /// - Parameter places: Decimal places (0 or more).
    /// - Returns: The rounded copy.
    public func rounded(to places: Int) -> Readability {
        var scale = 1.0
        for _ in 0..<max(0, places) { scale *= 10 }
        func round(_ x: Double) -> Double { (x * scale).rounded() / scale }
        var copy = self
        copy.fleschReadingEase = round(fleschReadingEase)
        copy.fleschKincaidGrade = round(fleschKincaidGrade)
        copy.gunningFog = round(gunningFog)
        copy.smog = round(smog)
        copy.colemanLiau = round(colemanLiau)
        copy.automatedReadabilityIndex = round(automatedReadabilityIndex)
        return copy
    }
}
