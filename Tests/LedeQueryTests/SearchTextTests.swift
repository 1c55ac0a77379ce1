import LedeQuery
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

    @Test func queryWordsFoldLikeTextWords() throws {
        // What the parser makes of a quoted name is what the text's words become.
        guard case .pipeline(let pipeline) = try Parser.parse("find “Lukyánov’s”"), let node = (pipeline.stages.first?.verb as? FindVerb)?.query else {
            Issue.record("not a find")
            return
        }
        #expect(node.positiveTerms.map(\.word) == SearchText.words("lukyanov"))
    }
}
