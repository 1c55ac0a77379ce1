import LedeStore
import Testing

/// A place is what SQL's `substr` reads back: counted in Unicode scalars, and only where the
/// paragraph holds the text scalar for scalar.
@Suite struct TextPlaceTests {
    /// Reads a place back as `substr(paragraph, start + 1, length)` does.
    func readBack(_ place: TextPlace, from paragraph: String) -> String {
        let scalars = Array(paragraph.unicodeScalars)[place.start..<(place.start + place.length)]
        return String(String.UnicodeScalarView(scalars))
    }

    @Test(arguments: [
        ("He said so. She did not.", "She did not."),
        ("Zürich’s mayor — “we will” — said it.", "“we will”"),
        ("日本の首相は「明日」と述べた。明日", "明日"),
        ("a café, the café", "the café"),
        ("emoji 🇺🇦 then words", "then words"),
        ("ab", "ab"),
    ])
    func aTextInItsParagraphIsFoundAtItsFirstPlaceInScalars(paragraph: String, text: String) throws {
        let place = try #require(TextPlace(of: text, in: paragraph))
        #expect(readBack(place, from: paragraph) == text)
        let scalars = Array(paragraph.unicodeScalars)
        let expectedStart = (0...(scalars.count - place.length)).first {
            Array(scalars[$0..<($0 + place.length)]) == Array(text.unicodeScalars)
        }
        #expect(place.start == expectedStart)
    }

    @Test(arguments: [
        ("He said so.", ""),
        ("He said so.", "She said"),
        ("short", "much longer than the paragraph"),
        // Canonically equal but not the same scalars: the decomposed é is not the composed one.
        ("a cafe\u{301} here", "café"),
        ("a café here", "cafe\u{301}"),
    ])
    func aTextNotHeldScalarForScalarHasNoPlace(paragraph: String, text: String) {
        #expect(TextPlace(of: text, in: paragraph) == nil)
    }

    @Test func aTextIsFoundAfterFalseStarts() throws {
        let paragraph = "aaab aab ab"
        let place = try #require(TextPlace(of: "ab", in: paragraph))
        #expect(place.start == 2 && place.length == 2)
    }
}
