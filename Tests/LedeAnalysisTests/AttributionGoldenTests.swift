import Foundation
import LedeTestSupport
import Testing

@testable import LedeAnalysis

/// Replays `Golden/attributions.golden`: short passages, each with the attributions the
/// extractor must find in it. `LEDE_RECORD_GOLDEN=1 swift test --filter AttributionGolden`
/// rewrites the expectations from what the extractor finds now; review the diff like a
/// re-recorded session before committing it.
@Suite("Attribution golden cases")
struct AttributionGoldenTests {
    static let path = Fixtures.root + "/Tests/LedeAnalysisTests/Golden/attributions.golden"

    @Test("every case gives exactly its recorded attributions")
    func replay() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let file = try GoldenFile(parsing: text)
        #expect(file.cases.count >= GoldenFile.minimumCases, "the golden file holds \(file.cases.count) cases")
        if ProcessInfo.processInfo.environment["LEDE_RECORD_GOLDEN"] == "1" {
            try file.recorded().write(toFile: Self.path, atomically: true, encoding: .utf8)
            return
        }
        var failures: [String] = []
        for golden in file.cases {
            let actual = GoldenFile.lines(for: golden.paragraphs)
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
            Jane Doe said the plan would fail.
            >>> Jane Doe · - · person · said · indirect · the plan would fail

            ### two
            Nothing is said here.
            >>> (none)

            """
        let file = try GoldenFile(parsing: text)
        #expect(file.cases.count == 2)
        #expect(file.cases[0].paragraphs == ["Jane Doe said the plan would fail."])
        #expect(file.cases[1].expected == ["(none)"])
        #expect(try GoldenFile(parsing: file.recorded()).cases.map(\.expected) == file.cases.map { GoldenFile.lines(for: $0.paragraphs) })
        #expect(throws: GoldenFile.FormatError.self) { try GoldenFile(parsing: "### x\n>>> (none)\n") }
    }
}

/// The golden file: a `### name` line, the passage's paragraphs (one per line), then one `>>> `
/// line per attribution: `speaker · role · speaker kind · cue · kind · quote` (`-` for none), or
/// `>>> (none)`. `#` lines outside cases are comments and are kept when recording.
struct GoldenFile {
    /// A floor, so that cases cannot go missing unnoticed; raise it as cases are added.
    static let minimumCases = 400

    struct Case {
        var name: String
        var line: Int
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

    init(parsing text: String) throws {
        var current: Case?
        func finish(at line: Int) throws {
            guard let done = current else { return }
            guard !done.paragraphs.isEmpty else { throw FormatError(line: done.line, message: "case \(done.name) has no passage") }
            guard !done.expected.isEmpty else { throw FormatError(line: done.line, message: "case \(done.name) has no >>> line") }
            blocks.append(.golden(done))
            current = nil
        }
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let number = index + 1
            if line.hasPrefix("### ") {
                try finish(at: number)
                current = Case(name: String(line.dropFirst(4)), line: number, paragraphs: [], expected: [])
            } else if line.hasPrefix(">>> ") {
                guard current != nil else { throw FormatError(line: number, message: "an expectation outside a case") }
                current!.expected.append(String(line.dropFirst(4)))
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                try finish(at: number)
            } else if line.hasPrefix("#"), current.map({ !$0.expected.isEmpty }) ?? true {
                // A comment: outside a case, or right after one's expectations.
                try finish(at: number)
                blocks.append(.comment(line))
            } else if var open = current {
                guard open.expected.isEmpty else { throw FormatError(line: number, message: "passage text after the expectations of \(open.name)") }
                open.paragraphs.append(line)
                current = open
            } else {
                throw FormatError(line: number, message: "text outside a case (cases start with ### NAME)")
            }
        }
        try finish(at: text.count)
    }

    /// The file with every case's expectations replaced by what the extractor gives now.
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
                for paragraph in golden.paragraphs { out += paragraph + "\n" }
                for line in Self.lines(for: golden.paragraphs) { out += ">>> " + line + "\n" }
            }
        }
        return out
    }

    /// One line per attribution the extractor finds in the paragraphs.
    static func lines(for paragraphs: [String]) -> [String] {
        let quotes = QuoteExtractor.extract(paragraphs: paragraphs)
        guard !quotes.isEmpty else { return ["(none)"] }
        return quotes.map { q in
            [q.speaker ?? "-", q.role ?? "-", q.speakerKind?.rawValue ?? "?", q.cue, q.kind.rawValue, q.text].joined(separator: " · ")
        }
    }
}
