@testable import LedeNotebook
import Testing

/// Wrapping and trimming, the text helpers every renderer and command line goes through.
@Suite struct TextTests {
    @Test func wrapFillsLinesToTheWidthAndCutsLongWords() {
        #expect(TextWrap.wrap("short", width: 10) == ["short"])
        #expect(TextWrap.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(TextWrap.wrap("abcdefghijklmnopqrstuvwxyz end", width: 10) == ["abcdefghij", "klmnopqrst", "uvwxyz end"])
        #expect(TextWrap.wrap("a  b   c", width: 3) == ["a b", "c"])
    }

    @Test func wrapCountsCharactersNotBytes() {
        // "Lukyánov’s" is 10 Characters and 13 bytes; "e\u{301}" is one Character.
        #expect(TextWrap.wrap("Lukyánov’s view caf\u{65}\u{301}", width: 15) == ["Lukyánov’s view", "caf\u{65}\u{301}"])
        #expect(TextWrap.wrap("ééééé ééééé", width: 5) == ["ééééé", "ééééé"])
    }

    @Test func trimmingSpacesTakesSpacesAndTabsOnly() {
        #expect("  find war\t".trimmingSpaces() == "find war")
        #expect("\u{00A0}\u{2003}find\u{3000}".trimmingSpaces() == "find")
        #expect(" \n find \n ".trimmingSpaces() == "\n find \n")
        #expect(" \t ".trimmingSpaces() == "")
        #expect("".trimmingSpaces() == "")
    }
}
