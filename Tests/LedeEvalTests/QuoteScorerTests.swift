import Foundation
import LedeAnalysis
import LedeTestSupport
import Testing

@testable import LedeEval

private let polnear = (Fixtures.shared ?? "/nonexistent") + "/eval/polnear-dev"
private let hasPolNeAR = FileManager.default.fileExists(atPath: polnear)

@Suite("Quote scorer")
struct QuoteScorerTests {
    static let text = "Headline\n\n“It works,” said Ann Lee. He said the plan was good.\n"
    static let standoff = """
        T1\tContent 11 19\tIt works
        T2\tCue 22 26\tsaid
        T3\tSource 27 34\tAnn Lee
        T4\tAttribution 22 26\tsaid
        E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3
        T5\tSource 36 38\tHe
        T6\tCue 39 43\tsaid
        T7\tContent 44 61\tthe plan was good
        E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5
        """

    @Test("brat standoff: spans in scalar offsets, paragraphs by line")
    func parse() throws {
        let article = try PolNeARReader.parse(name: "t", text: Self.text, standoff: Self.standoff)
        #expect(article.paragraphs.map(\.start) == [0, 10])
        #expect(article.gold.count == 2)
        #expect(article.gold[0].sourceText == "Ann Lee")
        #expect(!article.gold[0].hasQuoteMark)
    }

    @Test("overlap is shared words over the longer span; one gold span matches one of ours")
    func scoring() throws {
        #expect(QuoteScorer.overlap([1, 2, 3, 4], [3, 4]) == 0.5)
        let article = try PolNeARReader.parse(name: "t", text: Self.text, standoff: Self.standoff)
        let result = QuoteScorer.evaluate([article]) { _ in
            [
                Quote(paragraph: 1, text: "It works", speaker: "Ann Lee", role: nil, cue: "said", kind: .direct,
                      contentSpans: [TextSpan(paragraph: 1, range: 1..<9)]),
                Quote(paragraph: 1, text: "It works", speaker: "Bob", role: nil, cue: "said", kind: .direct,
                      contentSpans: [TextSpan(paragraph: 1, range: 1..<9)]),
            ]
        }
        #expect(result.all.gold == 2 && result.all.predicted == 2)
        #expect(result.all.matchedLoose == 1 && result.all.matchedStrict == 1)
        #expect(result.all.speakerScored == 1 && result.all.speakerCorrect == 1)
    }

    @Test("quotes whose gold content holds quote marks are also scored on their own")
    func quotedAreScoredApart() throws {
        // The same text, the direct quote's content now taken with its marks.
        let standoff = Self.standoff.replacingOccurrences(of: "T1\tContent 11 19\tIt works", with: "T1\tContent 10 21\t“It works,”")
        let article = try PolNeARReader.parse(name: "t", text: Self.text, standoff: standoff)
        #expect(article.gold[0].hasQuoteMark && !article.gold[1].hasQuoteMark)
        let result = QuoteScorer.evaluate([article]) { _ in
            [
                Quote(paragraph: 1, text: "It works", speaker: "Ann Lee", role: nil, cue: "said", kind: .direct,
                      contentSpans: [TextSpan(paragraph: 1, range: 1..<9)]),
                Quote(paragraph: 1, text: "the plan was good", speaker: "he", role: nil, cue: "said", kind: .indirect,
                      contentSpans: [TextSpan(paragraph: 1, range: 34..<51)]),
            ]
        }
        #expect(result.quoted.gold == 1 && result.quoted.predicted == 1 && result.quoted.matchedLoose == 1)
        #expect(result.quoted.speakerScored == 1 && result.quoted.speakerCorrect == 1)
        #expect(result.all.gold == 2 && result.all.predicted == 2 && result.all.matchedLoose == 2)
    }

    @Test("speakers agree when the name words of one are among the other's")
    func speakers() {
        #expect(QuoteScorer.speakerMatches(gold: "Mr. Trump", predicted: "Donald Trump"))
        #expect(QuoteScorer.speakerMatches(gold: "Miriam T. Okoro, director of the Institute,", predicted: "Miriam T. Okoro"))
        #expect(!QuoteScorer.speakerMatches(gold: "Hillary Clinton", predicted: "Bill Clinton"))
        // A role written before the name: the name after the comma is the head.
        #expect(QuoteScorer.speakerMatches(gold: "the harbor board's spokesman, Tomas Reyes,", predicted: "Tomas Reyes"))
        #expect(QuoteScorer.speakerMatches(gold: "Ms. Duarte's press secretary, Ana Ruiz", predicted: "Ana Ruiz"))
        #expect(!QuoteScorer.speakerMatches(gold: "the harbor board's spokesman, Tomas Reyes,", predicted: "Ines Duarte"))
        // A name first keeps its head: a role after it is no match.
        #expect(!QuoteScorer.speakerMatches(gold: "Dean Okafor, a salesman from Sumter, South Carolina,", predicted: "South Carolina"))
        #expect(!QuoteScorer.isName("he"))
        #expect(QuoteScorer.isName("Clinton"))
    }

    @Test("on PolNeAR dev, quotes and speakers stay above the issue's floor",
          .enabled(if: hasPolNeAR, "the annotated PolNeAR dev set is not beside this checkout: nothing to score"))
    func polnearDev() throws {
        let result = QuoteScorer.evaluate(try PolNeARReader.read(directory: polnear))
        #expect(result.quoted.f1(strict: false) >= 0.85)
        #expect(result.quoted.f1(strict: true) >= 0.75)
        #expect(result.quoted.speakerAccuracy >= 0.88)
    }
}
