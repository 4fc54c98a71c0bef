extension Readability: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order.
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("automatedReadabilityIndex", automatedReadabilityIndex); try o.add("characters", characters)
        try o.add("colemanLiau", colemanLiau); try o.add("complexWords", complexWords)
        try o.add("fleschKincaidGrade", fleschKincaidGrade); try o.add("fleschReadingEase", fleschReadingEase)
        try o.add("gunningFog", gunningFog); try o.add("letters", letters); try o.add("polysyllables", polysyllables)
        try o.add("sentences", sentences); try o.add("smog", smog); try o.add("syllables", syllables); try o.add("words", words)
    }
}
