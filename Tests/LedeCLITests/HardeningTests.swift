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

    @Test func hugeInputsCostLittle() throws {
        let folder = Fixtures.temporaryDirectory()
        let longName = String(repeating: "x", count: 10_000)
        let manyWords = (0..<150_000).map { "w\($0)" }.joined(separator: " ")
        let repeated = Array(repeating: "peace", count: 8000).joined(separator: " ")
        // Each of these took from 2 to over 60 seconds before; now they answer at once (their
        // speed is the benchmark's to measure: here, that they answer, and briefly).
        var results: [CommandResult] = []
        results.append(try LedeBinary.run(["-c", "articles in \(longName)"], in: folder))
        // 1.2 MB: more than one argument may hold, so as a piped script.
        results.append(try LedeBinary.run([], stdin: "find " + manyWords + "\n", in: folder))
        results.append(try LedeBinary.run(["-c", "find " + repeated + " limit 1"], in: folder))
        results.append(try LedeBinary.run(["-c", "who-said " + longName], in: folder))
        #expect(results[0].status == 1 && results[0].stderr.contains("no let set or article named 'xxxx"))
        #expect(results[1].status == 1 && results[1].stderr.contains("error: the query has 150000 different words; at most 1000\n"))
        #expect(results[2].status == 0 && results[2].stdout.contains("peace"))
        #expect(results[3].status == 1 && results[3].stderr.contains("no speaker named"))
        // Every error line stays short, however long the command.
        #expect(results.allSatisfy { $0.stderr.split(separator: "\n").allSatisfy { $0.count < 400 } })
    }

    // MARK: - Nothing from an article reaches the terminal raw

    /// An article whose text carries what a hostile page would: OSC 52 (write the clipboard),
    /// OSC 0 (set the window title), CSI 2J (clear the screen), backspaces, a C1 CSI and a
    /// bidi override.
    static let hostileText = "Attack \u{1B}]52;c;ZWNobyBwd25lZA==\u{07} title \u{1B}]0;owned\u{07} clear \u{1B}[2J gone\u{08}\u{08}\u{08}\u{08} c1 \u{9B}31m bidi \u{202E}evil\u{202C} end peace."

    func writeHostileFeed(in folder: String) {
        var json = ""
        for scalar in Self.hostileText.unicodeScalars {
            switch scalar.value {
            case 0x22: json += "\\\""
            case 0x5C: json += "\\\\"
            case 0..<0x20, 0x7F..<0xA0, 0x2028...0x202E: json += String(format: "\\u%04x", scalar.value)
            default: json.unicodeScalars.append(scalar)
            }
        }
        Fixtures.write("{\"title\": \"Hostile \\u001b[31mred\", \"date\": \"2020-03-01\", \"source\": \"evil\\u0007\", \"text\": \"\(json) \\\"We will attack \\u001b]0;x\\u0007 now,\\\" said Mallory Evil on Sunday.\"}\n", to: folder + "/hostile.jsonl")
    }

    /// Control bytes a terminal obeys, other than lede's own colour codes.
    func controls(in text: String) -> [String] {
        var found: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let v = scalars[index].value
            if v == 0x1B {
                // lede's own: ESC [ digits ; m
                var end = index + 1
                if end < scalars.count, scalars[end] == "[" {
                    end += 1
                    while end < scalars.count, "0123456789;".unicodeScalars.contains(scalars[end]) { end += 1 }
                    if end < scalars.count, scalars[end] == "m" { index = end + 1; continue }
                }
                found.append("ESC at \(index)")
            } else if (v < 0x20 && v != 0x09 && v != 0x0A) || v == 0x7F || (0x80..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                found.append(String(format: "U+%04X at %d", v, index))
            }
            index += 1
        }
        return found
    }

    @Test func controlCharactersFromArticlesAreShownNotObeyed() throws {
        let folder = Fixtures.temporaryDirectory()
        writeHostileFeed(in: folder)
        #expect(try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load hostile.jsonl"], in: folder).status == 0)
        let commands = "articles; show hostile-31mred; find peace; who-said; timeline --all; speakers; .save s.lede"
        for format in ["table", "plain", "csv", "markdown"] {
            let result = try LedeBinary.run(["--workspace", "w.sqlite", "--format", format, "-c", commands], in: folder)
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(controls(in: result.stdout).isEmpty, "\(format): \(controls(in: result.stdout))")
            #expect(controls(in: result.stderr).isEmpty, "\(format): \(controls(in: result.stderr))")
            // (Markdown escapes the bracket, as it does every markup character of article text.)
            #expect(result.stdout.contains(format == "markdown" ? "␛\\]52;c;ZWNobyBwd25lZA==␇" : "␛]52;c;ZWNobyBwd25lZA==␇"), "\(format)")
            let saved = try String(contentsOfFile: folder + "/s.lede", encoding: .utf8)
            #expect(controls(in: saved).isEmpty, "\(format) saved: \(controls(in: saved))")
        }
        // JSON keeps the exact text, escaped.
        let json = try LedeBinary.run(["--workspace", "w.sqlite", "--format", "json", "-c", "show hostile-31mred ¶1"], in: folder)
        #expect(controls(in: json.stdout).isEmpty)
        #expect(json.stdout.contains("Attack \\u001b]52;c;ZWNobyBwd25lZA==\\u0007 title"))
        #expect(json.stdout.contains("bidi \\u202eevil\\u202c end"))
        #expect(json.stdout.contains("c1 \\u009b31m"))
    }

    // MARK: - .save writes files safely

    @Test func saveFollowsALinkKeepsTheModeAndRefusesWhatIsNotAFile() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("old\n", to: folder + "/real.lede")
        chmod(folder + "/real.lede", 0o600)
        #expect(symlink("real.lede", folder + "/link.lede") == 0)
        #expect(symlink("missing.lede", folder + "/dangling.lede") == 0)
        let saved = try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load \(Fixtures.seedArticle); .save link.lede; .save dangling.lede"], in: folder)
        #expect(saved.status == 0, "\(saved.stderr)")
        var info = stat()
        #expect(lstat(folder + "/link.lede", &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(lstat(folder + "/real.lede", &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: folder + "/real.lede", encoding: .utf8).contains("load \(Fixtures.seedArticle)"))
        #expect(try String(contentsOfFile: folder + "/missing.lede", encoding: .utf8).hasPrefix("# lede session, saved "))
        #expect(lstat(folder + "/dangling.lede", &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)

        #expect(mkfifo(folder + "/fifo", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: folder + "/dir", withIntermediateDirectories: true)
        for (target, kind) in [("fifo", "a named pipe (FIFO)"), ("dir", "a folder"), ("/dev/null", "a device")] {
            let refused = try LedeBinary.run(["--workspace", "w.sqlite", "-c", "articles; .save \(target)"], in: folder)
            #expect(refused.status == 1, "\(target)")
            #expect(refused.stderr.contains("cannot save \(target): \(target) is \(kind), not a file; name a file to write"), "\(refused.stderr)")
        }
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(lstat(folder + "/fifo", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        // No temporary file is left beside them.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.hasPrefix(".") })
    }
}
