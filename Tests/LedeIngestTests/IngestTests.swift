import LedeArticles
@testable import LedeIngest
import LedeStore
import Synchronization
import Testing

/// A store's writing side that keeps what it is given in memory: the ingest's contract seen
/// from the store, without a database.
final class RecordingWriter: BatchWriter {
    struct State {
        var stored: [String: String] = [:]  // hash → id
        var batches: [[String]] = []
        var finished = false
    }
    let state = Mutex(State())
    /// The write of this batch (counting from 0) fails.
    let failingBatch: Int?

    init(storing articles: [Article] = [], failingBatch: Int? = nil) {
        self.failingBatch = failingBatch
        state.withLock { state in for article in articles { state.stored[article.contentHash] = article.id } }
    }

    func storedIDs(ofHashes hashes: [String]) -> [String: String] {
        state.withLock { state in state.stored.filter { hashes.contains($0.key) } }
    }

    func prepare(_ articles: [AnalysedArticle]) -> [AnalysedArticle] { articles }

    func write(_ batch: [AnalysedArticle]) throws -> WrittenBatch {
        try state.withLock { state in
            if state.batches.count == failingBatch { throw StoreError.diskFull(path: "memory") }
            var written = WrittenBatch()
            for article in batch {
                if let id = state.stored[article.hash] {
                    written.alreadyPresent.append(id)
                } else {
                    state.stored[article.hash] = article.article.id
                    written.added.append(article.article.id)
                }
            }
            state.batches.append(batch.map(\.article.id))
            return written
        }
    }

    func finish() { state.withLock { $0.finished = true } }
}

@Suite struct IngestTests {
    static func articles(_ count: Int) -> [Article] {
        (0..<count).map { i in
            Article(
                id: "story-\(i)", title: "Story \(i)", path: "s\(i).txt",
                paragraphs: ["“We will rebuild the bridge \(i),” the mayor, Ann Lee, said on Tuesday."])
        }
    }

    static func load(_ articles: [Article], into writer: RecordingWriter) throws -> LoadReport {
        try Ingest.run(writer, location: "memory", { handle in
            for article in articles { try handle(.article(article)) }
            try handle(.problem(LoadProblem(.skipped, at: "bad.json:3", "not JSON")))
        }, shouldStop: { false })
    }

    @Test func articlesReachTheStoreAnalysedInBatchesInTheOrderRead() throws {
        let articles = Self.articles(Ingest.batchSize * 2 + 7)
        let writer = RecordingWriter()
        let report = try Self.load(articles, into: writer)
        #expect(Array(report.added) == articles.map(\.id))
        #expect(report.problems.map(\.location) == ["bad.json:3"])
        #expect(!report.interrupted && report.failure == nil)
        let state = writer.state.withLock { $0 }
        #expect(state.batches.map(\.count) == [Ingest.batchSize, Ingest.batchSize, 7])
        #expect(state.finished)
    }

    @Test func theAnalysisAndWhereItsTextsStandAreHandedOver() throws {
        let hashed = Ingest.HashedArticle(article: Self.articles(1)[0], hash: "h")
        let analysed = Ingest.analyse(hashed)
        let quote = try #require(analysed.analysis.quotes.first)
        #expect(quote.speaker == "Ann Lee")
        #expect(analysed.speakerKeys.first??.key == "ann lee")
        let place = try #require(analysed.quotePlaces.first ?? nil)
        let paragraph = Array(hashed.article.paragraphs[0].unicodeScalars)
        #expect(String(String.UnicodeScalarView(paragraph[place.start..<place.start + place.length])) == quote.text)
        #expect(analysed.sentencePlaces.count == analysed.analysis.temporals.count)
        #expect(analysed.words == hashed.article.wordCount)
    }

    @Test func articlesTheStoreHoldsAreCountedNotAnalysedAgain() throws {
        let articles = Self.articles(20)
        let writer = RecordingWriter(storing: Array(articles.prefix(5)))
        let report = try Self.load(articles + articles.suffix(2), into: writer)
        #expect(Array(report.added) == articles.suffix(15).map(\.id))
        #expect(Set(report.alreadyPresent) == Set(articles.prefix(5).map(\.id) + articles.suffix(2).map(\.id)))
        // The five stored before never reached a write.
        let written = writer.state.withLock { $0.batches.flatMap { $0 } }
        #expect(written.count == 17)
    }

    @Test func aFailedWriteEndsTheLoadKeepingWhatWasCommitted() throws {
        let articles = Self.articles(Ingest.batchSize * 6)
        let writer = RecordingWriter(failingBatch: 1)
        let report = try Self.load(articles, into: writer)
        #expect(report.failure == .diskFull(path: "memory"))
        #expect(Array(report.added) == articles.prefix(Ingest.batchSize).map(\.id))
        #expect(!writer.state.withLock { $0.finished })
    }

    @Test func aStoppedLoadKeepsWhatWasWrittenAndSaysSo() throws {
        let articles = Self.articles(Ingest.batchSize * 4)
        let writer = RecordingWriter()
        var seen = 0
        let report = try Ingest.run(writer, location: "memory", { handle in
            for article in articles { try handle(.article(article)) }
        }, shouldStop: {
            seen += 1
            guard seen > Ingest.batchSize * 2 + 3 else { return false }
            // Stopped once the first batch is written, as Ctrl-C during a long load would be.
            let deadline = ContinuousClock.now + .seconds(30)
            while writer.state.withLock({ $0.batches.isEmpty }), ContinuousClock.now < deadline {}
            return true
        })
        #expect(report.interrupted)
        // Whole batches only, each written or not, in order; the rest dropped.
        #expect(report.added.count >= Ingest.batchSize && report.added.count <= Ingest.batchSize * 2)
        #expect(report.added.count % Ingest.batchSize == 0)
        #expect(Array(report.added) == Array(articles.prefix(report.added.count).map(\.id)))
    }
}
