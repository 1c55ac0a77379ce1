import LedeAnalysis
import Testing

@Suite struct SentenceSplitterTests {
    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let text = "U.S. Secretary of State John Kerry arrived on 7 May. Mr. J. Smith said so. It didn’t work."
        #expect(SentenceSplitter.sentences(in: text) == [
            "U.S. Secretary of State John Kerry arrived on 7 May.",
            "Mr. J. Smith said so.",
            "It didn’t work.",
        ])
    }

    @Test func closingQuoteStaysWithItsSentence() {
        let text = "“Now there is such a wish.” Kerry smiled. “Yes?” he asked."
        #expect(SentenceSplitter.sentences(in: text) == ["“Now there is such a wish.”", "Kerry smiled.", "“Yes?” he asked."])
    }

    @Test func rangesCountUnicodeScalars() {
        let text = "Lukyánov spoke. Then Kerry."
        let ranges = SentenceSplitter.sentenceRanges(in: text)
        #expect(ranges == [0..<15, 16..<27])
    }
}
