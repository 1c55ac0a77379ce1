import Foundation
import LedeTestSupport
import Testing

@testable import LedeAnalysis

/// Replays `Golden/attributions.golden`: short passages, each with the attributions the
/// extractor must find in it, one line each: `speaker · role · speaker kind · cue · kind · quote`
/// (`-` for none). `LEDE_RECORD_GOLDEN=1 swift test --filter AttributionGolden` rewrites the
/// expectations from what the extractor finds now; review the diff like a re-recorded session
/// before committing it.
@Suite("Attribution golden cases")
struct AttributionGoldenTests {
    static let path = Fixtures.root + "/Tests/LedeAnalysisTests/Golden/attributions.golden"

    /// A floor, so that cases cannot go missing unnoticed; raise it as cases are added.
    static let minimumCases = 517

    @Test("every case gives exactly its recorded attributions")
    func replay() throws {
        let replay = try GoldenCases.replay(path: Self.path) { Self.lines(for: $0.paragraphs) }
        #expect(replay.file.cases.count >= Self.minimumCases, "the golden file holds \(replay.file.cases.count) cases")
        #expect(replay.differences.isEmpty, "\(replay.differences.count) of \(replay.file.cases.count) golden cases differ:\n\(replay.differences.joined(separator: "\n"))")
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
        let file = try GoldenCases(parsing: text)
        #expect(file.cases.count == 2)
        #expect(file.cases[0].paragraphs == ["Jane Doe said the plan would fail."])
        #expect(file.cases[1].expected == [GoldenCases.nothing])
        #expect(try GoldenCases(parsing: file.recorded { Self.lines(for: $0.paragraphs) }).cases.map(\.expected) == file.cases.map { Self.lines(for: $0.paragraphs) })
        #expect(file.differences { Self.lines(for: $0.paragraphs) }.isEmpty)
        #expect(throws: GoldenCases.FormatError.self) { try GoldenCases(parsing: "### x\n>>> (none)\n") }
    }

    /// One line per attribution the extractor finds in the paragraphs.
    static func lines(for paragraphs: [String]) -> [String] {
        let quotes = QuoteExtractor.extract(paragraphs: paragraphs)
        guard !quotes.isEmpty else { return [GoldenCases.nothing] }
        return quotes.map { q in
            [q.speaker ?? "-", q.role ?? "-", q.speakerKind?.rawValue ?? "?", q.cue, q.kind.rawValue, q.text].joined(separator: " · ")
        }
    }
}
