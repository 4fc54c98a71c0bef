/// Reads a schema.org JobPosting out of JSON-LD: title, description and the facts it states.
struct JobPostingLD {
    /// The JobPosting object.
    let object: JSONValue

    /// Finds the first JobPosting in `value` (an object, an array, or an `@graph`).
    static func find(in value: JSONValue) -> JobPostingLD? {
        switch value {
        case .array(let items):
            for item in items { if let found = find(in: item) { return found } }
        case .object:
            if isJobPosting(value) { return JobPostingLD(object: value) }
            if let graph = value["@graph"] { return find(in: graph) }
        default: break
        }
        return nil
    }

    private static func isJobPosting(_ v: JSONValue) -> Bool {
        guard let type = v["@type"] else { return false }
        return type.elements.contains { $0.string?.hasSuffix("JobPosting") == true }
    }

    /// `title`.
    var title: String? { object["title"]?.string?.trimmingWhitespace().nonEmpty }

    /// `description` with its source range inside the JSON text.
    var description: (text: String, range: Range<Int>)? {
        if case .string(let s, let r)? = object["description"] { return (s, r) }
        return nil
    }

    /// The facts the posting states.
    var metadata: PostingMetadata {
        var m = PostingMetadata()
        if let org = object["hiringOrganization"] { m.organization = org.string ?? org["name"]?.string }
        m.salary = salary(object["baseSalary"])
        for place in object["jobLocation"]?.elements ?? [] {
            if let s = place.string { m.locations.append(s); continue }
            let address = place["address"] ?? place
            if let s = address.string { m.locations.append(s); continue }
            let parts = ["addressLocality", "addressRegion", "addressCountry"].compactMap { key -> String? in
                guard let v = address[key] else { return nil }
                return v.string ?? v["name"]?.string
            }
            if !parts.isEmpty { m.locations.append(parts.joined(separator: ", ")) }
        }
        m.locationType = object["jobLocationType"]?.elements.compactMap(\.string).first
        m.employmentTypes = object["employmentType"]?.elements.compactMap(\.string) ?? []
        m.datePosted = object["datePosted"]?.string
        m.validThrough = object["validThrough"]?.string
        if let id = object["identifier"] { m.identifier = id.string ?? id["value"]?.string ?? id["value"]?.number.map { String(Int($0)) } }
        m.url = object["url"]?.string
        return m
    }

    private func salary(_ v: JSONValue?) -> MonetaryRange? {
        guard let v else { return nil }
        let currency = v["currency"]?.string ?? v["salaryCurrency"]?.string
        let q = v["value"] ?? v
        var unit = q["unitText"]?.string ?? v["unitText"]?.string
        var lo = q["minValue"]?.number, hi = q["maxValue"]?.number
        if let single = (q.isObject ? q["value"]?.number : q.number) {
            lo = lo ?? single
            hi = hi ?? single
        }
        guard let low = lo ?? hi, let high = hi ?? lo else { return nil }
        unit = unit?.uppercased()
        let period: MonetaryRange.Period? = switch unit {
        case "HOUR": .hour
        case "DAY": .day
        case "WEEK": .week
        case "MONTH": .month
        case "YEAR": .year
        default: nil
        }
        return MonetaryRange(minimum: low, maximum: high, currency: currency?.uppercased(), period: period)
    }
}

extension String {
    /// nil when empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
