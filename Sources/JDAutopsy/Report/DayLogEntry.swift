/// One entry of [09] DAY-IN-THE-LIFE: a time slot, a duty from the posting, and how it is spent.
public struct DayLogEntry: Sendable, Equatable, Codable {
    /// "09:30 - 10:30".
    public var time: String
    /// The duty as the posting states it (shortened).
    public var duty: String
    /// The deadpan gloss.
    public var gloss: String
}
