import Foundation
@testable import LedeArticles
import LedeTestSupport
import Testing

@Suite(.enabled(if: Gzip.isInstalled, "gzip is not installed")) struct GzipInputTests {
    let folder = Fixtures.temporaryDirectory()

    /// Three lines of JSON Lines, one of them with a headline of skipped words only (its id comes from the file name).
    func writeFeed(_ name: String = "feed.jsonl") -> String {
        Fixtures.write("""
            {"title": "Harbour reopens after storm", "date": "2020-03-01", "text": "\\"We are open,\\" said Ann Lee."}
            {"title": "Council votes on budget", "date": "2020-03-02", "text": "The council voted."}
            {"title": "On the", "date": "2020-03-03", "text": "A headline of skipped words only."}

            """, to: folder + "/" + name)
        return folder + "/" + name
    }

    @Test func aGzippedFeedGivesTheArticlesAndIdsOfTheUncompressedOne() throws {
        try Gzip.compress(writeFeed())
        let plain = try loadAll("feed.jsonl", in: folder)
        let compressed = try loadAll("feed.jsonl.gz", in: folder)
        #expect(compressed.articles.count == 3)
        // Ids and content are the file's, whether compressed or not: loading both adds nothing twice.
        #expect(compressed.articles.map(\.id) == plain.articles.map(\.id))
        #expect(compressed.articles.map(\.id).last == "feed")
        #expect(compressed.articles.map(\.contentHash) == plain.articles.map(\.contentHash))
        // The path says where the article was read: the compressed file and its line.
        #expect(compressed.articles.map(\.path) == ["feed.jsonl.gz:1", "feed.jsonl.gz:2", "feed.jsonl.gz:3"])
        #expect(compressed.problems == plain.problems.map { LoadProblem($0.severity, at: $0.location.replacingOccurrences(of: ".jsonl", with: ".jsonl.gz"), $0.message) })
    }

    @Test func gzipIsRecognisedByItsMagicBytesWhateverTheName() throws {
        try Gzip.compress(writeFeed())
        try FileManager.default.moveItem(atPath: folder + "/feed.jsonl.gz", toPath: folder + "/feed.data")
        #expect(try loadAll("feed.data", in: folder).articles.count == 3)
    }

    @Test func aGzippedPlainTextArticleLoadsAsTheTextFileWould() throws {
        Fixtures.write("Harbour reopens\n\nMay 9, 2013\n\nThe harbour opened again.", to: folder + "/story.txt")
        try Gzip.compress(folder + "/story.txt")
        let plain = try loadAll("story.txt", in: folder).articles
        let compressed = try loadAll("story.txt.gz", in: folder).articles
        #expect(compressed.map(\.id) == plain.map(\.id))
        #expect(compressed.map(\.paragraphs) == plain.map(\.paragraphs))
        #expect(compressed.first?.path == "story.txt.gz")
    }

    @Test func aFolderTakesGzippedArticlesButNotOtherArchives() throws {
        try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
        try Gzip.compress(writeFeed("news/feed.jsonl"))
        try FileManager.default.removeItem(atPath: folder + "/news/feed.jsonl")
        Fixtures.write("not articles", to: folder + "/news/backup.tar")
        try Gzip.compress(folder + "/news/backup.tar")
        let (articles, problems) = try loadAll("news", in: folder)
        #expect(articles.count == 3)
        #expect(problems.allSatisfy { !$0.location.contains("backup") })
    }

    @Test func aTruncatedFileKeepsTheLinesBeforeTheCutAndSaysSoInOneSentence() throws {
        var lines = ""
        for index in 0..<2000 {
            lines += "{\"title\": \"Bulletin \(index)\", \"date\": \"2020-01-01\", \"text\": \"Item \(index) of the day, with enough words to be compressed in several blocks \(index * 7919).\"}\n"
        }
        Fixtures.write(lines, to: folder + "/big.jsonl")
        try Gzip.compress(folder + "/big.jsonl")
        let whole = try Data(contentsOf: URL(fileURLWithPath: folder + "/big.jsonl.gz"))
        Fixtures.write(whole.prefix(whole.count / 2), to: folder + "/cut.jsonl.gz")
        let (articles, problems) = try loadAll("cut.jsonl.gz", in: folder)
        #expect(articles.count > 100 && articles.count < 2000)
        // Every line read before the cut is a whole article: the line it cut is dropped.
        #expect(articles.map(\.title) == (0..<articles.count).map { "Bulletin \($0)" })
        #expect(problems.map(\.description) == ["cut.jsonl.gz: skipped: the gzip file is truncated (it ends in the middle of its compressed data)"])
    }

    @Test func corruptOrMisnamedFilesAreOneClearSentence() throws {
        try Gzip.compress(writeFeed())
        var damaged = try Data(contentsOf: URL(fileURLWithPath: folder + "/feed.jsonl.gz"))
        damaged[damaged.count - 6] ^= 0xFF  // in the CRC of the data
        Fixtures.write(damaged, to: folder + "/damaged.jsonl.gz")
        let corrupt = try loadAll("damaged.jsonl.gz", in: folder).problems.map(\.description)
        #expect(corrupt.last == "damaged.jsonl.gz: skipped: the gzip data is corrupt (incorrect data check)")
        Fixtures.write("plain text", to: folder + "/notes.txt.gz")
        #expect(try loadAll("notes.txt.gz", in: folder).problems.map(\.description) == ["notes.txt.gz: skipped: not gzip data, though the name ends in .gz"])
    }

    @Test func progressCountsFilesAndBytesToTheEnd() throws {
        try Gzip.compress(writeFeed())
        let size = try #require(FileKind.size(of: folder + "/feed.jsonl.gz"))
        var positions: [LoadPosition] = []
        try ArticleLoader(baseDirectory: folder, seedsDirectory: nil).load("feed.jsonl.gz", progress: { positions.append($0) }) { _ in }
        #expect(positions.first == LoadPosition(filesDone: 0, fileCount: 1, bytesRead: 0, byteCount: size))
        #expect(positions.last == LoadPosition(filesDone: 1, fileCount: 1, bytesRead: size, byteCount: size))
        #expect(zip(positions, positions.dropFirst()).allSatisfy { $0.bytesRead <= $1.bytesRead })
    }
}
