@testable import LedeNotebook
import LedeQuery
import Testing

@Suite struct DisplayWidthTests {
    @Test func mixedTextIsMeasuredAsItsCharactersAre() {
        // ASCII runs are counted by the byte; what surrounds non-ASCII is read as Characters.
        let texts = [
            "said “we will” on Monday", "Erdoğan’s visit", "a\u{301}b", "ab\u{301}", "\u{301}ab", "x\r\ny é",
            "習近平 said", "flag 🇫🇷🇩🇪 here", "family 👩‍👩‍👧 ok", "key 1️⃣ pad", "heart ❤️ or ❤", "\u{0D4E}ab \u{0600}cd",
            "e\u{301}\u{302}x", "end ’", "’ start", "tab\tthen ’", "\r\n’", "’\r\n",
        ]
        for text in texts {
            for part in [text[...], text.dropFirst().dropLast()] {
                #expect(DisplayWidth.ofMixed(part) == part.reduce(0) { $0 + DisplayWidth.of($1) }, "\(part.debugDescription)")
            }
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.debugDescription)")
        }
    }

    @Test func asciiAndLatinTakeACellEach() {
        #expect(DisplayWidth.of("Kerry") == 5)
        #expect(DisplayWidth.of("Erdoğan") == 7)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func cjkAndFullwidthTakeTwoCells() {
        #expect(DisplayWidth.of("習近平") == 6)
        #expect(DisplayWidth.of("문재인") == 6)
        #expect(DisplayWidth.of("安倍 晋三") == 9)
        #expect(DisplayWidth.of("ＡＢ") == 4)
    }

    @Test func emojiTakeTwoCellsWhateverTheirSequence() {
        #expect(DisplayWidth.of("🌍") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)  // with a skin tone modifier
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)  // joined with ZWJ
        #expect(DisplayWidth.of("🇫🇷") == 2)  // a flag: two regional indicators
        #expect(DisplayWidth.of("❤️") == 2)  // text-style heart with VS16
        #expect(DisplayWidth.of("❤") == 1)
    }

    @Test func combiningMarksJoinersAndSelectorsTakeNone() {
        #expect(DisplayWidth.of("e\u{301}") == 1)  // é as e + combining acute
        #expect(DisplayWidth.of("Zoe\u{308} Cafe\u{301}") == 8)
        #expect(DisplayWidth.of("\u{200D}") == 0)
        #expect(DisplayWidth.of("\u{FE0F}") == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)  // zero-width space
    }

    @Test func aPrefixEndsBetweenClustersAndWithinTheCells() {
        #expect(DisplayWidth.prefix("習近平", fitting: 5) == "習近")
        #expect(DisplayWidth.prefix("e\u{301}e\u{301}e\u{301}", fitting: 2) == "e\u{301}e\u{301}")
        #expect(DisplayWidth.prefix("👩‍👩‍👧abc", fitting: 3) == "👩‍👩‍👧a")
        // One cluster even when it does not fit, so that wrapping moves on.
        #expect(DisplayWidth.prefix("習", fitting: 1) == "習")
    }

    @Test func cuttingAndWrappingCountCells() {
        #expect(TextWrap.cut("習近平主席", width: 6) == "習近…")
        #expect(TextWrap.cut("Zoe\u{308}lle", width: 4) == "Zoe\u{308}…")
        #expect(TextWrap.wrap("習近平 said 安倍晋三 agreed", width: 10) == ["習近平", "said", "安倍晋三", "agreed"])
        #expect(TextWrap.wrap("習近平習近平", width: 4) == ["習近", "平習", "近平"])
    }

    @Test func boxedTablesWithWideNamesStayAligned() {
        var result = QueryResult()
        result.table = ResultTable(
            columns: [Column("speaker"), Column("quote", longText: true)],
            rows: [
                [.text("習近平"), .text("我们 will keep our promise 🌍")],
                [.text("Zoe\u{308} Lee"), .text("plain words here")],
                [.text("Ann"), .text("👩‍👩‍👧 family first")],
            ])
        var out = ""
        Renderers.renderer(for: .table, style: TextStyle(width: 40, colour: false, boxes: true)).render(result, to: &out)
        let widths = out.split(separator: "\n").map { DisplayWidth.of($0) }
        #expect(Set(widths).count == 1, "\(out)")
        #expect(widths.allSatisfy { $0 <= 40 })
    }

    @Test func aTableIsNeverWiderThanTheWindowEvenWithManyShortColumns() {
        var result = QueryResult()
        result.table = ResultTable(
            columns: [Column("id"), Column("date"), Column("source"), Column("title", longText: true), Column("words"), Column("quotes")],
            rows: [[.text("moscow-secretary-kerry-a1"), .text("2013-05-07"), .text("wikinews-source"), .text("In Moscow, U.S. Secretary Kerry Gets Agreement"), .integer(1234), .integer(12)]])
        for width in [70, 50, 30] {
            for boxes in [true, false] {
                var out = ""
                Renderers.renderer(for: .table, style: TextStyle(width: width, colour: false, boxes: boxes)).render(result, to: &out)
                let widest = out.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
                #expect(widest <= width, "\(width) columns:\n\(out)")
            }
        }
    }
}
