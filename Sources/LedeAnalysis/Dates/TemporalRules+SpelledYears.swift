import LedeArticles

/// Years, decades and centuries named without a four-digit year: "nineteen ninety-six", "the
/// year two thousand", "the nineties", "the 20th century", and numbers in words ("twenty four
/// hours") as broadcast transcripts give them.
extension TemporalGrammar {
    /// A number from 1 to 99 in words: "six", "seventeen", "forty", "ninety-six", "twenty four".
    func numberWords(_ i: Int) -> (value: Int, end: Int)? {
        guard lex(i).kind == .number else { return nil }
        let value = Int(t[i].lex.value)
        let isTens = value >= 20 && value % 10 == 0
        // "ninety-six", and in transcripts "twenty four" with a space.
        var j = i + 1
        if isTens, isMark(j, Mark.hyphen), attached(j) { j += 1 }
        if isTens, j < n, lex(j).kind == .number, t[j].lex.value < 10, j == i + 1 || attached(j) {
            return (value + Int(t[j].lex.value), j + 1)
        }
        return (value, i + 1)
    }

    /// The century words that can open a year said in two halves: "eleven" ("eleven sixty-six") to "twenty".
    static let spokenCenturies = 11...20
    /// The smallest second half read as a year's: "nineteen ninety" is 1990, "nineteen five" no year.
    static let smallestSpokenYearPart = 10

    /// A year in words: "nineteen ninety-six" (two halves), or after "year" only, "two thousand"
    /// and "two thousand and one" ("two thousand" alone is more often a count).
    func spelledYear(_ i: Int, afterYearWord: Bool = false) -> (year: Int, end: Int)? {
        guard let century = numberWords(i), century.end == i + 1 else { return nil }
        if afterYearWord, century.value <= 2, isKW(i + 1, .thousand) {
            var end = i + 2
            var rest = 0
            let afterAnd = isKW(end, .and) ? end + 1 : end
            if let units = numberWords(afterAnd), units.value < 100 { rest = units.value; end = units.end }
            return (century.value * 1000 + rest, end)
        }
        guard Self.spokenCenturies.contains(century.value), !isMark(i + 1, Mark.hyphen),
              let rest = numberWords(i + 1), rest.value >= Self.smallestSpokenYearPart else { return nil }
        // "fifteen forty-year-olds", "twelve twenty-point games": a count before a compound.
        if isMark(rest.end, Mark.hyphen), attached(rest.end) { return nil }
        return (century.value * 100 + rest.value, rest.end)
    }

    /// "nineteen ninety-six", or "the year two thousand" from its article: a year.
    func spelledYearDate(_ i: Int) -> TemporalMatch? {
        let afterYearWord = isKW(i, .the) && isYearUnit(i + 1)
        guard let year = spelledYear(afterYearWord ? i + 2 : i, afterYearWord: afterYearWord) else { return nil }
        return TemporalMatch(first: i, end: year.end, kind: .date, value: .year(year.year))
    }

    /// "20th century", "the twentieth century", "11th-century": a century by its ordinal (19 for the 20th).
    func ordinalCentury(_ i: Int) -> TemporalMatch? {
        let j = isKW(i, .the) ? i + 1 : i
        // The ordinal: "twentieth", or "20" with its suffix attached ("20th").
        let numeric = isNumber(j) && t[j].digits <= 2 && attached(j + 1) && j + 1 < n && t[j + 1].kind == .word
        guard numeric || lex(j).kind == .ordinal else { return nil }
        var k = numeric ? j + 2 : j + 1
        // "the 21st-century economy": as an adjective the century leaves its article out, as a
        // hyphenated quarter does.
        let adjective = isMark(k, Mark.hyphen) && attached(k)
        if adjective { k += 1 }
        // The unit first: it rules out nearly every number before the suffix words are compared.
        guard lex(k).kind == .unit, lex(k).value == TimeUnit.century.rawValue else { return nil }
        if numeric, !(isWord(j + 1, "st") || isWord(j + 1, "nd") || isWord(j + 1, "rd") || isWord(j + 1, "th")) { return nil }
        let ordinal = numeric ? Int(t[j].number) : Int(t[j].lex.value)
        guard ordinal >= 1 else { return nil }
        return TemporalMatch(first: adjective ? j : i, end: k + 1, kind: .date, value: .century(ordinal - 1))
    }

    /// "the nineties", "the early eighties": a decade; without "the" ("in her forties") an age.
    func decadeInWords(_ i: Int) -> TemporalMatch? {
        guard isKW(i, .the) else { return nil }
        var j = i + 1
        if isKW(j, .early) || isKW(j, .late) || isKW(j, .mid) { j += 1 }
        if isMark(j, Mark.hyphen), attached(j) { j += 1 }
        guard lex(j).kind == .decade else { return nil }
        return TemporalMatch(first: i, end: j + 1, kind: .date, value: .decade(Int(t[j].lex.value)))
    }
}
