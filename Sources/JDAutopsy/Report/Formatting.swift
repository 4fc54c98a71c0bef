import Foundation

/// Number and text formatting shared by the renderers; locale-independent so output is byte-stable.
enum Formatting {
    /// 1234567.8 → "1,234,568".
    static func thousands(_ x: Double) -> String {
        let n = Int(x.rounded())
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A number with one decimal ("47.3"); whole numbers without (".0" dropped).
    static func decimal(_ x: Double, places: Int = 1) -> String {
        let p = Double((0..<places).reduce(1) { r, _ in r * 10 })
        let v = (x * p).rounded() / p
        if v == v.rounded() { return String(Int(v)) }
        var s = String(v)
        if let dot = s.firstIndex(of: "."), s.distance(from: dot, to: s.endIndex) > places + 1 {
            s = String(s[..<s.index(dot, offsetBy: places + 1)])
        }
        return s
    }

    /// "USD 120,000–150,000 a year".
    static func money(_ min: Double?, _ max: Double?, currency: String?, period: String = "a year") -> String {
        guard let min else { return "not stated" }
        let c = currency.map { $0 + " " } ?? ""
        if let max, max != min { return "\(c)\(thousands(min))–\(thousands(max)) \(period)" }
        return "\(c)\(thousands(min)) \(period)"
    }

    /// "LEAD-COMPUTER-VISION-ENGINEER" from a title.
    static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for ch in s.uppercased() {
            if ch.isLetter || ch.isNumber {
                if dash, !out.isEmpty { out.append("-") }
                out.append(ch)
                dash = false
            } else {
                dash = true
            }
        }
        return String(out.prefix(80))
    }

    /// The title up to a ":" or " — " subtitle.
    static func roleName(_ title: String) -> String {
        for sep in [":", " — ", " – ", " | ", " - "] {
            if let r = title.range(of: sep), title.distance(from: title.startIndex, to: r.lowerBound) >= 3 {
                return String(title[..<r.lowerBound]).trimmingWhitespace()
            }
        }
        return title
    }
}
