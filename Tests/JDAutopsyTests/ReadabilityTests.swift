import Foundation
import XCTest
@testable import JDAutopsy

/// Readability counts and scores on small texts worked out by hand.
final class ReadabilityTests: XCTestCase {
    private let accuracy = 1e-6

    /// "The cat sat on the mat." / "It was happy."
    /// W = 9, S = 2, Sy = 6 + (1 + 1 + 2) = 10, P = 0, complex = 0,
    /// L = (3+3+3+2+3+3) + (2+3+5) = 27, characters = 27.
    /// FRE  = 206.835 − 1.015·4.5 − 84.6·10/9 = 206.835 − 4.5675 − 94 = 108.2675
    /// FK   = 0.39·4.5 + 11.8·10/9 − 15.59 = 1.755 + 13.1111… − 15.59 = −0.723888…
    /// Fog  = 0.4·(4.5 + 0) = 1.8
    /// SMOG = 1.0430·√0 + 3.1291 = 3.1291
    /// CLI  = 0.0588·300 − 0.296·22.2222… − 15.8 = 17.64 − 6.577777… − 15.8 = −4.737777…
    /// ARI  = 4.71·27/9 + 0.5·4.5 − 21.43 = 14.13 + 2.25 − 21.43 = −5.05
    func testSimpleText() {
        let r = Readability.measure(sentences: ["The cat sat on the mat.", "It was happy."])
        XCTAssertEqual(r.words, 9)
        XCTAssertEqual(r.sentences, 2)
        XCTAssertEqual(r.syllables, 10)
        XCTAssertEqual(r.polysyllables, 0)
        XCTAssertEqual(r.complexWords, 0)
        XCTAssertEqual(r.letters, 27)
        XCTAssertEqual(r.characters, 27)
        XCTAssertEqual(r.fleschReadingEase, 108.2675, accuracy: accuracy)
        XCTAssertEqual(r.fleschKincaidGrade, 1.755 + 118.0 / 9.0 - 15.59, accuracy: accuracy)
        XCTAssertEqual(r.fleschKincaidGrade, -0.7238888889, accuracy: accuracy)
        XCTAssertEqual(r.gunningFog, 1.8, accuracy: accuracy)
        XCTAssertEqual(r.smog, 3.1291, accuracy: accuracy)
        XCTAssertEqual(r.colemanLiau, -4.7377777778, accuracy: accuracy)
        XCTAssertEqual(r.automatedReadabilityIndex, -5.05, accuracy: accuracy)
    }

    /// "We created 12 beautiful dashboards." / "Experience matters!"
    /// Words: We(1) created(3) 12(1) beautiful(3) dashboards(2) | Experience(4) matters(2):
    /// W = 7, S = 2, Sy = 16, P = 3 (created, beautiful, experience),
    /// complex = 2 ("created" is excluded: "-ed" on the 2-syllable stem "creat"),
    /// L = 2+7+9+10+10+7 = 45, digits = 2, characters = 47.
    /// FRE  = 206.835 − 1.015·3.5 − 84.6·16/7 = 206.835 − 3.5525 − 193.371428… = 9.911071428…
    /// FK   = 0.39·3.5 + 11.8·16/7 − 15.59 = 1.365 + 26.971428… − 15.59 = 12.746428…
    /// Fog  = 0.4·(3.5 + 100·2/7) = 0.4·32.071428… = 12.828571…
    /// SMOG = 1.0430·√(3·30/2) + 3.1291 = 1.0430·6.708203… + 3.1291 = 10.125756…
    /// CLI  = 0.0588·642.857142… − 0.296·28.571428… − 15.8 = 37.8 − 8.457142… − 15.8 = 13.542857…
    /// ARI  = 4.71·47/7 + 0.5·3.5 − 21.43 = 31.624285… + 1.75 − 21.43 = 11.944285…
    func testPolysyllablesDigitsAndGunningExclusion() {
        let r = Readability.measure(sentences: ["We created 12 beautiful dashboards.", "Experience matters!"])
        XCTAssertEqual(r.words, 7)
        XCTAssertEqual(r.sentences, 2)
        XCTAssertEqual(r.syllables, 16)
        XCTAssertEqual(r.polysyllables, 3)
        XCTAssertEqual(r.complexWords, 2)
        XCTAssertEqual(r.letters, 45)
        XCTAssertEqual(r.characters, 47)
        XCTAssertEqual(r.fleschReadingEase, 206.835 - 1.015 * 3.5 - 84.6 * 16.0 / 7.0, accuracy: accuracy)
        XCTAssertEqual(r.fleschReadingEase, 9.9110714286, accuracy: accuracy)
        XCTAssertEqual(r.fleschKincaidGrade, 12.7464285714, accuracy: accuracy)
        XCTAssertEqual(r.gunningFog, 12.8285714286, accuracy: accuracy)
        XCTAssertEqual(r.smog, 1.0430 * 45.0.squareRoot() + 3.1291, accuracy: accuracy)
        XCTAssertEqual(r.smog, 10.1257567016, accuracy: accuracy)
        XCTAssertEqual(r.colemanLiau, 13.5428571429, accuracy: accuracy)
        XCTAssertEqual(r.automatedReadabilityIndex, 11.9442857143, accuracy: accuracy)
    }

    /// "Hello." — W = 1, S = 1, Sy = 2, L = 5.
    /// FRE = 206.835 − 1.015 − 169.2 = 36.62; FK = 0.39 + 23.6 − 15.59 = 8.4; Fog = 0.4;
    /// SMOG = 3.1291; CLI = 29.4 − 29.6 − 15.8 = −16; ARI = 23.55 + 0.5 − 21.43 = 2.62.
    func testOneWord() {
        let r = Readability.measure(sentences: ["Hello."])
        XCTAssertEqual(r.words, 1)
        XCTAssertEqual(r.sentences, 1)
        XCTAssertEqual(r.syllables, 2)
        XCTAssertEqual(r.fleschReadingEase, 36.62, accuracy: accuracy)
        XCTAssertEqual(r.fleschKincaidGrade, 8.4, accuracy: accuracy)
        XCTAssertEqual(r.gunningFog, 0.4, accuracy: accuracy)
        XCTAssertEqual(r.smog, 3.1291, accuracy: accuracy)
        XCTAssertEqual(r.colemanLiau, -16.0, accuracy: accuracy)
        XCTAssertEqual(r.automatedReadabilityIndex, 2.62, accuracy: accuracy)
        assertFinite(r)
    }

    /// Empty strings and strings without a word are not sentences; apostrophes stay inside words and are not
    /// letters; hyphens and dashes split words.
    /// "Don't stop—it's full-time work!": Don't, stop, it's, full, time, work → W = 6, Sy = 6,
    /// L = 4+4+3+4+4+4 = 23. FRE = 206.835 − 1.015·6 − 84.6·1 = 116.145.
    func testWordAndSentenceBoundaries() {
        let r = Readability.measure(sentences: ["", "   ", "Don't stop\u{2014}it's full-time work!", "***"])
        XCTAssertEqual(r.sentences, 1)
        XCTAssertEqual(r.words, 6)
        XCTAssertEqual(r.syllables, 6)
        XCTAssertEqual(r.letters, 23)
        XCTAssertEqual(r.characters, 23)
        XCTAssertEqual(r.fleschReadingEase, 116.145, accuracy: accuracy)
    }

    func testUnicodeLettersCount() {
        // "Café résumé." — 2 words, 10 letters (é is one letter whether composed or not).
        let composed = Readability.measure(sentences: ["Café résumé."])
        let decomposed = Readability.measure(sentences: ["Cafe\u{301} re\u{301}sume\u{301}."])
        XCTAssertEqual(composed.words, 2)
        XCTAssertEqual(composed.letters, 10)
        XCTAssertEqual(decomposed, composed)
    }

    func testEmptyInputIsAllZero() {
        for input in [[], [""], ["   ", "\n"], ["!!!", "—"]] as [[String]] {
            let r = Readability.measure(sentences: input)
            XCTAssertEqual(r, Readability(words: 0, sentences: 0, syllables: 0, polysyllables: 0, complexWords: 0,
                                          letters: 0, characters: 0, fleschReadingEase: 0, fleschKincaidGrade: 0,
                                          gunningFog: 0, smog: 0, colemanLiau: 0, automatedReadabilityIndex: 0))
            assertFinite(r)
        }
    }

    func testRoundedIsForDisplayOnly() {
        let r = Readability.measure(sentences: ["The cat sat on the mat.", "It was happy."])
        let two = r.rounded(to: 2)
        XCTAssertEqual(r.rounded(to: 1).fleschReadingEase, 108.3)
        XCTAssertEqual(two.fleschKincaidGrade, -0.72)
        XCTAssertEqual(two.colemanLiau, -4.74)
        XCTAssertEqual(two.words, r.words)
        XCTAssertEqual(r.rounded(to: 0).smog, 3)
    }

    func testCodableRoundTrip() throws {
        let r = Readability.measure(sentences: ["We created 12 beautiful dashboards.", "Experience matters!"])
        let data = try JSONEncoder().encode(r)
        XCTAssertEqual(try JSONDecoder().decode(Readability.self, from: data), r)
    }

    private func assertFinite(_ r: Readability, file: StaticString = #filePath, line: UInt = #line) {
        for score in [r.fleschReadingEase, r.fleschKincaidGrade, r.gunningFog, r.smog, r.colemanLiau,
                      r.automatedReadabilityIndex] {
            XCTAssertTrue(score.isFinite, "\(score)", file: file, line: line)
        }
    }
}
