import Foundation
import LedeArticles
import LedeTestSupport
import Testing

@testable import LedeAnalysis

/// Replays `Golden/timex.golden`: short passages with their article's date on an `@` line, each
/// with every temporal expression the tagger must find in it, one line each: `text · kind ·
/// TIMEX3 value`. `LEDE_RECORD_GOLDEN=1 swift test --filter TimexGolden` rewrites the
/// expectations from what the tagger finds now; review the diff like a re-recorded session
/// before committing it.
@Suite("Temporal expression golden cases")
struct TimexGoldenTests {
    static let path = Fixtures.root + "/Tests/LedeAnalysisTests/Golden/timex.golden"

    /// The prefix of a case's date line.
    static let datePrefix = "@ "

    /// Floors, so that cases cannot go missing unnoticed; raise them as cases are added.
    static let minimumCases = 253
    static let minimumExpressions = 413

    @Test("every case gives exactly its recorded expressions and values")
    func replay() throws {
        let replay = try GoldenCases.replay(path: Self.path, headerPrefix: Self.datePrefix) { try Self.lines(for: $0) }
        let cases = replay.file.cases
        #expect(cases.count >= Self.minimumCases, "the golden file holds \(cases.count) cases")
        let expressions = cases.reduce(0) { $0 + $1.expected.filter { $0 != GoldenCases.nothing }.count }
        #expect(expressions >= Self.minimumExpressions, "the golden file holds \(expressions) expressions")
        #expect(replay.differences.isEmpty, "\(replay.differences.count) of \(cases.count) golden cases differ:\n\(replay.differences.joined(separator: "\n"))")
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
        let file = try GoldenCases(parsing: text, headerPrefix: Self.datePrefix)
        #expect(file.cases.count == 2)
        #expect(try Self.date(of: file.cases[0]) == CalendarDate(year: 2013, month: 5, day: 9))
        #expect(file.cases[0].paragraphs == ["Kerry arrived on 7 May."])
        #expect(file.cases[1].expected == [GoldenCases.nothing])
        #expect(try file.differences { try Self.lines(for: $0) }.isEmpty)
        #expect(try GoldenCases(parsing: file.recorded { try Self.lines(for: $0) }, headerPrefix: Self.datePrefix).cases.map(\.expected) == file.cases.map(\.expected))
        #expect(throws: GoldenCases.FormatError.self) { try GoldenCases(parsing: "### x\nNo date line.\n>>> (none)\n", headerPrefix: Self.datePrefix) }
        #expect(throws: GoldenCases.FormatError.self) { try GoldenCases(parsing: "### x\n@ 2013-05-09\n>>> (none)\n", headerPrefix: Self.datePrefix) }
        #expect(throws: GoldenCases.FormatError.self) { try Self.date(of: GoldenCases.Case(name: "x", line: 1, header: "May 9", paragraphs: ["a"], expected: [])) }
    }

    /// The article date on a case's `@` line.
    static func date(of golden: GoldenCases.Case) throws -> CalendarDate {
        guard let header = golden.header, let date = CalendarDate.parseISOPrefix(header) else {
            throw GoldenCases.FormatError(line: golden.line, message: "case \(golden.name) has no date on its @ line")
        }
        return date
    }

    /// One line per expression the tagger finds in the case's paragraphs.
    static func lines(for golden: GoldenCases.Case) throws -> [String] {
        let found = TemporalTagger.tag(paragraphs: golden.paragraphs, documentDate: try date(of: golden))
        guard !found.isEmpty else { return [GoldenCases.nothing] }
        return found.map { [$0.text, $0.kind.rawValue, $0.value].joined(separator: " · ") }
    }
}
