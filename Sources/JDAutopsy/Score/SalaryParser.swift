/// Finds pay figures in free text ("$120k–$150k", "£30k pa", "40 €/h", "₹12 LPA") and converts them to yearly terms.
///
/// Rules, in the order they apply:
/// - **Amounts**: digits with `,` `.` `'` `’` or a no-break/thin space as thousands separators (`120,000`,
///   `50.000`, `120'000`); a `.` or `,` followed by other than three digits is the decimal mark (`28.50`,
///   `2.500,00`). Multipliers: `k`, `thousand`; `m`, `mm`, `mn`, `million`; `b`, `bn`, `billion`; `lakh`/`lac`
///   (100,000), `crore`/`cr` (10,000,000) and `LPA` (lakh per annum, which also sets the period to a year).
///   Single-letter multipliers must touch the number. A number with a leading zero (`020`), glued to letters
///   (`B2B`, `3rd`, `24h`), followed by `%`, `(` (`401(k)`), `:`/`/` plus digits (`9:30`, `24/7`) or by a count
///   noun (`years`, `hours`, `people`…) is not an amount.
/// - **Currency** (ISO 4217), before or after the number: `$` is USD (an assumption: postings in other dollar
///   countries should write `CA$`, `C$`, `A$`, `AU$`, `NZ$`, `S$`, `HK$`, `MX$`, `US$`); `R$` BRL; `£` GBP; `€` EUR;
///   `¥` JPY; `₹` and `Rs` INR; `₩ ₽ ₺ ₪ ₦ ₱ ฿ ₫ ₴` their currencies; upper-case ISO codes (`USD`, `CHF`…; not
///   `PHP`, the language); `dollars`, `euros`, `rupees`, `yen` after the number (not `pounds`, a weight). Lakh,
///   crore and LPA imply INR when no currency is written.
/// - **Ranges**: two amounts joined by `-`, `–`, `—`, `−`, `to`, or `and` after `between` (`and` alone does not
///   join: "$80k and a $5k bonus"), optionally with `under`/`over`/`about`… before the second. A multiplier on the
///   upper amount carries to a smaller bare lower one (`120-150k`); the currency of either side fills the
///   other. A pair whose upper amount is below the lower one or more than 5 times it is not a range, and a
///   chain of three dashed numbers (a phone number) is no mention at all. A rejected pair is skipped whole.
/// - **Bounds**: `up to`/`upto`/`max` → `.upTo`, `from`/`starting at`/`at least`/`min` or a trailing `+` →
///   `.from`; the amount is both minimum and maximum.
/// - **Period**: `/h`, `/hr`, `/hour`, `per hour`, `an hour`, `hourly`, `ph` (and the same for day, week, month
///   with `pcm`/`pm`, year with `per annum`, `pa`, `p.a.`, `annually`, `yearly`), possibly after `gross`/`net`/
///   `base`, or `hourly`/`annual`/`monthly`… up to four words before the amount. A rate per anything else
///   (`$0.55 per mile`, `$5/unit`) is not pay. With no period stated it is inferred: both amounts ≥ 1,000 → year,
///   both below 200 → hour, otherwise nil (and no annual figures).
/// - **Acceptance**: an amount with a currency is a mention; one without needs a pay word (`salary`, `pay`,
///   `compensation`, `wage`, `rate`, `base`, `OTE`, `CTC`…) at most eight tokens before it in the same sentence
///   and must look like money (thousands separators, a multiplier, a period or a range).
/// - **Rejection** (company money and perks, not pay): amounts in millions or billions (`$5M`, `$2 billion`)
///   unless a pay word precedes them; amounts with a business or perk word up to three words before, in the
///   same clause and with no pay noun among them (`raised`, `Series B (`, `revenue of`, `budget of`, `bonus of`,
///   `quota of`, `health benefits up to`, `contribution of`; but "Salary & Bonus $120k" is pay), or up to three
///   words after, before any `+`/`plus`/`and`/`with`/punctuation (`ARR`, `in revenue`, `in funding`, `budget`,
///   `signing bonus`, `stipend`, `per diem`, `for courses`).
public struct SalaryParser: Sendable, Equatable, Codable {
    /// Yearly multiplier of each period, keyed by `MonetaryRange.Period.rawValue`.
    public var annualisation: [String: Double]

    /// Creates a parser.
    /// - Parameter annualisation: How many of each period make a year (`Lexicons/scoring.json` has the same table).
    public init(annualisation: [String: Double] = ["hour": 2080, "day": 260, "week": 52, "month": 12, "year": 1]) {
        self.annualisation = annualisation
    }

    /// Finds every pay figure in `text`, in order of appearance.
    /// - Parameter text: Any text; a posting's plain text.
    /// - Returns: The mentions, non-overlapping, ordered by `offset`.
    /// - Complexity: O(n) in the length of `text`: one tokenising pass, then a bounded look around each number.
    public func parse(_ text: String) -> [SalaryMention] {
        // Every amount has an ASCII digit, so text without one is not tokenised at all.
        var text = text
        let hasDigit = text.withUTF8 { b in b.contains { $0 &- 0x30 < 10 } }
        guard hasDigit else { return [] }
        let bytes = Array(text.utf8)
        let tokens = Self.tokenize(bytes)
        var mentions: [SalaryMention] = []
        var i = 0
        while i < tokens.count {
            let kind = tokens[i].kind
            if kind == .number || kind == .currency || (kind == .word && (tokens[i].code != nil || tokens[i].word == "rs")),
               let found = mention(at: i, tokens, bytes) {
                if let mention = found.mention { mentions.append(mention) }
                i = max(found.next, i + 1)
            } else {
                i += 1
            }
        }
        return mentions
    }

    // MARK: - Tokens

    /// One lexical unit of the input, with its UTF-8 byte range.
    private struct Token {
        enum Kind { case number, word, currency, dash, symbol }
        var kind: Kind
        var start: Int
        var end: Int
        /// Whitespace between the previous token and this one.
        var gap: Bool
        /// Lower-cased word.
        var word: String = ""
        /// ISO 4217 code of a currency token or of an upper-case code word.
        var code: String?
        /// Value of a number.
        var value: Double = 0
        /// Whether a number had thousands separators.
        var grouped: Bool = false
        /// Whether a number starts with 0 and has more digits before any decimal mark.
        var leadingZero: Bool = false
        /// The scalar of a symbol.
        var symbol: UInt32 = 0
    }

    /// Splits UTF-8 bytes into numbers, words, currency symbols, dashes and other symbols.
    private static func tokenize(_ b: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(b.count / 4)
        let n = b.count
        var p = 0
        var gap = false
        while p < n {
            let c = b[p]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C || c == 0x0B {
                gap = true; p += 1; continue
            }
            if c >= 0x30 && c <= 0x39 {
                tokens.append(scanNumber(b, &p, gap))
                gap = false
                continue
            }
            if isASCIILetter(c) {
                tokens.append(scanWord(b, &p, gap))
                gap = false
                continue
            }
            if c < 0x80 {
                let start = p
                p += 1
                if c == UInt8(ascii: "$") {
                    if !gap, let last = tokens.last, last.kind == .word, last.end == start,
                       let code = dollarPrefixes[last.word] {
                        tokens[tokens.count - 1] = Token(kind: .currency, start: last.start, end: p, gap: last.gap,
                                                         code: code)
                    } else {
                        tokens.append(Token(kind: .currency, start: start, end: p, gap: gap, code: "USD"))
                    }
                } else if c == UInt8(ascii: "-") {
                    tokens.append(Token(kind: .dash, start: start, end: p, gap: gap, symbol: UInt32(c)))
                } else {
                    tokens.append(Token(kind: .symbol, start: start, end: p, gap: gap, symbol: UInt32(c)))
                }
                gap = false
                continue
            }
            let (scalar, length) = decode(b, p)
            if isSpace(scalar) {
                gap = true; p += length; continue
            }
            if let code = currencySymbols[scalar] {
                tokens.append(Token(kind: .currency, start: p, end: p + length, gap: gap, code: code))
            } else if isDash(scalar) {
                tokens.append(Token(kind: .dash, start: p, end: p + length, gap: gap, symbol: scalar))
            } else if Unicode.Scalar(scalar)?.properties.isAlphabetic == true {
                tokens.append(scanWord(b, &p, gap))
                gap = false
                continue
            } else {
                tokens.append(Token(kind: .symbol, start: p, end: p + length, gap: gap, symbol: scalar))
            }
            p += length
            gap = false
        }
        return tokens
    }

    @inline(__always)
    private static func isASCIILetter(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    @inline(__always)
    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Decodes the scalar starting at `p` (lenient: a malformed byte decodes as U+FFFD, length 1).
    private static func decode(_ b: [UInt8], _ p: Int) -> (UInt32, Int) {
        let c = b[p]
        let n = b.count
        if c < 0x80 { return (UInt32(c), 1) }
        var length = 0
        var v: UInt32 = 0
        if c & 0xE0 == 0xC0 { length = 2; v = UInt32(c & 0x1F) }
        else if c & 0xF0 == 0xE0 { length = 3; v = UInt32(c & 0x0F) }
        else if c & 0xF8 == 0xF0 { length = 4; v = UInt32(c & 0x07) }
        else { return (0xFFFD, 1) }
        guard p + length <= n else { return (0xFFFD, 1) }
        for k in 1..<length {
            let cc = b[p + k]
            guard cc & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            v = (v << 6) | UInt32(cc & 0x3F)
        }
        return (v, length)
    }

    private static func isSpace(_ s: UInt32) -> Bool {
        s == 0xA0 || s == 0x85 || (s >= 0x2000 && s <= 0x200B) || s == 0x2028 || s == 0x2029 || s == 0x202F
            || s == 0x205F || s == 0x3000 || s == 0xFEFF
    }

    private static func isDash(_ s: UInt32) -> Bool {
        (s >= 0x2010 && s <= 0x2015) || s == 0x2212 || s == 0xFE58 || s == 0xFE63 || s == 0xFF0D
    }

    /// Scans a word of ASCII and other alphabetic letters; records its lower-cased form and ISO code if any.
    private static func scanWord(_ b: [UInt8], _ p: inout Int, _ gap: Bool) -> Token {
        let start = p
        let n = b.count
        var allUpper = true
        while p < n {
            let c = b[p]
            if isASCIILetter(c) {
                if c >= 0x61 { allUpper = false }
                p += 1
            } else if c >= 0x80 {
                let (scalar, length) = decode(b, p)
                guard currencySymbols[scalar] == nil, !isSpace(scalar), !isDash(scalar),
                      Unicode.Scalar(scalar)?.properties.isAlphabetic == true else { break }
                allUpper = false
                p += length
            } else {
                break
            }
        }
        let length = p - start
        // Lower-case ASCII letters in place; other bytes are copied as they are. Words of up to 15 bytes are
        // stored inline by String, so this allocates nothing for ordinary words.
        let word = String(unsafeUninitializedCapacity: length) { buffer in
            for k in 0..<length {
                let c = b[start + k]
                buffer[k] = c >= 0x41 && c <= 0x5A ? c + 32 : c
            }
            return length
        }
        var token = Token(kind: .word, start: start, end: p, gap: gap, word: word)
        if allUpper && length == 3 {
            let upper = String(decoding: b[start..<p], as: UTF8.self)
            if isoCodes.contains(upper) { token.code = upper == "RMB" ? "CNY" : upper }
        }
        return token
    }

    /// Scans a number with thousands separators and a decimal mark (see the type's documentation).
    private static func scanNumber(_ b: [UInt8], _ p: inout Int, _ gap: Bool) -> Token {
        let start = p
        let n = b.count
        var value = 0.0
        var firstLength = 0
        while p < n && isDigit(b[p]) {
            value = value * 10 + Double(b[p] - 0x30)
            firstLength += 1
            p += 1
        }
        var groupSeparator: UInt32? = nil
        var grouped = false
        while p < n {
            // The separator: , . ' or a 3-byte ’, no-break space or thin space.
            var separator: UInt32 = 0
            var separatorLength = 0
            let c = b[p]
            if c == UInt8(ascii: ",") || c == UInt8(ascii: ".") || c == UInt8(ascii: "'") {
                separator = UInt32(c); separatorLength = 1
            } else if c >= 0x80 {
                let (scalar, length) = decode(b, p)
                if scalar == 0x2019 || scalar == 0xA0 || scalar == 0x202F || scalar == 0x2009 {
                    separator = scalar; separatorLength = length
                }
            }
            guard separatorLength > 0 else { break }
            var q = p + separatorLength
            var digits = 0
            var part = 0.0
            while q < n && isDigit(b[q]) {
                part = part * 10 + Double(b[q] - 0x30)
                digits += 1
                q += 1
            }
            guard digits > 0 else { break }
            let decimalMark = separator == UInt32(UInt8(ascii: ".")) || separator == UInt32(UInt8(ascii: ","))
            // Indian grouping: "12,00,000" (two-digit groups before the last three).
            if separator == UInt32(UInt8(ascii: ",")) && digits == 2 && (groupSeparator == nil || groupSeparator == separator)
                && firstLength <= 2 && q + 1 < n && b[q] == UInt8(ascii: ",") && isDigit(b[q + 1]) {
                groupSeparator = separator
                grouped = true
                value = value * 100 + part
                p = q
                continue
            }
            if digits == 3 && firstLength <= 3 && (groupSeparator == nil || groupSeparator == separator) {
                groupSeparator = separator
                grouped = true
                value = value * 1000 + part
                p = q
                continue
            }
            if decimalMark && separator != groupSeparator && (digits != 3 || groupSeparator != nil) {
                var scale = 1.0
                for _ in 0..<digits { scale *= 10 }
                value += part / scale
                p = q
            }
            break
        }
        let leadingZero = firstLength > 1 && b[start] == 0x30
        return Token(kind: .number, start: start, end: p, gap: gap, value: value, grouped: grouped,
                     leadingZero: leadingZero)
    }

    // MARK: - Amounts

    /// One amount: optional currency, number, multiplier, currency after, period.
    private struct Amount {
        var start: Int
        var end: Int
        var raw: Double
        var multiplier = 1.0
        var hasMultiplier = false
        var large = false
        var indian = false
        var currency: String?
        var period: MonetaryRange.Period?
        var grouped: Bool
        var plus = false
        var value: Double { raw * multiplier }
    }

    /// Reads an amount starting at token `start`, or nil when the tokens there are not one.
    /// - Parameter upper: Whether this is the upper side of a range (then a dash may touch the number).
    private func amount(at start: Int, _ t: [Token], upper: Bool = false) -> Amount? {
        let n = t.count
        var k = start
        var currency: String? = nil
        if t[k].kind == .currency {
            currency = t[k].code
            k += 1
        } else if t[k].kind == .word, let code = t[k].code {
            currency = code
            k += 1
        } else if t[k].kind == .word && t[k].word == "rs" {
            currency = "INR"
            k += 1
            if k < n && t[k].kind == .symbol && t[k].symbol == 0x2E && !t[k].gap { k += 1 }
        }
        guard k < n, t[k].kind == .number else { return nil }
        let number = t[k]
        if number.leadingZero { return nil }
        if currency == nil && k == start && k > 0 {
            let prev = t[k - 1]
            // After a currency symbol the amount was read from the symbol, and rejected.
            if prev.kind == .currency { return nil }
            if !number.gap {
                switch prev.kind {
                case .word, .number: return nil
                case .symbol:
                    if Self.gluedBefore.contains(prev.symbol) { return nil }
                case .dash:
                    if !upper && k >= 2 && t[k - 2].kind == .number && !prev.gap { return nil }
                case .currency: break
                }
            }
        }
        var a = Amount(start: start, end: k + 1, raw: number.value, currency: currency, grouped: number.grouped)
        k += 1

        // Multiplier.
        if k < n && t[k].kind == .word {
            let w = t[k]
            if !w.gap {
                if let m = Self.gluedMultipliers[w.word] {
                    apply(m, to: &a); k += 1
                } else if w.code == nil {
                    return nil
                }
            } else if let m = Self.spacedMultipliers[w.word] {
                apply(m, to: &a); k += 1
            }
        }
        // Currency after the number (not when it starts the next amount).
        if k < n {
            let c = t[k]
            var code: String? = nil
            if c.kind == .currency || (c.kind == .word && c.code != nil) {
                let startsNext = k + 1 < n && t[k + 1].kind == .number
                if !startsNext { code = c.code }
            } else if c.kind == .word, let named = Self.currencyWords[c.word] {
                code = named
            }
            if let code, a.currency == nil || a.currency == code {
                a.currency = code
                k += 1
            }
        }
        // "$120k+": a floor, unless a count follows ("10+ years").
        if k < n && t[k].kind == .symbol && t[k].symbol == 0x2B && !t[k].gap {
            a.plus = true
            k += 1
        }
        if k < n {
            let x = t[k]
            if x.kind == .symbol {
                if x.symbol == 0x25 { return nil }
                if !x.gap && x.symbol == 0x28 { return nil }
                if !x.gap && (x.symbol == 0x3A || x.symbol == 0x2F) && k + 1 < n && t[k + 1].kind == .number
                    && !t[k + 1].gap {
                    return nil
                }
            } else if x.kind == .word && Self.countNouns.contains(x.word) {
                return nil
            }
        }
        if let found = period(at: k, t) {
            a.period = found.period
            k = found.next
        } else if k + 1 < n && t[k + 1].kind == .word
                    && ((t[k].kind == .word && t[k].word == "per") || (t[k].kind == .symbol && t[k].symbol == 0x2F)) {
            // A rate per something else ("$0.55 per mile", "$5/unit") is not pay.
            return nil
        }
        a.end = k
        return a
    }

    private func apply(_ m: (factor: Double, kind: MultiplierKind), to a: inout Amount) {
        a.multiplier = m.factor
        a.hasMultiplier = true
        switch m.kind {
        case .plain: break
        case .large: a.large = true
        case .indian: a.indian = true
        case .lakhPerAnnum: a.indian = true; a.period = .year
        }
    }

    /// Reads a period written after an amount: "/hour", "per annum", "an hour", "pa", "p.a.", "monthly"…
    private func period(at k: Int, _ t: [Token]) -> (period: MonetaryRange.Period, next: Int)? {
        let n = t.count
        guard k < n else { return nil }
        let x = t[k]
        if x.kind == .symbol && x.symbol == 0x2F {
            if k + 1 < n && t[k + 1].kind == .word, let unit = Self.slashUnits[t[k + 1].word] { return (unit, k + 2) }
            return nil
        }
        guard x.kind == .word else { return nil }
        // "€3,600 gross per month": a pay qualifier may stand before the period.
        if Self.payQualifiers.contains(x.word) { return period(at: k + 1, t) }
        switch x.word {
        case "per":
            if k + 1 < n && t[k + 1].kind == .word, let unit = Self.perUnits[t[k + 1].word] { return (unit, k + 2) }
            if k + 2 < n && t[k + 1].word == "calendar" && t[k + 2].word == "month" { return (.month, k + 3) }
        case "a", "an":
            if k + 1 < n && t[k + 1].kind == .word, let unit = Self.articleUnits[t[k + 1].word] { return (unit, k + 2) }
        case "p":
            // "p.a." / "p.h."
            if k + 2 < n && t[k + 1].kind == .symbol && t[k + 1].symbol == 0x2E && !t[k + 1].gap
                && t[k + 2].kind == .word && !t[k + 2].gap {
                let unit: MonetaryRange.Period? = t[k + 2].word == "a" ? .year : t[k + 2].word == "h" ? .hour : nil
                if let unit {
                    var next = k + 3
                    if next < n && t[next].kind == .symbol && t[next].symbol == 0x2E && !t[next].gap { next += 1 }
                    return (unit, next)
                }
            }
        default:
            if let unit = Self.periodWords[x.word] { return (unit, k + 1) }
        }
        return nil
    }

    // MARK: - Mentions

    private enum Qualifier { case between, upTo, from }

    /// Reads the mention whose first amount starts at token `i`.
    /// - Returns: nil when no amount starts there; otherwise the mention, or nil when the amounts are rejected,
    ///   and the index after the expression (a rejected range is skipped whole, so its second amount is not
    ///   read again on its own).
    private func mention(at i: Int, _ t: [Token], _ bytes: [UInt8]) -> (mention: SalaryMention?, next: Int)? {
        guard var a = amount(at: i, t) else { return nil }
        let n = t.count

        // Words just before: between / up to / from …
        var qualifier: Qualifier? = nil
        var first = i
        if i >= 1 && t[i - 1].kind == .word {
            switch t[i - 1].word {
            case "between": qualifier = .between; first = i - 1
            case "upto", "max", "maximum": qualifier = .upTo; first = i - 1
            case "from", "min", "minimum": qualifier = .from; first = i - 1
            case "to" where i >= 2 && t[i - 2].word == "up": qualifier = .upTo; first = i - 2
            case "least" where i >= 2 && t[i - 2].word == "at": qualifier = .from; first = i - 2
            case "at" where i >= 2 && (t[i - 2].word == "starting" || t[i - 2].word == "starts"):
                qualifier = .from; first = i - 2
            default: break
            }
        }

        // A second amount.
        var b: Amount? = nil
        var end = a.end
        var linkedEnd = a.end
        if a.end < n && !a.plus {
            let s = t[a.end]
            let separates = s.kind == .dash
                || (s.kind == .word && (s.word == "to" || (s.word == "and" && qualifier == .between)))
            var secondStart = a.end + 1
            if separates && secondStart < n && t[secondStart].kind == .word
                && Self.comparisons.contains(t[secondStart].word) {
                secondStart += 1
            }
            if separates && secondStart < n, var second = amount(at: secondStart, t, upper: true) {
                linkedEnd = second.end
                // A third dashed number: a phone number or an id, not pay.
                if second.end < n && t[second.end].kind == .dash && !t[second.end].gap && second.end + 1 < n
                    && t[second.end + 1].kind == .number {
                    return (nil, second.end + 1)
                }
                if !a.hasMultiplier && second.hasMultiplier && a.raw < second.raw {
                    a.multiplier = second.multiplier
                    a.hasMultiplier = true
                    a.large = second.large
                    a.indian = second.indian
                } else if a.hasMultiplier && !second.hasMultiplier && second.raw < a.value
                            && second.raw * a.multiplier >= a.value {
                    second.multiplier = a.multiplier
                    second.hasMultiplier = true
                }
                let currenciesAgree = a.currency == nil || second.currency == nil || a.currency == second.currency
                let periodsAgree = a.period == nil || second.period == nil || a.period == second.period
                if currenciesAgree && periodsAgree && a.value > 0 && second.value >= a.value
                    && second.value <= 5 * a.value {
                    b = second
                    end = second.end
                }
            }
        }

        var currency = a.currency ?? b?.currency
        if currency == nil && (a.indian || b?.indian == true) { currency = "INR" }
        var period = b?.period ?? a.period
        if period == nil { period = periodBefore(first, t) }

        // Acceptance.
        let payContext = hasPayContext(before: first, t)
        if currency == nil {
            guard payContext, a.grouped || a.hasMultiplier || period != nil || b != nil else {
                return (nil, linkedEnd)
            }
        }
        if (a.large || b?.large == true) && !payContext { return (nil, linkedEnd) }
        if hasBusinessWord(before: first, t) || hasBusinessWord(after: end, t) { return (nil, linkedEnd) }

        let minimum = a.value
        let maximum = b?.value ?? a.value
        guard minimum > 0 else { return (nil, linkedEnd) }
        if period == nil {
            if minimum >= 1000 && maximum >= 1000 { period = .year } else if maximum < 200 { period = .hour }
        }
        let bound: SalaryMention.Bound = b != nil ? .range
            : qualifier == .upTo ? .upTo : (qualifier == .from || a.plus) ? .from : .single
        var annualMinimum: Double? = nil
        var annualMaximum: Double? = nil
        if let period, let factor = annualisation[period.rawValue] {
            annualMinimum = minimum * factor
            annualMaximum = maximum * factor
        }
        let startByte = t[first].start
        let endByte = t[end - 1].end
        let text = String(decoding: bytes[startByte..<endByte], as: UTF8.self)
        let range = MonetaryRange(minimum: minimum, maximum: maximum, currency: currency, period: period)
        return (SalaryMention(text: text, range: range, annualMinimum: annualMinimum, annualMaximum: annualMaximum,
                              offset: startByte, bound: bound), end)
    }

    /// A period adjective up to four tokens before the amount in the same sentence ("hourly rate: $28").
    private func periodBefore(_ first: Int, _ t: [Token]) -> MonetaryRange.Period? {
        var k = first - 1
        var seen = 0
        while k >= 0 && seen < 4 {
            let x = t[k]
            if x.kind == .symbol && Self.sentenceEnds.contains(x.symbol) { return nil }
            if x.kind == .number || x.kind == .currency { return nil }
            if x.kind == .word, let unit = Self.periodAdjectives[x.word] { return unit }
            k -= 1
            seen += 1
        }
        return nil
    }

    /// Whether a pay word ("salary", "pay", "OTE"…) occurs at most eight tokens before `first`, in the same sentence.
    private func hasPayContext(before first: Int, _ t: [Token]) -> Bool {
        var k = first - 1
        var seen = 0
        while k >= 0 && seen < 8 {
            let x = t[k]
            if x.kind == .symbol && Self.sentenceEnds.contains(x.symbol) { return false }
            if x.kind == .word && Self.payWords.contains(x.word) { return true }
            k -= 1
            seen += 1
        }
        return false
    }

    /// Whether a company-money word occurs up to three tokens before `first` in the same clause, with no pay noun
    /// among them ("Salary & Bonus $120k" is pay; "bonus of $5,000" is not).
    private func hasBusinessWord(before first: Int, _ t: [Token]) -> Bool {
        var k = first - 1
        var seen = 0
        var business = false
        while k >= 0 && seen < 3 {
            let x = t[k]
            if x.kind == .symbol && Self.clauseEnds.contains(x.symbol) { break }
            if x.kind == .number || x.kind == .currency { break }
            if x.kind == .word {
                if Self.payNouns.contains(x.word) { return false }
                if Self.businessBefore.contains(x.word) { business = true }
            }
            k -= 1
            seen += 1
        }
        return business
    }

    /// Whether a company-money word follows within three tokens, before any joiner ("+", "plus", "and"…).
    private func hasBusinessWord(after end: Int, _ t: [Token]) -> Bool {
        var k = end
        var seen = 0
        while k < t.count && seen < 3 {
            let x = t[k]
            // A hyphen inside a compound ("home-office stipend") does not end the look.
            if x.kind == .dash && !x.gap && k + 1 < t.count && t[k + 1].kind == .word && !t[k + 1].gap {
                k += 1
                continue
            }
            if x.kind != .word { return false }
            if Self.joiners.contains(x.word) { return false }
            if Self.businessAfter.contains(x.word) { return true }
            k += 1
            seen += 1
        }
        return false
    }

    // MARK: - Tables

    /// Kinds of multiplier: plain (k, thousand), large (million, billion), Indian (lakh, crore), LPA.
    private enum MultiplierKind { case plain, large, indian, lakhPerAnnum }

    /// Multipliers written against the number ("120k", "1.5M", "12L", "12LPA").
    private static let gluedMultipliers: [String: (factor: Double, kind: MultiplierKind)] = [
        "k": (1e3, .plain), "m": (1e6, .large), "mm": (1e6, .large), "mn": (1e6, .large), "b": (1e9, .large),
        "bn": (1e9, .large), "l": (1e5, .indian), "lpa": (1e5, .lakhPerAnnum), "cr": (1e7, .indian),
        "lakh": (1e5, .indian), "lakhs": (1e5, .indian), "thousand": (1e3, .plain), "million": (1e6, .large),
        "billion": (1e9, .large),
    ]

    /// Multipliers written as a separate word ("50 thousand", "12 LPA", "1.2 crore").
    private static let spacedMultipliers: [String: (factor: Double, kind: MultiplierKind)] = [
        "thousand": (1e3, .plain), "million": (1e6, .large), "millions": (1e6, .large), "mn": (1e6, .large),
        "billion": (1e9, .large), "billions": (1e9, .large), "bn": (1e9, .large), "lakh": (1e5, .indian),
        "lakhs": (1e5, .indian), "lac": (1e5, .indian), "lacs": (1e5, .indian), "lpa": (1e5, .lakhPerAnnum),
        "crore": (1e7, .indian), "crores": (1e7, .indian), "cr": (1e7, .indian),
    ]

    /// Currency symbols and their ISO 4217 codes. `¥` is read as JPY (CNY is written "CNY"/"RMB").
    private static let currencySymbols: [UInt32: String] = [
        0xA3: "GBP", 0x20AC: "EUR", 0xA5: "JPY", 0x20B9: "INR", 0x20A9: "KRW", 0x20BD: "RUB", 0x20BA: "TRY",
        0x20AA: "ILS", 0x20A6: "NGN", 0x20B1: "PHP", 0x0E3F: "THB", 0x20AB: "VND", 0x20B4: "UAH", 0xFFE5: "JPY",
        0xFFE1: "GBP", 0xFF04: "USD",
    ]

    /// Letters written against "$" and the dollar they name ("CA$", "NZ$"); a bare "$" is USD.
    private static let dollarPrefixes: [String: String] = [
        "us": "USD", "ca": "CAD", "c": "CAD", "can": "CAD", "cdn": "CAD", "a": "AUD", "au": "AUD", "nz": "NZD",
        "s": "SGD", "sg": "SGD", "hk": "HKD", "mx": "MXN", "r": "BRL",
    ]

    /// Upper-case ISO 4217 codes recognised as currencies (not PHP, the language, nor COP/CLP; RMB → CNY).
    private static let isoCodes: Set<String> = [
        "USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD", "HKD", "JPY", "CNY", "RMB", "INR", "SEK", "NOK",
        "DKK", "PLN", "CZK", "HUF", "RON", "ZAR", "BRL", "MXN", "AED", "ILS", "KRW", "TWD", "MYR", "IDR", "VND",
        "NGN", "KES", "ISK", "BGN",
    ]

    /// Currency names written after an amount ("50,000 dollars"). Not "pounds": "lift 50 pounds".
    private static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "rupees": "INR", "yen": "JPY",
    ]

    /// Units after "/".
    private static let slashUnits: [String: MonetaryRange.Period] = [
        "h": .hour, "hr": .hour, "hrs": .hour, "hour": .hour, "d": .day, "day": .day, "wk": .week, "week": .week,
        "w": .week, "mo": .month, "mth": .month, "month": .month, "m": .month, "yr": .year, "year": .year,
        "y": .year, "annum": .year, "a": .year,
    ]

    /// Units after "per".
    private static let perUnits: [String: MonetaryRange.Period] = [
        "hour": .hour, "hr": .hour, "h": .hour, "day": .day, "week": .week, "wk": .week, "month": .month,
        "mo": .month, "mth": .month, "year": .year, "yr": .year, "annum": .year,
    ]

    /// Units after "a"/"an".
    private static let articleUnits: [String: MonetaryRange.Period] = [
        "hour": .hour, "day": .day, "week": .week, "month": .month, "year": .year,
    ]

    /// Single words after an amount that give its period.
    private static let periodWords: [String: MonetaryRange.Period] = [
        "hourly": .hour, "ph": .hour, "daily": .day, "weekly": .week, "pw": .week, "monthly": .month,
        "pcm": .month, "pm": .month, "annually": .year, "yearly": .year, "pa": .year, "annual": .year,
    ]

    /// Words before an amount that give its period ("hourly rate", "annual salary").
    private static let periodAdjectives: [String: MonetaryRange.Period] = [
        "hourly": .hour, "daily": .day, "weekly": .week, "monthly": .month, "annual": .year,
        "annually": .year, "yearly": .year, "annualized": .year, "annualised": .year,
    ]

    /// Words that make a bare number a pay figure.
    private static let payWords: Set<String> = [
        "salary", "salaries", "pay", "paid", "pays", "paying", "compensation", "comp", "wage", "wages", "rate",
        "rates", "base", "ote", "earnings", "earn", "income", "remuneration", "package", "ctc", "payrate",
    ]

    /// Pay words that name the figure itself; near one, a business word does not reject it.
    private static let payNouns: Set<String> = [
        "salary", "salaries", "pay", "compensation", "comp", "wage", "wages", "base", "ote", "remuneration", "ctc",
    ]

    /// Words after an amount that make it company money or a perk, not pay.
    private static let businessAfter: Set<String> = [
        "arr", "mrr", "revenue", "revenues", "funding", "valuation", "round", "series", "seed", "budget", "budgets",
        "sales", "gmv", "aum", "assets", "turnover", "profit", "profits", "ebitda", "investment", "investments",
        "grant", "grants", "loan", "loans", "spend", "spending", "portfolio", "quota", "pipeline", "deal", "deals",
        "contract", "contracts", "fund", "funds", "capital", "raise", "raised", "startup", "company", "business",
        "stipend", "allowance", "bonus", "bonuses", "reimbursement", "credit", "credits", "gift", "voucher",
        "vouchers", "fee", "fees", "discount", "deductible", "donation", "donations", "prize", "diem", "match",
        "savings", "cost", "costs", "price", "prices", "worth", "accounts", "projects", "tuition", "training",
        "courses", "conferences", "learning", "education", "wellness", "equipment", "relocation", "contribution",
        "contributions", "coverage", "insurance", "premium", "premiums", "recurring",
    ]

    /// Words before an amount that make it company money or a perk, not pay.
    private static let businessBefore: Set<String> = [
        "raised", "raising", "series", "revenue", "revenues", "funding", "funded", "valuation", "valued",
        "budget", "budgets", "arr", "mrr", "sales", "turnover", "worth", "investment", "invested", "grant", "fund",
        "backed", "bonus", "stipend", "allowance", "reimbursement", "generating", "generated", "price", "cost",
        "quota", "tuition", "health", "medical", "dental", "insurance", "premium", "premiums", "hsa", "fsa",
        "contribution", "contributions", "coverage", "deductible", "spend", "savings", "target", "targets", "goal",
        "goals", "expenditure", "expenditures", "capex", "opex", "requests", "purchases", "invoices", "approvals",
        "threshold", "thresholds", "limit", "limits",
    ]

    /// Words allowed between a range separator and the second amount ("from $310 to under $260").
    private static let comparisons: Set<String> = [
        "under", "below", "over", "above", "about", "around", "approximately", "approx", "roughly", "nearly",
        "almost", "circa", "ca",
    ]

    /// Words allowed between an amount and its period ("€3,600 gross per month").
    private static let payQualifiers: Set<String> = ["gross", "net", "brutto", "netto", "base", "pretax", "total"]

    /// Words that end the forward look for business words ("$120k + bonus").
    private static let joiners: Set<String> = ["plus", "and", "with", "or", "including", "includes", "base"]

    /// Count nouns after a number that show it is not money ("10 years", "40 hours", "200 people").
    private static let countNouns: Set<String> = [
        "years", "yrs", "year", "months", "weeks", "days", "hours", "hrs", "minutes", "mins", "people", "persons",
        "employees", "staff", "members", "engineers", "reports", "users", "customers", "clients", "countries",
        "locations", "offices", "stores", "languages", "times", "x", "pounds", "lbs", "lb", "kg", "kgs", "miles",
        "km", "percent", "seconds", "steps",
    ]

    /// Symbols that, touching a number in front, show it is not money (`#1`, `v2`, `24/7`, `1.5`).
    private static let gluedBefore: Set<UInt32> = [0x23, 0x40, 0x2F, 0x2E, 0x2B, 0x3A, 0x5F, 0x26, 0x5E]

    /// Sentence-ending symbols.
    private static let sentenceEnds: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x3B, 0x2026]

    /// Clause-ending symbols.
    private static let clauseEnds: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x3B, 0x2C, 0x3A, 0x2026, 0x7C]
}
