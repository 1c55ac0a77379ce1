import LedeAnalysis

/// Counts for one set of attributions (quotes with quote marks, or all of them).
public struct AttributionCounts: Sendable, Equatable {
    public var gold = 0
    public var predicted = 0
    /// Matches at token overlap ≥ 0.3 and ≥ 0.8.
    public var matchedLoose = 0
    public var matchedStrict = 0
    /// Loose matches whose gold source is a name, and those where our speaker names the same one.
    public var speakerScored = 0
    public var speakerCorrect = 0

    public init() {}

    public func precision(strict: Bool) -> Double { Scoring.ratio(strict ? matchedStrict : matchedLoose, predicted) }
    public func recall(strict: Bool) -> Double { Scoring.ratio(strict ? matchedStrict : matchedLoose, gold) }
    public func f1(strict: Bool) -> Double { Scoring.f1(precision(strict: strict), recall(strict: strict)) }
    public var speakerAccuracy: Double { Scoring.ratio(speakerCorrect, speakerScored) }

    static func += (lhs: inout AttributionCounts, rhs: AttributionCounts) {
        lhs.gold += rhs.gold
        lhs.predicted += rhs.predicted
        lhs.matchedLoose += rhs.matchedLoose
        lhs.matchedStrict += rhs.matchedStrict
        lhs.speakerScored += rhs.speakerScored
        lhs.speakerCorrect += rhs.speakerCorrect
    }

}

/// The scores of an extractor on a set of annotated articles.
public struct QuoteEvaluation: Sendable {
    /// Quotes with quote marks: gold Content holding a quote mark; ours `direct` and `mixed`.
    public var quoted = AttributionCounts()
    /// Every attribution, indirect ones included.
    public var all = AttributionCounts()
    /// Lines describing misses, false finds and wrong speakers (for `--verbose`).
    public var details: [String] = []
}

/// Scores extracted quotes against PolNeAR: spans match when the words they share make up at
/// least a given share of the longer one; each gold span matches at most one of ours.
public enum QuoteScorer {
    public static let looseOverlap = 0.3
    public static let strictOverlap = 0.8

    /// How many characters of a span a detail line shows unless told otherwise.
    public static let shownCharacters = 160

    public static func evaluate(
        _ articles: [PolNeARArticle], details: Bool = false, detailsOfAll: Bool = false, shownCharacters: Int = QuoteScorer.shownCharacters,
        extract: ([String]) -> [Quote] = { QuoteExtractor.extract(paragraphs: $0) }
    ) -> QuoteEvaluation {
        var result = QuoteEvaluation()
        for article in articles {
            let quotes = extract(article.paragraphs.map(\.text))
            let words = WordIndex(article.scalars)
            let ours: [(quote: Quote, words: Set<Int>)] = quotes.map { quote in
                let ranges = quote.contentSpans.map { span -> Range<Int> in
                    let base = article.paragraphs[span.paragraph].start
                    return (base + span.range.lowerBound)..<(base + span.range.upperBound)
                }
                return (quote, words.words(in: ranges))
            }
            let gold = article.gold.map { ($0, words.words(in: $0.content)) }
            let quotedGold = gold.filter { $0.0.hasQuoteMark }
            let quotedOurs = ours.filter { $0.quote.kind != .indirect }
            var log: [String] = [], ignored: [String] = []
            result.quoted += score(gold: quotedGold, ours: quotedOurs, article: article, shown: shownCharacters, log: &log)
            result.all += score(gold: gold, ours: ours, article: article, shown: shownCharacters, log: &ignored)
            if details { result.details += log }
            if detailsOfAll { result.details += ignored }
        }
        return result
    }

    static func score(
        gold: [(GoldAttribution, Set<Int>)], ours: [(quote: Quote, words: Set<Int>)], article: PolNeARArticle,
        shown: Int, log: inout [String]
    ) -> AttributionCounts {
        var counts = AttributionCounts()
        counts.gold = gold.count
        counts.predicted = ours.count
        var pairs: [(g: Int, o: Int, overlap: Double)] = []
        for (gi, g) in gold.enumerated() {
            for (oi, o) in ours.enumerated() {
                let value = overlap(g.1, o.words)
                if value >= looseOverlap { pairs.append((gi, oi, value)) }
            }
        }
        pairs.sort { $0.overlap != $1.overlap ? $0.overlap > $1.overlap : ($0.g, $0.o) < ($1.g, $1.o) }
        var usedGold = Set<Int>(), usedOurs = Set<Int>()
        for pair in pairs where !usedGold.contains(pair.g) && !usedOurs.contains(pair.o) {
            usedGold.insert(pair.g)
            usedOurs.insert(pair.o)
            counts.matchedLoose += 1
            if pair.overlap >= strictOverlap { counts.matchedStrict += 1 }
            let source = gold[pair.g].0.sourceText
            if isName(source) {
                counts.speakerScored += 1
                let quote = ours[pair.o].quote
                if speakerMatches(gold: source, predicted: quote.speaker) {
                    counts.speakerCorrect += 1
                } else {
                    log.append("\(article.name): SPEAKER gold=\(source) ours=\(quote.speaker ?? "nil") | \(quote.text.prefix(shown / 2))")
                }
            }
            if pair.overlap < strictOverlap {
                log.append("\(article.name): PARTIAL \(String(format: "%.2f", pair.overlap)) gold=\(gold[pair.g].0.contentText.prefix(shown)) || ours=\(ours[pair.o].quote.text.prefix(shown))")
            }
        }
        for (gi, g) in gold.enumerated() where !usedGold.contains(gi) {
            let cue = g.0.cue.map { range in String(String.UnicodeScalarView(article.scalars[range])) }.joined(separator: " … ")
            log.append("\(article.name): MISS [\(g.0.sourceText)] {\(cue)} \(g.0.contentText.prefix(shown + shown / 4))")
        }
        for (oi, o) in ours.enumerated() where !usedOurs.contains(oi) {
            log.append("\(article.name): FALSE [\(o.quote.speaker ?? "nil")] \(o.quote.kind) \(o.quote.text.prefix(shown + shown / 4))")
        }
        return counts
    }

    /// Shared words over the words of the longer span.
    public static func overlap(_ a: Set<Int>, _ b: Set<Int>) -> Double {
        let longer = max(a.count, b.count)
        return longer == 0 ? 0 : Double(a.intersection(b).count) / Double(longer)
    }

    /// Whether a gold Source names someone (and is not a pronoun or a bare noun phrase).
    public static func isName(_ source: String) -> Bool {
        !PersonName.nameWords(head(source)).isEmpty
    }

    /// The part of a Source that names: before the appositive (`Dean, a medical doctor,`) or an
    /// affiliation (`Mr. Morgan of the Sierra Club`), with party tags in parentheses left out
    /// (`Rep. Jim Jordan (R-Ohio)`).
    /// A role written first is no head: in `the White House spokesman, Josh Earnest,` and
    /// `Ms. Merkel's spokesman, Steffen Seibert` the name after the comma is.
    static func head(_ source: String) -> String {
        var segments = [""]
        var depth = 0
        for c in source {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 {
                if c == "," { segments.append(""); continue }
                segments[segments.count - 1].append(c)
            }
        }
        var out = segments[0]
        if segments.count > 1, opensWithRole(segments[0]), isWrittenAsName(segments[1]) { out = segments[1] }
        for preposition in [" of ", " at ", " from ", " for ", " with "] {
            if let range = out.range(of: preposition) {
                let before = String(out[..<range.lowerBound])
                if !PersonName.nameWords(before).isEmpty { out = before }
            }
        }
        return out
    }

    /// Whether a Source's first part is a role, not a name: it opens with a lowercase word (`the
    /// White House spokesman`, `another Twitter user`) or an owner (`Ms. Merkel's spokesman`,
    /// `Carter’s press secretary`).
    static func opensWithRole(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard let first = words.first, let letter = first.first else { return false }
        if letter.isLowercase { return true }
        return words.contains { $0.hasSuffix("'s") || $0.hasSuffix("’s") } && words.last.map { $0.first?.isLowercase ?? false } ?? false
    }

    /// Whether a Source's part is written as a name (`Josh Earnest`, `Vermont Sen. Bernie
    /// Sanders`): every word capitalized, two words at least.
    static func isWrittenAsName(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        return words.count >= 2 && words.allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// Whether our speaker names the one the gold Source names: they share a name word and the
    /// name words of one are all among those of the other (`Trump` ~ `Donald Trump`, but not
    /// `Bill Clinton` ~ `Hillary Clinton`). Only the Source's head counts, not its role.
    public static func speakerMatches(gold: String, predicted: String?) -> Bool {
        guard let predicted else { return false }
        let g = Set(PersonName.nameWords(head(gold))), p = Set(PersonName.nameWords(head(predicted)))
        guard !g.isDisjoint(with: p) else { return false }
        return g.isSubset(of: p) || p.isSubset(of: g)
    }
}

/// The words (runs of letters and digits) of a text, so spans can be compared as sets of words.
struct WordIndex {
    /// For each scalar, the index of the word it belongs to, or -1.
    private var wordAt: [Int32]

    init(_ scalars: [Unicode.Scalar]) {
        wordAt = Array(repeating: -1, count: scalars.count)
        var count: Int32 = -1
        var inWord = false
        for (i, s) in scalars.enumerated() {
            let isWordScalar = s.properties.isAlphabetic || s.properties.numericType != nil
            if isWordScalar {
                if !inWord { count += 1 }
                wordAt[i] = count
            }
            inWord = isWordScalar
        }
    }

    func words(in ranges: [Range<Int>]) -> Set<Int> {
        var result = Set<Int>()
        for range in ranges {
            for i in range where i >= 0 && i < wordAt.count && wordAt[i] >= 0 { result.insert(Int(wordAt[i])) }
        }
        return result
    }
}
