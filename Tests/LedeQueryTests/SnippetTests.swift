@testable import LedeQuery
import Testing

/// Keyword-in-context snippets: the window, its ends, and highlights in Characters.
@Suite struct SnippetTests {
    func highlighted(_ snippet: (text: String, highlights: [Range<Int>])) -> [String] {
        let characters = Array(snippet.text)
        return snippet.highlights.map { range in
            range.upperBound <= characters.count ? String(characters[range]) : "out of range \(range)"
        }
    }

    @Test func highlightsCountCharacters() {
        let terms = Snippet.Terms([("lavrov", false), ("peace", false)])
        let snippet = Snippet.make("Cafe\u{301} «Lavrov’s» war\r\npeace.", terms: terms)
        #expect(snippet.text == "Cafe\u{301} «Lavrov’s» war\r\npeace.")
        #expect(highlighted(snippet) == ["Lavrov", "peace"])
        #expect(Snippet.make("Kerry met Lavrov.", terms: terms).highlights == [10..<16])
    }

    @Test func aboutThirtyWordsAroundTheFirstMatch() {
        let words = (1...100).map { "w\($0)" }
        let paragraph = (words[..<60] + ["Lukyánov’s"] + words[60...]).joined(separator: " ") + "."
        let snippet = Snippet.make(paragraph, terms: Snippet.Terms([("lukyanov", false)]))
        #expect(snippet.text.hasPrefix("…w46 ") && snippet.text.hasSuffix(" w75…"))
        #expect(highlighted(snippet) == ["Lukyánov"])
    }

    @Test func closingPunctuationStaysAndNoCharacterIsCut() {
        let met = Snippet.Terms([("met", false)])
        let quoted = "met " + (1...29).map { "w\($0)" }.joined(separator: " ") + " last.” Then more."
        let end = Snippet.make(quoted, terms: met)
        #expect(end.text.hasSuffix(" w29 last.”…") && end.highlights == [0..<3])
        // A family emoji (five scalars joined) right after the last word shown stays whole.
        let family = "met " + (1...29).map { "w\($0)" }.joined(separator: " ") + " w30👨‍👩‍👧 more words here"
        #expect(Snippet.make(family, terms: met).text.hasSuffix(" w30👨‍👩‍👧…"))
    }

    @Test func aJoinerAfterAMatchKeepsTheHighlightOnTheWord() {
        // Persian plurals join with a zero-width non-joiner, which ends the word for the index
        // but belongs to the word's last Character.
        let book = Snippet.Terms([("کتاب", false)])
        for text in ["کتاب\u{200C}ها و کتاب", "کتاب\u{200C}ها و کتاب جدید"] {
            let snippet = Snippet.make(text, terms: book)
            #expect(highlighted(snippet).map(SearchText.words) == [["کتاب"], ["کتاب"]])
        }
        let kerry = Snippet.make("x\u{600}Kerry said", terms: Snippet.Terms([("kerry", false)]))
        #expect(highlighted(kerry).map(SearchText.words) == [["kerry"]])
    }

    @Test func theBestParagraphHoldsTheMostDistinctQueryWords() {
        let terms = Snippet.Terms([("red", false), ("cross", false)])
        let paragraphs = ["Nothing here.", "The Red army.", "The Red Cross came; red cross again.", "Red Cross."]
        #expect(Snippet.bestParagraph(paragraphs, terms: terms) == 2)
        let prefix = Snippet.Terms([("protest", true)])
        #expect(Snippet.bestParagraph(["protests", "protesters protested", "protest protest"], terms: prefix) == 1)
    }
}
