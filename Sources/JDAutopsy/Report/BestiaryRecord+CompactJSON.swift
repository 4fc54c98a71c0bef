extension BestiaryRecord: CompactJSONMembers {
    /// The synthesised `Encodable` members, in sorted key order (nil optionals left out).
    func writeMembers(to o: inout CompactJSONObject) throws {
        try o.add("aliases", aliases); try o.add("autopsy", autopsy); try o.add("burnWard", burnWard)
        try o.add("dayInTheLife", dayInTheLife); try o.add("dominantCategory", dominantCategory); try o.add("habitats", habitats)
        try o.add("metrics", metrics); try o.add("related", related); try o.add("role", role)
        try o.add("survivalGuide", survivalGuide); try o.add("weaponry", weaponry)
    }
}
