// PLACEHOLDER — replaced by the real parser (helper-6). Do not ship.
struct SalaryMention { var text: String; var range: MonetaryRange; var annualMinimum: Double?; var annualMaximum: Double?; var offset: Int }
struct SalaryParser { init(annualisation: [String: Double]) {}; func parse(_ t: String) -> [SalaryMention] { [] } }
public struct Readability: Sendable, Equatable, Codable {
    public var fleschReadingEase = 0.0, fleschKincaidGrade = 0.0, gunningFog = 0.0, smog = 0.0, colemanLiau = 0.0, automatedReadabilityIndex = 0.0
    static func measure(sentences: [String]) -> Readability { Readability() }
}
