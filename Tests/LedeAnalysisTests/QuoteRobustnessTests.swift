import Testing

@testable import LedeAnalysis

@Suite("Quote extraction on odd input")
struct QuoteRobustnessTests {
    /// Pieces of news text and stray marks, so that random mixtures hit the edge cases.
    static let pieces = [
        "“", "”", "\"", "‘", "’", "'", ",", ".", ":", ";", "—", "(", ")", "said", "told", "according", "to", "in",
        "his", "words", "he", "she", "Mr.", "John", "Smith", "al-Hamza", "U.S.", "the", "minister", "that",
        "called", "“a disaster”", "’s", "who", "Jr.", "?", "!", "...", "\n", " ", "saying", "and", "Lukyanov",
    ]

    @Test("random mixtures of words and marks never crash, and every span lies inside its paragraph")
    func randomInput() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        for _ in 0..<2000 {
            var paragraphs: [String] = []
            for _ in 0..<(1 + next() % 4) {
                var words: [String] = []
                for _ in 0..<(next() % 40) { words.append(Self.pieces[next() % Self.pieces.count]) }
                paragraphs.append(words.joined(separator: next() % 3 == 0 ? "" : " "))
            }
            let quotes = QuoteExtractor.extract(paragraphs: paragraphs)
            for q in quotes {
                for span in q.contentSpans + [q.speakerSpan].compactMap({ $0 }) {
                    #expect(span.paragraph < paragraphs.count)
                    #expect(span.range.lowerBound >= 0 && span.range.upperBound <= paragraphs[span.paragraph].unicodeScalars.count)
                }
            }
            _ = MentionFinder.find(paragraphs: paragraphs)
        }
    }

    @Test("text without stops is cut into sentences of bounded length, and long capital runs are no names")
    func boundedWork() {
        let words = (0..<5000).map { ["the", "plan", "called", "Smith", "described", "officials"][$0 % 6] }
        let text = ParagraphText(words.joined(separator: " "))
        #expect(text.sentences.allSatisfy { $0.count <= ParagraphText.longestSentence })
        #expect(text.sentences.last?.upperBound == text.tokens.count)
        let shouting = ParagraphText((0..<200).map { _ in "President Says" }.joined(separator: " "))
        #expect(shouting.chunks.isEmpty)
    }

    @Test("empty and mark-only paragraphs give nothing")
    func empty() {
        #expect(QuoteExtractor.extract(paragraphs: []).isEmpty)
        #expect(QuoteExtractor.extract(paragraphs: ["", "“", "”", "\"\"", "said", ", said"]).isEmpty)
    }
}
