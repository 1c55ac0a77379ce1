import Foundation
import LedeTestSupport
import Testing

/// The progress line is for a person watching a terminal: nothing of it reaches a pipe, a
/// file or a saved session.
@Suite struct LoadProgressOutputTests {
    @Test func aLoadWithStderrPipedPrintsNoProgress() throws {
        let folder = Fixtures.temporaryDirectory()
        var lines = ""
        for i in 0..<3000 {
            lines += "{\"title\": \"Bulletin \(i)\", \"date\": \"2020-01-01\", \"text\": \"Item \(i) of the day.\"}\n"
        }
        Fixtures.write(lines, to: folder + "/big.jsonl")
        let single = try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load big.jsonl; .save s.lede"], in: folder)
        #expect(single.status == 0, "\(single.stderr)")
        let script = try LedeBinary.run(["--workspace", "w2.sqlite"], stdin: "load big.jsonl\n", in: folder)
        #expect(script.status == 0, "\(script.stderr)")
        let saved = try String(contentsOfFile: folder + "/s.lede", encoding: .utf8)
        for text in [single.stdout, single.stderr, script.stdout, script.stderr, saved] {
            #expect(!text.contains("\r") && !text.contains("\u{1B}") && !text.contains("articles/s"), "\(text)")
        }
    }
}
