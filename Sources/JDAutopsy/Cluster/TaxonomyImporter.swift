import Foundation

/// Reads O*NET and ESCO occupations from the files as their publishers distribute them.
public enum TaxonomyImporter {
    /// Reads O*NET's `Occupation Data.txt`, `Task Statements.txt` and `Alternate Titles.txt` from `directory`.
    ///
    /// Alternate and short titles ("n/a" skipped) become alternate titles, sorted and de-duplicated.
    /// - Throws: `DataFileError` naming the file and line.
    public static func onet(directory: String) throws(DataFileError) -> [Occupation] {
        let dir = URL(fileURLWithPath: directory)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw DataFileError(file: directory, kind: .unreadable, reason: "no such directory")
        }
        let occPath = dir.appendingPathComponent("Occupation Data.txt").path
        let occ = try DelimitedReader.read(occPath, separator: 0x09, quoted: false)
        let oc = try DelimitedReader.columns(["O*NET-SOC Code", "Title", "Description"], in: occ.first, path: occPath)
        var occupations: [Occupation] = []
        var index: [String: Int] = [:]
        for r in occ.dropFirst() {
            guard r.fields.count > oc.max()! else { throw DataFileError(file: occPath, line: r.line, reason: "expected \(oc.max()! + 1) tab-separated fields, found \(r.fields.count)") }
            index[r.fields[oc[0]]] = occupations.count
            occupations.append(Occupation(id: r.fields[oc[0]], title: r.fields[oc[1]], description: r.fields[oc[2]], source: "onet"))
        }
        let taskPath = dir.appendingPathComponent("Task Statements.txt").path
        let tasks = try DelimitedReader.read(taskPath, separator: 0x09, quoted: false)
        let tc = try DelimitedReader.columns(["O*NET-SOC Code", "Task"], in: tasks.first, path: taskPath)
        for r in tasks.dropFirst() {
            guard r.fields.count > tc.max()! else { throw DataFileError(file: taskPath, line: r.line, reason: "too few fields") }
            if let i = index[r.fields[tc[0]]] { occupations[i].tasks.append(r.fields[tc[1]]) }
        }
        let altPath = dir.appendingPathComponent("Alternate Titles.txt").path
        let alts = try DelimitedReader.read(altPath, separator: 0x09, quoted: false)
        let ac = try DelimitedReader.columns(["O*NET-SOC Code", "Alternate Title", "Short Title"], in: alts.first, path: altPath)
        var titles: [[String]] = Array(repeating: [], count: occupations.count)
        for r in alts.dropFirst() {
            guard r.fields.count > ac.max()! else { throw DataFileError(file: altPath, line: r.line, reason: "too few fields") }
            guard let i = index[r.fields[ac[0]]] else { continue }
            titles[i].append(r.fields[ac[1]])
            let short = r.fields[ac[2]]
            if !short.isEmpty, short != "n/a" { titles[i].append(short) }
        }
        for i in occupations.indices { occupations[i].alternateTitles = Array(Set(titles[i])).sorted() }
        return occupations
    }

    /// Reads ESCO's `occupations_en.csv` (preferred, alternative and hidden labels, description).
    /// - Throws: `DataFileError` naming the file and line.
    public static func esco(file path: String) throws(DataFileError) -> [Occupation] {
        let records = try DelimitedReader.read(path, separator: 0x2C, quoted: true)
        let c = try DelimitedReader.columns(["conceptUri", "preferredLabel", "altLabels", "hiddenLabels", "description"],
                                            in: records.first, path: path)
        var result: [Occupation] = []
        for r in records.dropFirst() {
            guard r.fields.count > c.max()! else {
                throw DataFileError(file: path, line: r.line, reason: "expected at least \(c.max()! + 1) fields, found \(r.fields.count)")
            }
            let labels = (r.fields[c[2]] + "\n" + r.fields[c[3]]).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            result.append(Occupation(id: r.fields[c[0]], title: r.fields[c[1]], description: r.fields[c[4]],
                                     alternateTitles: Array(Set(labels)).sorted(), source: "esco"))
        }
        return result.sorted { $0.id < $1.id }
    }
}
