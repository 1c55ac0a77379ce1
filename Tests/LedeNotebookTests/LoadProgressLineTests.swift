import LedeArticles
@testable import LedeNotebook
import LedeQuery
import Testing

@Suite struct LoadProgressLineTests {
    let status = LoadStatus(
        target: "chronam.jsonl.gz",
        position: LoadPosition(filesDone: 0, fileCount: 1, bytesRead: 25_000_000, byteCount: 100_000_000),
        articlesRead: 12_345)

    @Test func theLineSaysFilesArticlesRateShareAndTimeLeft() {
        #expect(LoadProgressLine.text(for: status, elapsed: .seconds(30), width: 200)
            == "load chronam.jsonl.gz: 0/1 file, 12,345 articles, 412 articles/s, 25%, about 1 min 30 s left")
    }

    @Test func noRateOrTimeLeftBeforeTheLoadHasSettled() {
        #expect(LoadProgressLine.text(for: status, elapsed: .milliseconds(100), width: 200)
            == "load chronam.jsonl.gz: 0/1 file, 12,345 articles, 25%")
    }

    @Test func theLineNeverWrapsTheTerminal() {
        let line = LoadProgressLine.text(for: status, elapsed: .seconds(30), width: 40)
        #expect(DisplayWidth.of(line) == 40)
        #expect(line.hasSuffix("…"))
    }

    @Test func durationsReadAsAPersonWouldSayThem() {
        #expect(LoadProgressLine.duration(7.2) == "8 s")
        #expect(LoadProgressLine.duration(185) == "3 min 05 s")
        #expect(LoadProgressLine.duration(3725) == "1 h 02 min")
    }
}
