@testable import LedeNotebook
import LedeQuery
import Testing

@Suite struct RendererTests {
    let result: QueryResult = {
        var result = QueryResult()
        result.table = ResultTable(
            columns: [Column("article"), Column("quote", longText: true), Column("score"), Column("roles"), Column("path", machineOnly: true)],
            rows: [
                [.text("kerry"), .highlighted("He said \"no\", twice", [3..<7]), .decimal(1.006, places: 2), .list(["a", "b"]), .text("x.txt")],
                [.text("pipe|id"), .text("line\nbreak"), .integer(3), .null, .text("y.txt")],
            ])
        result.summary = ["2 rows"]
        return result
    }()

    func render(_ mode: OutputMode, style: TextStyle = .recorded) -> String {
        var out = ""
        Renderers.renderer(for: mode, style: style).render(result, to: &out)
        return out
    }

    @Test func jsonKeepsKeysInOrderAndTypes() {
        #expect(render(.json) == """
            [
              {"article": "kerry", "quote": "He said \\"no\\", twice", "score": 1.01, "roles": ["a", "b"], "path": "x.txt"},
              {"article": "pipe|id", "quote": "line\\nbreak", "score": 3, "roles": null, "path": "y.txt"}
            ]

            """)
        #expect(render(.jsonl).split(separator: "\n").count == 2)
    }

    @Test func csvQuotesOnlyWhatNeedsIt() {
        #expect(render(.csv) == "article,quote,score,roles,path\nkerry,\"He said \"\"no\"\", twice\",1.01,a; b,x.txt\npipe|id,\"line\nbreak\",3,,y.txt\n")
    }

    @Test func markdownEscapesPipesAndBoldsMatches() {
        #expect(render(.markdown) == """
            | article | quote | score | roles |
            | --- | --- | --- | --- |
            | kerry | He **said** "no", twice | 1.01 | a; b |
            | pipe\\|id | line break | 3 |  |

            _2 rows_

            """)
    }

    @Test func markdownLeavesNoArticleTextLiveAsMarkup() {
        var result = QueryResult()
        result.layout = .document
        result.heading = ["# Title <b>x</b>"]
        result.table = ResultTable(columns: [Column("paragraph"), Column("text")], rows: [[.integer(1), .text("See [x](http://t) and ![i](http://t/i.png), *bold* _em_ `code`")]])
        var out = ""
        Renderers.renderer(for: .markdown, style: .recorded).render(result, to: &out)
        #expect(out == "## \\# Title \\<b\\>x\\</b\\>\n\n**¶1** See \\[x\\](http://t) and !\\[i\\](http://t/i.png), \\*bold\\* \\_em\\_ \\`code\\`\n\n")
    }

    @Test func tableFitsTheWidthAndWrapsLongText() {
        var narrow = QueryResult()
        narrow.table = ResultTable(
            columns: [Column("id"), Column("text", longText: true)],
            rows: [[.text("a"), .text(String(repeating: "word ", count: 30))]])
        var out = ""
        Renderers.renderer(for: .table, style: TextStyle(width: 40, colour: false, boxes: true)).render(narrow, to: &out)
        let lines = out.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.first?.hasPrefix("┌") == true && lines.last?.hasPrefix("└") == true)
        #expect(lines.count > 5)
    }

    @Test func colourOnlyWhenTheStyleAllowsIt() {
        #expect(!render(.table).contains("\u{1B}["))
        #expect(render(.table, style: TextStyle(width: 100, colour: true, boxes: true)).contains("\u{1B}[1;33msaid"))
    }

    @Test func comparisonsStandInTwoAlignedColumnsWithTheSharedPartAcross() {
        var compared = QueryResult()
        compared.table = ResultTable(
            columns: [
                Column("aspect"), Column("only_left", header: "only kerry-moscow", longText: true),
                Column("shared", longText: true), Column("only_right", header: "only kurds-deal", longText: true),
            ],
            rows: [
                [.text("people"), .list(["Alexander Panov", "Fyodor Lukyanov", "John Kerry", "Sergei Lavrov", "Vladimir Putin"]),
                 .list([]), .list(["Ain Issa", "Recep Tayyip Erdoğan"])],
                [.text("places"), .list(["Moscow"]), .list(["Syria", "Damascus and the Middle East"]), .list(["Turkey"])],
            ])
        compared.layout = .comparison(aspect: "aspect", left: "only_left", shared: "shared", right: "only_right")
        func rendered(width: Int, colour: Bool = false) -> String {
            var out = ""
            Renderers.renderer(for: .table, style: TextStyle(width: width, colour: colour, boxes: colour)).render(compared, to: &out)
            return out
        }
        let out = rendered(width: 60)
        // Colour changes no position: without its escape codes the text is the plain one.
        let coloured = rendered(width: 60, colour: true)
        func plain(_ text: String) -> String {
            var result = ""
            var inEscape = false
            for c in text {
                if c == "\u{1B}" { inEscape = true } else if inEscape { if c == "m" { inEscape = false } } else { result.append(c) }
            }
            return result
        }
        #expect(coloured != out && plain(coloured) == out)
        // Narrow windows still fit.
        for width in [40, 24] {
            #expect(rendered(width: width).split(separator: "\n").allSatisfy { $0.count <= width })
        }
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(lines[0].hasPrefix("aspect    only kerry-moscow") && lines[0].hasSuffix("only kurds-deal"))
        // The right column starts at the same place on every line that has one.
        let rightStart = lines[0].distance(from: lines[0].startIndex, to: lines[0].range(of: "only kurds-deal")!.lowerBound)
        #expect(lines[2].hasPrefix("people    Alexander Panov; Fyodor") && lines[2].dropFirst(rightStart).hasPrefix("Ain Issa;"))
        #expect(!out.contains("shared       \n") && lines.contains("  shared  Syria; Damascus and the Middle East"))
        #expect(lines.first { $0.hasPrefix("places") }.map { $0.dropFirst(rightStart) == "Turkey" } == true)
    }

    @Test func controlCharactersAreDrawnAsSymbolsOneForOne() {
        let hostile = "a\u{1B}]0;x\u{07}b\u{08}c\u{7F}d\u{9B}e\u{202E}f\tg"
        #expect(TerminalSafe.text(hostile) == "a␛]0;x␇b␈c␡d\u{FFFD}e\u{FFFD}f\tg")
        #expect(TerminalSafe.text(hostile).count == hostile.count)
        #expect(TerminalSafe.text("plain text, “quotes” and é") == "plain text, “quotes” and é")
        // Highlighted words stay where they were.
        #expect(TerminalSafe.cell(.highlighted("x\u{1B}y peace", [4..<9])) == .highlighted("x␛y peace", [4..<9]))
    }

    @Test func onATerminalOnlyLedesOwnColourCodesAreEscapes() {
        var hostile = QueryResult()
        hostile.heading = ["Title \u{1B}]0;owned\u{07}"]
        hostile.table = ResultTable(
            columns: [Column("article"), Column("quote", longText: true)],
            rows: [[.text("id\u{1B}[2J"), .highlighted("clear \u{1B}[2J peace \u{9B}31m", [11..<16])]])
        hostile.summary = ["1 \u{1B}[31mrow"]
        for layout in [QueryResult.Layout.table, .entries(heading: ["article"], body: "quote")] {
            hostile.layout = layout
            var out = ""
            Renderers.renderer(for: .table, style: TextStyle(width: 80, colour: true, boxes: true)).render(hostile, to: &out)
            var rest = Substring(out)
            while let escape = rest.firstIndex(of: "\u{1B}") {
                let after = rest[escape...].dropFirst()
                let code = after.prefix { "[0123456789;".contains($0) }
                #expect(code.hasPrefix("[") && after.dropFirst(code.count).first == "m", "\(rest[escape...].prefix(12).debugDescription)")
                rest = after
            }
            #expect(!out.unicodeScalars.contains { $0.value == 0x07 || $0.value == 0x9B })
            #expect(out.contains("␛[2J"))
        }
    }

    /// A result of `count` rows "row 1" …, produced one at a time.
    func streamed(_ count: Int) -> QueryResult {
        var result = QueryResult()
        result.table = ResultTable(columns: [Column("n"), Column("text", longText: true)], stream: RowStream { emit in
            for i in 1...count { try emit([.integer(i), .text("row \(i)")]) }
            return ["\(count) rows"]
        })
        return result
    }

    @Test func anInterruptedDrawingShowsWhatWasReadAndClosesItsForm() throws {
        for mode in [OutputMode.table, .json] {
            var targets = [Renderers.Target(Renderers.renderer(for: mode, style: .recorded), "")]
            var asked = 0
            #expect(throws: RenderStopped.self) {
                try Renderers.draw(streamed(10), to: &targets, shouldStop: { asked += 1; return asked > 3 })
            }
            let out = targets[0].out
            #expect(out.contains("row 3") && !out.contains("row 4"), "\(mode): \(out)")
            if mode == .json { #expect(out.hasSuffix("}\n]\n")) }
            #expect(!out.contains("10 rows"))
        }
    }

    @Test func aStreamsClosingSummaryIsReturnedForMachineModes() throws {
        var targets = [Renderers.Target(Renderers.renderer(for: .json, style: .recorded), "")]
        let summary = try Renderers.draw(streamed(2), to: &targets)
        #expect(summary == ["2 rows"])
        #expect(!targets[0].out.contains("2 rows"))
    }

    @Test func aLongTableKeepsTheWidthsOfItsFirstPage() {
        var result = QueryResult()
        var rows: [[Cell]] = (1...1500).map { [.text("id\($0)"), .text("short")] }
        rows[1200][0] = .text(String(repeating: "w", count: 30))
        result.table = ResultTable(columns: [Column("id"), Column("text")], rows: rows)
        var out = ""
        Renderers.renderer(for: .table, style: .recorded).render(result, to: &out)
        let lines = out.split(separator: "\n")
        #expect(lines.count == 1502)
        // The first page's widest id is 6 characters: the long one later is cut to fit.
        #expect(lines[1202].hasPrefix("wwwww…  short"))
    }
}
