import LedeNotebook
import Testing

@Suite struct ScriptTests {
    let text = """
        # lede session, saved 2026-05-09
        load seeds
        #> seeds: 101 articles
        find "peace \\
        process"
        #> one
        #>
        #> three

        # a comment
        articles limit 1
        """

    @Test func entriesJoinContinuationsAndCollectOutputs() {
        let script = Script(text: text)
        #expect(script.entries.map(\.command) == ["load seeds", "find \"peace process\"", "articles limit 1"])
        #expect(script.entries.map(\.line) == [2, 4, 11])
        #expect(script.entries[1].recorded == ["one", "", "three"])
        #expect(script.entries[2].recorded == [])
    }

    @Test func updateReplacesOnlyTheOutputs() {
        let updated = Script(text: text).updated(outputs: ["seeds: 101 articles\n", "new\n", "a\nb\n"])
        #expect(updated == """
            # lede session, saved 2026-05-09
            load seeds
            #> seeds: 101 articles
            find "peace \\
            process"
            #> new

            # a comment
            articles limit 1
            #> a
            #> b

            """)
    }

    @Test func unfinishedInputWaitsForMore() {
        var buffer = InputBuffer()
        #expect(buffer.add("find (Kerry or") == nil)
        #expect(buffer.add("Lavrov)") == "find (Kerry or Lavrov)")
        #expect(buffer.add("find \"open") == nil)
        #expect(buffer.add("quote\"") == "find \"open quote\"")
        #expect(buffer.add("find a \\") == nil)
        #expect(buffer.add("b") == "find a b")
    }

    @Test func anUnfinishedCommandAtTheEndStillRunsToReportItsError() {
        let script = Script(text: "articles\nfind (Kerry\n")
        #expect(script.entries.map(\.command) == ["articles", "find (Kerry"])
        #expect(script.entries.map(\.line) == [1, 2])
    }

    @Test func diffMarksWhatChanged() {
        #expect(LineDiff.unified(expected: ["a", "b", "c"], actual: ["a", "x", "c"]) == [" a", "-b", "+x", " c"])
    }
}
