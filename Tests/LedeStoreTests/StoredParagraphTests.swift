import Foundation
import GRDB
import LedeArticles
import LedeIngest
import LedeTestSupport
import Testing

@testable import LedeStore

@Suite struct StoredParagraphTests {
    static let samples = [
        "The council said on Tuesday that the bridge would reopen in the spring, after repairs that cost more than expected.",
        "“We will not stop,” she said. Çà et là: naïve café owners in Zürich, 東京 and São Paulo — 🇵🇱 flags, e\u{301}tudes.",
        "a",
        String(repeating: "The minister told reporters that the talks had gone well and would resume next week. ", count: 1500),
        String(repeating: "x", count: 70_000),
    ]

    /// What the SQL function gives back for `value`.
    static func read(_ value: DatabaseValue) throws -> String? {
        let queue = try DatabaseQueue()
        try queue.inDatabase { db in try StoredParagraph.install(in: db) }
        return try queue.read { db in try String.fetchOne(db, sql: "SELECT lede_paragraph_text(?)", arguments: [value]) }
    }

    @Test func compressedParagraphsReadBackExactly() throws {
        let compressor = try #require(ParagraphCompressor())
        for (index, text) in Self.samples.enumerated() {
            // All but the one-letter paragraph and the short one of mostly other languages'
            // letters compress shorter; the long ones go past any buffer a first, short
            // paragraph left behind.
            if index != 1 && index != 2 {
                let stored = try #require(compressor.compressed(text))
                #expect(stored.first == StoredParagraph.zstdVersion2)
                #expect(stored.count < text.utf8.count)
                #expect(try Self.read(Data(stored).databaseValue) == text)
            }
            // Text as written (a paragraph compression does not shorten) reads back as it is.
            #expect(try Self.read(text.databaseValue) == text)
        }
        #expect(try Self.read(.null) == nil)
    }

    /// `samples[0]` as lede stored it before zstd: raw deflate (zlib level 6, against the
    /// dictionary), after the format byte 1, the length and the CRC-32.
    static let deflatedByAnEarlierLede = Data(
        stride(from: 0, to: deflatedHexDigits.count, by: 2).map { UInt8(String(deflatedHexDigits[$0..<($0 + 2)]), radix: 16)! })
    static let deflatedHexDigits = Array(
        "0173edfbf57003a900a58ce4cc1c8841e0c624240d834d01294a02666c607d07f171512ab8eecfcc034b15178052ab0e34b4805102"
            + "ace38b213a93c1b55f3ed86b40b7a75614804b133d00")

    @Test func paragraphsDeflatedByAnEarlierLedeStillReadBack() throws {
        #expect(Self.deflatedByAnEarlierLede.first == StoredParagraph.deflatedVersion1)
        #expect(try Self.read(Self.deflatedByAnEarlierLede.databaseValue) == Self.samples[0])
    }

    @Test(arguments: [false, true])
    func everyFlippedBitIsCaughtNeverReadAsOtherText(deflatedByAnEarlierLede: Bool) throws {
        let compressor = try #require(ParagraphCompressor())
        let text = Self.samples[0]
        let stored = try deflatedByAnEarlierLede ? Self.deflatedByAnEarlierLede : #require(compressor.compressed(text))
        var caught = 0
        for bit in 0..<(stored.count * 8) {
            var damaged = stored
            damaged[bit / 8] ^= 1 << (bit % 8)
            do {
                // A flip the format does not notice (a padding bit) may give the text itself.
                #expect(try Self.read(Data(damaged).databaseValue) == text)
            } catch let error as DatabaseError {
                #expect(error.resultCode == .SQLITE_CORRUPT)
                caught += 1
            }
        }
        #expect(caught > stored.count * 8 * 9 / 10)
    }

    @Test func theDictionaryOfVersion1NeverChanges() {
        // Paragraphs deflated against it can only be read with these very bytes (FNV-1a 64).
        let dictionary = ParagraphDictionary.version1
        let fingerprint = dictionary.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        #expect(dictionary.count == 4089)
        #expect(fingerprint == 0x6186_ab44_2e31_f65f)
    }

    @Test func newsTextIsStoredInAboutTwoThirdsOfItsSize() throws {
        let compressor = try #require(ParagraphCompressor())
        // A paragraph of the length of an average one in the benchmark's newspapers (about 400
        // bytes), which store in 0.62 of their size.
        let news = """
            The council said on Tuesday that the bridge would reopen in the spring, after repairs that cost more than \
            expected. The mayor told reporters that the city would pay for most of the work, and that the state had \
            agreed to cover the rest. Residents who live near the river have complained for months about the noise \
            and the traffic, which has been sent through the old town since the bridge closed in October.
            """
        let stored = try #require(compressor.compressed(news))
        #expect(Double(stored.count) < 0.75 * Double(news.utf8.count))
        #expect(try Self.read(Data(stored).databaseValue) == news)
        // A one-letter paragraph gains nothing and stays text.
        #expect(compressor.compressed("a") == nil)
        #expect(compressor.compressed("") == nil)
        // The same context serves one paragraph after another.
        #expect(compressor.compressed(news) == stored)
    }

    /// The result code reading `value` fails with, or nil when it reads.
    static func failure(reading value: DatabaseValue) -> ResultCode? {
        do {
            _ = try read(value)
            return nil
        } catch {
            return (error as? DatabaseError)?.resultCode
        }
    }

    @Test func aDamagedOrUnknownValueIsReportedAsDamage() throws {
        let compressor = try #require(ParagraphCompressor())
        var stored = try #require(compressor.compressed(Self.samples[0]))
        stored[0] = 3
        #expect(Self.failure(reading: Data(stored).databaseValue) == .SQLITE_CORRUPT)
        // Each format the other's bytes.
        stored[0] = StoredParagraph.deflatedVersion1
        #expect(Self.failure(reading: Data(stored).databaseValue) == .SQLITE_CORRUPT)
        var deflated = Self.deflatedByAnEarlierLede
        deflated[0] = StoredParagraph.zstdVersion2
        #expect(Self.failure(reading: deflated.databaseValue) == .SQLITE_CORRUPT)
        for format in [StoredParagraph.deflatedVersion1, StoredParagraph.zstdVersion2] {
            // A length far beyond what so few bytes can decompress to, and a length that never ends.
            #expect(Self.failure(reading: Data([format, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 3, 4, 5]).databaseValue) == .SQLITE_CORRUPT)
            #expect(Self.failure(reading: Data([format] + [UInt8](repeating: 0xFF, count: 12)).databaseValue) == .SQLITE_CORRUPT)
        }
        // Cut short.
        let whole = try #require(compressor.compressed(Self.samples[3]))
        #expect(Self.failure(reading: Data(whole.prefix(whole.count / 2)).databaseValue) == .SQLITE_CORRUPT)
        // A paragraph is never a number.
        #expect(Self.failure(reading: 42.databaseValue) == .SQLITE_CORRUPT)
    }

    @Test func aDamagedParagraphInAWorkspaceIsReportedAndStopsWriting() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        let report = try loadSeeds(into: store, folder: folder)
        let id = report.added[0]
        try store.openedWriter().write { db in
            try db.execute(sql: """
                UPDATE paragraph SET text = CAST(X'01FFFF' AS BLOB)
                WHERE position = (SELECT min(position) FROM paragraph WHERE position >> 32 = (SELECT rowid FROM article WHERE id = ?))
                """, arguments: [id])
        }
        #expect(throws: StoreError.damaged(path: folder + "/w.sqlite")) { try store.article(id: id) }
        #expect(throws: StoreError.damaged(path: folder + "/w.sqlite")) { try store.paragraphs(ofArticles: [id]) }
        // Damage seen stops every later write of this run.
        #expect(throws: StoreError.damaged(path: folder + "/w.sqlite")) { try store.batchWriter() }
    }

    @Test func aLoadedArticleReadsBackAsWrittenWithMostParagraphsCompressed() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        let report = try loadSeeds(into: store, folder: folder)
        let loader = ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds)
        var written: [String: [String]] = [:]
        try loader.load("seeds") { event in if case .article(let article) = event { written[article.contentHash] = article.paragraphs } }
        for id in report.added {
            let article = try #require(try store.article(id: id))
            #expect(article.paragraphs == written[article.contentHash])
        }
        #expect(try store.paragraphs(ofArticles: Array(report.added)).count == report.added.count)
        let (compressed, all): (Int, Int) = try store.openedWriter().read { db in
            let row = try Row.fetchOne(db, sql: "SELECT sum(typeof(text) = 'blob'), count(*) FROM paragraph")!
            return (row[0], row[1])
        }
        #expect(compressed * 10 > all * 8)
    }
}
