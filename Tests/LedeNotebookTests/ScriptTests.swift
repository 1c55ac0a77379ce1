import Foundation
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
        #expect(LineDiff.unified(expected: ["a", "b"], actual: ["b", "c"]) == ["-a", " b", "+c"])
        #expect(LineDiff.unified(expected: [], actual: ["new"]) == ["+new"])
    }

    @Test func aLongOutputWithOneChangeShowsOneHunk() {
        let expected = (0..<26_281).map { "line \($0)" }
        var actual = expected
        actual[13_000] = "changed"
        // (Quadratic before: 40 s and 5.4 GB for this in a release build.)
        let diff = LineDiff.unified(expected: expected, actual: actual)
        #expect(diff == ["@@ -12998,7 +12998,7 @@", " line 12997", " line 12998", " line 12999", "-line 13000", "+changed", " line 13001", " line 13002", " line 13003"])
    }

    @Test func outputsThatDifferEverywhereStillGiveACorrectDiff() {
        let expected = (0..<5000).map { "old \($0)" }
        let actual = (0..<5000).map { "new \($0)" }
        let diff = LineDiff.unified(expected: expected, actual: actual)
        #expect(diff.filter { $0.hasPrefix("-") }.count == 5000 && diff.filter { $0.hasPrefix("+") }.count == 5000)
        // Interleaved small changes keep their context and order.
        let a = (0..<50).map(String.init)
        var b = a
        b.remove(at: 10)
        b.insert("x", at: 30)
        let small = LineDiff.unified(expected: a, actual: b)
        #expect(small.filter { $0.hasPrefix("-") } == ["-10"] && small.filter { $0.hasPrefix("+") } == ["+x"])
        #expect(small.filter { $0.hasPrefix("@@") }.count == 2)
    }

    /// Found by fuzzing: what `--update` writes, `--check` must read back the same.
    @Test func aLoneCREndsALineAsLFDoes() {
        for text in ["articles limit 1\r", "articles limit 1\rfind peace\r#> out\r", "x\r", "0\t\r"] {
            let script = Script(text: text)
            #expect(script.entries.allSatisfy { !$0.command.contains("\r") }, "\(text.debugDescription)")
            let reread = Script(text: script.updated(outputs: script.entries.map { _ in "done\n" }))
            #expect(reread.entries.map(\.command) == script.entries.map(\.command))
            #expect(reread.entries.allSatisfy { $0.recorded == ["done"] })
        }
        #expect(Script(text: "articles limit 1\rfind peace\r#> out\r").entries.map(\.recorded) == [[], ["out"]])
    }

    @Test func anUnfinishedLastCommandKeepsItsRecordedOutput() {
        let script = Script(text: "load(\n")
        #expect(script.entries.map(\.command) == ["load("])
        let updated = script.updated(outputs: ["(: 0 articles\n"])
        #expect(updated == "load(\n#> (: 0 articles\n")
        let reread = Script(text: updated)
        #expect(reread.entries.map(\.command) == ["load("])
        #expect(reread.entries.map(\.recorded) == [["(: 0 articles"]])
    }
}
