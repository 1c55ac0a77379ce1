import Testing

@testable import LedeLineEditor

@Suite struct TabCompletionTests {
    @Test func oneCandidateReplacesTheTokenAndAddsASpace() {
        let action = TabCompletion.decide(lineBeforeCursor: "who-said Luk", candidates: ["Lukyanov"], repeated: false)
        #expect(action == .replace(tokenLength: 3, with: "Lukyanov "))
        #expect(action.applied(to: "who-said Luk") == "who-said Lukyanov ")
    }

    @Test func aFolderCandidateGetsNoSpaceSoTheNextTabGoesInside() {
        let action = TabCompletion.decide(lineBeforeCursor: "load se", candidates: ["seeds/"], repeated: false)
        #expect(action == .replace(tokenLength: 2, with: "seeds/"))
    }

    @Test func insideAnOpenQuoteTheTokenReachesBackToTheQuote() {
        #expect(TabCompletion.lastToken(of: "load \"my no") == "\"my no")
        #expect(TabCompletion.lastToken(of: "find speaker:\"Fyodor Lu") == "speaker:\"Fyodor Lu")
        #expect(TabCompletion.lastToken(of: "load \"my notes/a b.txt\" ne") == "ne")
        let action = TabCompletion.decide(lineBeforeCursor: "load \"my no", candidates: ["\"my notes/a b.txt\""], repeated: false)
        #expect(action == .replace(tokenLength: 6, with: "\"my notes/a b.txt\" "))
        #expect(action.applied(to: "load \"my no") == "load \"my notes/a b.txt\" ")
    }

    @Test func severalCandidatesInsertTheirCommonPrefix() {
        let action = TabCompletion.decide(lineBeforeCursor: "he", candidates: ["help", "hello", "helium"], repeated: false)
        #expect(action == .replace(tokenLength: 2, with: "hel"))
    }

    @Test func aSecondTabWithNothingToAddListsTheCandidates() {
        let candidates = ["help", "hello", "helium"]
        #expect(TabCompletion.decide(lineBeforeCursor: "hel", candidates: candidates, repeated: false) == .beep)
        #expect(TabCompletion.decide(lineBeforeCursor: "hel", candidates: candidates, repeated: true) == .list(candidates))
    }

    @Test func noCandidatesBeeps() {
        #expect(TabCompletion.decide(lineBeforeCursor: "zz", candidates: [], repeated: true) == .beep)
    }

    @Test func aCaseInsensitiveMatchMayRewriteTheToken() {
        let action = TabCompletion.decide(lineBeforeCursor: "who-said lu", candidates: ["Lukyanov", "Lukashenko"], repeated: false)
        #expect(action == .replace(tokenLength: 2, with: "Luk"))
    }

    @Test func aPrefixShorterThanTheTokenNeverDeletesTypedText() {
        let action = TabCompletion.decide(lineBeforeCursor: "find Kerr", candidates: ["Kerry", "Lavrov"], repeated: false)
        #expect(action == .beep)
    }

    @Test func theTokenStartsAfterTheLastSpaceOrTab() {
        #expect(TabCompletion.lastToken(of: "find  sanc") == "sanc")
        #expect(TabCompletion.lastToken(of: "find\tsanc") == "sanc")
        #expect(TabCompletion.lastToken(of: "find ") == "")
        #expect(TabCompletion.lastToken(of: ".mo") == ".mo")
        #expect(TabCompletion.lastToken(of: "") == "")
    }

    @Test func tokenLengthCountsUnicodeScalarsAsLibeditDoes() {
        // "é" typed as e + combining acute is one Character but two wchar_t: 4 Characters, 5 scalars.
        let action = TabCompletion.decide(lineBeforeCursor: "who-said Cafe\u{301}", candidates: ["Cafe\u{301}ine"], repeated: false)
        #expect(action == .replace(tokenLength: 5, with: "Cafe\u{301}ine "))
    }

    @Test func commonPrefixComparesWholeCharacters() {
        #expect(TabCompletion.longestCommonPrefix(["Lavrov", "Lavrentiev"]) == "Lavr")
        #expect(TabCompletion.longestCommonPrefix(["e\u{301}a", "e\u{301}b", "eb"]) == "")
        #expect(TabCompletion.longestCommonPrefix([]) == "")
    }
}
