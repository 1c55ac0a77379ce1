@testable import LedeQuery
import Testing

/// How find splits and folds text: the same words for the query, the snippet and the index.
@Suite struct SearchTextTests {
    @Test func asciiWordsAreLowercasedAndPossessivesDropped() {
        #expect(SearchText.words("Lavrov's talks with KERRY's team, 2013-05-07") == ["lavrov", "talks", "with", "kerry", "team", "2013", "05", "07"])
        #expect(SearchText.words("the boss's 'quotes' isn't") == ["the", "boss", "quotes", "isn", "t"])
    }

    @Test func diacriticsAndCurlyApostrophesFold() {
        #expect(SearchText.words("Lukyánov’s view — Ålesund") == ["lukyanov", "view", "alesund"])
        // Letters with a stroke have no diacritic to drop, for FTS5's unicode61 as for us.
        #expect(SearchText.words("Łódź Ørsted") == ["łodz", "ørsted"])
        #expect(SearchText.words("al-Hamza—Kerry") == ["al", "hamza", "kerry"])
    }

    @Test func combiningMarksStayInTheirWord() {
        // "é" written as e + U+0301 (no NFC pass): one word, folded like the precomposed one.
        #expect(SearchText.words("Lukya\u{301}nov said") == ["lukyanov", "said"])
    }

    @Test func snippetHighlightsCountCharacters() {
        let terms = Snippet.Terms([("lavrov", false), ("peace", false)])
        let snippet = Snippet.make("Cafe\u{301} «Lavrov’s» war\r\npeace.", terms: terms)
        let characters = Array(snippet.text)
        #expect(snippet.text == "Cafe\u{301} «Lavrov’s» war\r\npeace.")
        #expect(snippet.highlights.map { String(characters[$0]) } == ["Lavrov", "peace"])
        let ascii = Snippet.make("Kerry met Lavrov.", terms: terms)
        #expect(ascii.highlights == [10..<16])
    }

    @Test func snippetsAreAboutThirtyWordsAroundTheFirstMatch() {
        let words = (1...100).map { "w\($0)" }
        let paragraph = (words[..<60] + ["Lukyánov’s"] + words[60...]).joined(separator: " ") + "."
        let snippet = Snippet.make(paragraph, terms: Snippet.Terms([("lukyanov", false)]))
        #expect(snippet.text.hasPrefix("…w46 ") && snippet.text.hasSuffix(" w75…"))
        #expect(snippet.highlights.map { String(Array(snippet.text)[$0]) } == ["Lukyánov"])
        // Closing punctuation stays with the last word shown.
        let quoted = "met " + (1...29).map { "w\($0)" }.joined(separator: " ") + " last.” Then more."
        let end = Snippet.make(quoted, terms: Snippet.Terms([("met", false)]))
        #expect(end.text.hasSuffix(" w29 last.”…") && end.highlights == [0..<3])
    }

    @Test func wordsMatchTheQueryParser() throws {
        // The snippet highlights what the query found: the parser folds query words the same way.
        #expect(SearchText.words("“Lukyánov’s”") == SearchText.words("lukyanov"))
    }
}
