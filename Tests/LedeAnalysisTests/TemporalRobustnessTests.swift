import LedeArticles
import LedeTestSupport
import Testing
@testable import LedeAnalysis

/// Random runs of the tagger's own trigger words, numbers and marks: whatever the order, the tagger
/// must neither trap nor return a range outside its paragraph.
@Suite struct TemporalRobustness {
    static let pieces = [
        "May", "may", "March", "Tuesday", "Tuesdays", "last", "next", "the", "a", "an", "of", "year", "years", "week",
        "day", "days", "ago", "later", "earlier", "7", "2013", "1990s", "'90s", "10:35", "a.m.", "p.m", "1/2", "5",
        "-", ",", ".", "’s", "'s", "(", ")", "$", "%", "early", "late", "mid", "end", "that", "same", "every", "each",
        "Christmas", "Victory", "Day", "New", "Year", "Eve", "noon", "midnight", "shortly", "before", "after", "at",
        "least", "more", "than", "fiscal", "first", "quarter", "half", "season", "spring", "fall", "now", "today",
        "in", "recent", "months", "and", "or", "to", "Jan", "Sept.", "2013-05-09", "5/9/2013", "é", "—", "“", "”",
        "30s", "the", "entire", "week", "of", "GMT", "o'clock", "morning", "night", "twenty", "-", "five",
        "hours", "ended", "short", "term", "couple", "hundred", "these", "previous", "Friday", "small", "past",
        "is", "continuing", "for",
    ]

    @Test func randomTokenSoupNeverTrapsOrOverruns() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 14) + 1
            var words: [String] = []
            for _ in 0..<count { words.append(Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]) }
            let separator = generator.next() % 3 == 0 ? "" : " "
            let paragraph = words.joined(separator: separator)
            let date = generator.next() % 4 == 0 ? nil : CalendarDate(year: 2013, month: 5, day: 9)
            let scalars = paragraph.unicodeScalars.count
            for e in TemporalTagger.tag(paragraphs: [paragraph], documentDate: date) {
                #expect(e.range.lowerBound >= 0 && e.range.upperBound <= scalars && !e.range.isEmpty, "\(paragraph)")
            }
        }
    }

    @Test func emptyAndMarkOnlyParagraphsGiveNothing() {
        #expect(TemporalTagger.tag(paragraphs: ["", " ", "—", "’", "2"], documentDate: nil).isEmpty)
    }
}

