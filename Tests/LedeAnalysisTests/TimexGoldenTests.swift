import Foundation
import LedeArticles
import LedeTestSupport
import Testing

@testable import LedeAnalysis

/// Replays `Golden/timex.golden`: short passages with their article's date, each with every
/// temporal expression the tagger must find in it and its TIMEX3 value.
/// `LEDE_RECORD_GOLDEN=1 swift test --filter TimexGolden` rewrites the expectations from what
/// the tagger finds now; review the diff like a re-recorded session before committing it.
@Suite("Temporal expression golden cases")
struct TimexGoldenTests {
    static let path = Fixtures.root + "/Tests/LedeAnalysisTests/Golden/timex.golden"

    @Test("every case gives exactly its recorded expressions and values")
    func replay() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let file = try TimexGoldenFile(parsing: text)
        #expect(file.cases.count >= TimexGoldenFile.minimumCases, "the golden file holds \(file.cases.count) cases")
        #expect(file.expressionCount >= TimexGoldenFile.minimumExpressions, "the golden file holds \(file.expressionCount) expressions")
        if ProcessInfo.processInfo.environment["LEDE_RECORD_GOLDEN"] == "1" {
            try file.recorded().write(toFile: Self.path, atomically: true, encoding: .utf8)
            return
        }
        var failures: [String] = []
        for golden in file.cases {
            let actual = TimexGoldenFile.lines(for: golden)
            if actual != golden.expected {
                failures.append("""
                    \(golden.name) (line \(golden.line)):
                      expected: \(golden.expected.joined(separator: "\n                "))
                      actual:   \(actual.joined(separator: "\n                "))
                    """)
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(file.cases.count) golden cases differ:\n\(failures.joined(separator: "\n"))")
    }

    @Test("the golden file format reads back what it writes")
    func roundTrip() throws {
        let text = """
            # a comment
            ### one
            @ 2013-05-09
            Kerry arrived on 7 May.
            >>> 7 May · date · 2013-05-07

            ### two
            @ 2013-05-09
            Nothing happened.
            >>> (none)

            """
        let file = try TimexGoldenFile(parsing: text)
        #expect(file.cases.count == 2)
        #expect(file.cases[0].date == CalendarDate(year: 2013, month: 5, day: 9))
        #expect(file.cases[0].paragraphs == ["Kerry arrived on 7 May."])
        #expect(file.cases[1].expected == ["(none)"])
        #expect(file.expressionCount == 1)
        let reread = try TimexGoldenFile(parsing: file.recorded())
        #expect(reread.cases.map(\.expected) == file.cases.map { TimexGoldenFile.lines(for: $0) })
        #expect(throws: TimexGoldenFile.FormatError.self) { try TimexGoldenFile(parsing: "### x\nNo date line.\n>>> (none)\n") }
        #expect(throws: TimexGoldenFile.FormatError.self) { try TimexGoldenFile(parsing: "### x\n@ 2013-05-09\n>>> (none)\n") }
    }
}

/// The golden file: a `### name` line, an `@ YYYY-MM-DD` line with the article's date, the
/// passage's paragraphs (one per line), then one `>>> ` line per expression,
/// `text · kind · value`, or `>>> (none)`. `#` lines outside cases are comments and are kept
/// when recording.
struct TimexGoldenFile {
    /// Floors, so that cases cannot go missing unnoticed; raise them as cases are added.
    static let minimumCases = 174
    static let minimumExpressions = 230

    struct Case {
        var name: String
        var line: Int
        var date: CalendarDate?
        var paragraphs: [String]
        var expected: [String]
    }

    struct FormatError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "golden file line \(line): \(message)" }
    }

    /// Cases and comment lines, in file order, so recording keeps the file's layout.
    enum Block {
        case comment(String)
        case golden(Case)
    }

    var blocks: [Block] = []
    var cases: [Case] { blocks.compactMap { if case .golden(let c) = $0 { c } else { nil } } }
    /// How many expressions the cases expect in all.
    var expressionCount: Int { cases.reduce(0) { $0 + $1.expected.filter { $0 != "(none)" }.count } }

    init(parsing text: String) throws {
        var current: Case?
        func finish() throws {
            guard let done = current else { return }
            guard done.date != nil else { throw FormatError(line: done.line, message: "case \(done.name) has no @ date line") }
            guard !done.paragraphs.isEmpty else { throw FormatError(line: done.line, message: "case \(done.name) has no passage") }
            guard !done.expected.isEmpty else { throw FormatError(line: done.line, message: "case \(done.name) has no >>> line") }
            blocks.append(.golden(done))
            current = nil
        }
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let number = index + 1
            if line.hasPrefix("### ") {
                try finish()
                current = Case(name: String(line.dropFirst(4)), line: number, date: nil, paragraphs: [], expected: [])
            } else if line.hasPrefix("@ "), var open = current, open.date == nil, open.paragraphs.isEmpty {
                guard let date = CalendarDate.parseISOPrefix(String(line.dropFirst(2))) else {
                    throw FormatError(line: number, message: "not a date: \(line)")
                }
                open.date = date
                current = open
            } else if line.hasPrefix(">>> ") {
                guard current != nil else { throw FormatError(line: number, message: "an expectation outside a case") }
                current!.expected.append(String(line.dropFirst(4)))
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                try finish()
            } else if line.hasPrefix("#"), current.map({ !$0.expected.isEmpty }) ?? true {
                // A comment: outside a case, or right after one's expectations.
                try finish()
                blocks.append(.comment(line))
            } else if var open = current {
                guard open.date != nil else { throw FormatError(line: number, message: "case \(open.name) needs its @ date line first") }
                guard open.expected.isEmpty else { throw FormatError(line: number, message: "passage text after the expectations of \(open.name)") }
                open.paragraphs.append(line)
                current = open
            } else {
                throw FormatError(line: number, message: "text outside a case (cases start with ### NAME)")
            }
        }
        try finish()
    }

    /// The file with every case's expectations replaced by what the tagger gives now.
    func recorded() -> String {
        var out = ""
        var previous: Block?
        for block in blocks {
            defer { previous = block }
            switch block {
            case .comment(let line):
                if case .golden = previous { out += "\n" }
                out += line + "\n"
            case .golden(let golden):
                out += "\n### \(golden.name)\n"
                if let date = golden.date { out += "@ \(date.iso)\n" }
                for paragraph in golden.paragraphs { out += paragraph + "\n" }
                for line in Self.lines(for: golden) { out += ">>> " + line + "\n" }
            }
        }
        return out
    }

    /// One line per expression the tagger finds in the case's paragraphs.
    static func lines(for golden: Case) -> [String] {
        let found = TemporalTagger.tag(paragraphs: golden.paragraphs, documentDate: golden.date)
        guard !found.isEmpty else { return ["(none)"] }
        return found.map { [$0.text, $0.kind.rawValue, $0.value].joined(separator: " · ") }
    }
}
