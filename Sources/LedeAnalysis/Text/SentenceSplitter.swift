/// Splits a paragraph into sentences, aware of abbreviations (`U.S.`, `Mr.`, `Sept.`), initials
/// and closing quote marks after the full stop.
public enum SentenceSplitter {
    /// Lowercased abbreviations (without the final dot) after which a full stop does not end a sentence.
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
        "rep", "rev", "st", "sr", "jr", "mt", "ft", "no", "vs", "etc", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "i.e", "e.g", "approx", "dept", "est",
        "pres", "supt", "messrs", "hon", "atty", "gens", "reps", "sens", "del", "cmdr", "cpl", "pvt", "det", "insp",
    ]
    static let closers: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{2019}", "'", ")", "]"]
    static let openers: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "'", "(", "["]

    /// Sentence ranges in Unicode scalar offsets of `text`, trimmed of surrounding spaces.
    public static func sentenceRanges(in text: String) -> [Range<Int>] {
        sentenceRanges(in: [Unicode.Scalar](scalarsOf: text))
    }

    /// `sentenceRanges(in:)` for text already split into scalars.
    static func sentenceRanges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < n, scalars[end] == "." || scalars[end] == "!" || scalars[end] == "?" { end += 1 }
                while end < n, closers.contains(scalars[end]) { end += 1 }
                // A boundary needs a space and then a capital, a digit or an opening mark.
                guard end < n, scalars[end] == " " else { i = end; continue }
                var next = end
                while next < n, scalars[next] == " " { next += 1 }
                guard next < n else { break }
                let following = scalars[next]
                let startsSentence = Tokenizer.isUpper(following) || openers.contains(following)
                    || ("0"..."9").contains(following)
                if startsSentence && (c != "." || !isAbbreviation(scalars, dotAt: i)) {
                    ranges.append(trim(scalars, start..<end))
                    start = next
                }
                i = next
                continue
            }
            i += 1
        }
        if start < n {
            let last = trim(scalars, start..<n)
            if !last.isEmpty { ranges.append(last) }
        }
        return ranges
    }

    /// The sentences of `text` as strings.
    public static func sentences(in text: String) -> [String] {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        return sentenceRanges(in: scalars).map { String(scalars: scalars[$0]) }
    }

    /// Whether the word before the dot at `dot` is an abbreviation or a single initial.
    static func isAbbreviation(_ scalars: [Unicode.Scalar], dotAt dot: Int) -> Bool {
        var wordStart = dot
        // `Tokenizer.isLetter` and `isUpper` answer ASCII without the Unicode property tables.
        while wordStart > 0, Tokenizer.isLetter(scalars[wordStart - 1]) || scalars[wordStart - 1] == "." {
            wordStart -= 1
        }
        let word = String(scalars: scalars[wordStart..<dot]).lowercased()
        if word.isEmpty { return false }
        if word.count == 1, Tokenizer.isUpper(scalars[wordStart]) { return true }  // an initial: "John F. Kennedy"
        return abbreviations.contains(word)
    }

    static func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower] == " " { lower += 1 }
        while upper > lower, scalars[upper - 1] == " " { upper -= 1 }
        return lower..<upper
    }
}
