import Foundation
import LedeTestSupport
import Testing

/// Hostile input through the real binary: each test is a reproducer of a crash or a silent
/// loss, and what lede does instead.
@Suite struct HardeningTests {
    @Test func aScriptThatReadsItselfIsRefusedInEveryMode() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write(".read self.lede\n", to: folder + "/self.lede")
        Fixtures.write(".mode csv\n.read b.lede\n", to: folder + "/a.lede")
        Fixtures.write(".read a.lede\n", to: folder + "/b.lede")
        let viaRun = try LedeBinary.run(["run", "--workspace", "w.sqlite", "self.lede"], in: folder)
        #expect(viaRun.status == 1)
        #expect(viaRun.stderr == "self.lede:1: error: a script cannot read itself: self.lede → self.lede\n")
        let mutual = try LedeBinary.run(["run", "--workspace", "w.sqlite", "a.lede"], in: folder)
        #expect(mutual.status == 1)
        #expect(mutual.stderr.contains("b.lede:1: error: a script cannot read itself: a.lede → b.lede → a.lede\n"))
        let viaC = try LedeBinary.run(["--workspace", "w.sqlite", "-c", ".read a.lede"], in: folder)
        #expect(viaC.status == 1)
        #expect(viaC.stderr.contains("error: a script cannot read itself: a.lede → b.lede → a.lede"))
        let viaStdin = try LedeBinary.run(["--workspace", "w.sqlite"], stdin: ".read self.lede\n", in: folder)
        #expect(viaStdin.status == 1)
        #expect(viaStdin.stderr.contains("a script cannot read itself: self.lede → self.lede"))
    }

    @Test func hostileQueriesAreErrorsNotCrashes() throws {
        let folder = Fixtures.temporaryDirectory()
        let deep = "find " + String(repeating: "(", count: 12_000) + "a" + String(repeating: ")", count: 12_000)
        for (command, message) in [
            ("timeline from 2020 to 2019", "to 2019 comes before from 2020"),
            ("find peace | timeline from 2014-01-01 to 2013-12-31", "to 2013-12-31 comes before from 2014-01-01"),
            (deep, "the query nests too deeply: at most 32 levels"),
        ] {
            let result = try LedeBinary.run(["-c", command], in: folder)
            #expect(result.status == 1, "\(command.prefix(60))")
            #expect(result.stderr.contains("error: \(message)\n"), "\(result.stderr.prefix(300))")
        }
        let huge = try LedeBinary.run(["-c", "find peace limit 9223372036854775807; let p = find peace limit 9223372036854775807; articles in p limit 99999999999999999999"], in: folder)
        #expect(huge.status == 0, "\(huge.stderr)")
    }
}
