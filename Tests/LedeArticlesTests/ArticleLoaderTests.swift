import Foundation
@testable import LedeArticles
import LedeTestSupport
import Testing

/// Loads `target` in `folder` and returns the articles and problems, in order.
func loadAll(_ target: String, in folder: String, seeds: String? = nil) throws -> (articles: [Article], problems: [LoadProblem]) {
    var articles: [Article] = []
    var problems: [LoadProblem] = []
    try ArticleLoader(baseDirectory: folder, seedsDirectory: seeds).load(target) { event in
        switch event {
        case .article(let article): articles.append(article)
        case .problem(let problem): problems.append(problem)
        }
    }
    return (articles, problems)
}

@Suite struct ArticleLoaderTests {
    @Test func seedsLoadByNameFromAnyFolder() throws {
        let folder = Fixtures.temporaryDirectory()
        let (articles, problems) = try loadAll("seeds", in: folder, seeds: Fixtures.seeds)
        #expect(articles.count == 101)
        #expect(problems.isEmpty)
        // Two seeds share a headline's first words; the workspace makes their ids unique.
        #expect(Set(articles.map(\.id)).count == 100)
        let kerry = try #require(articles.first { $0.path == "seeds/000_cb6fabf3dede58d5.txt" })
        #expect(kerry.id == "moscow-secretary-kerry")
        let wikinews = try #require(articles.first { $0.path.hasPrefix("seeds/2019-01-04-magnitogorsk") })
        #expect(wikinews.source == "wikinews")
        #expect(wikinews.url?.hasPrefix("https://en.wikinews.org/wiki/Magnitogorsk") == true)
    }

    @Test func jsonLinesNameTheMalformedLineAndLoadTheRest() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("""
            {"title": "One", "date": "2019-01-04", "text": "First.\\n\\nSecond.", "source_domain": "example.com", "url": "https://example.com/1"}
            {"title": "Broken", "text": "no closing brace"
            {"maintext": "Only text, no title or date."}
            [1, 2]
            {"title": "No text"}

            {"title": "Three", "date_publish": "2019-01-06 10:00:00", "maintext": "Body."}
            """, to: folder + "/feed.jsonl")
        let (articles, problems) = try loadAll("feed.jsonl", in: folder)
        #expect(articles.map(\.title) == ["One", "Only text, no title or date.", "Three"])
        #expect(articles[0].paragraphs == ["First.", "Second."])
        #expect(articles[0].source == "example.com")
        #expect(articles[0].path == "feed.jsonl:1")
        #expect(articles[2].date?.iso == "2019-01-06")
        #expect(problems.map(\.location) == ["feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4", "feed.jsonl:5"])
        #expect(problems[0].severity == .skipped && problems[0].message.hasPrefix("malformed JSON"))
        #expect(problems[1].severity == .warning && problems[1].message.contains("no date"))
        #expect(problems[2].message == "not a JSON object")
        #expect(problems[3].message.contains("no article text"))
    }

    @Test func aMissingPathIsOneClearLine() throws {
        let (articles, problems) = try loadAll("nowhere/*.txt", in: Fixtures.temporaryDirectory())
        #expect(articles.isEmpty)
        #expect(problems.map(\.description) == ["nowhere/*.txt: skipped: no file matches this pattern"])
        let (_, missing) = try loadAll("missing.txt", in: Fixtures.temporaryDirectory())
        #expect(missing.map(\.description) == ["missing.txt: skipped: no such file or folder"])
    }

    @Test func aFolderWithNoArticlesSaysSo() throws {
        let folder = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        Fixtures.write("not an article", to: folder + "/empty/notes.pdf")
        let (_, problems) = try loadAll("empty", in: folder)
        #expect(problems.map(\.description) == ["empty: skipped: no articles in this folder"])
    }

    @Test func badFilesAreSkippedWithTheReasonAndTheRestOfTheFolderLoads() throws {
        let folder = Fixtures.temporaryDirectory()
        let news = folder + "/news"
        try FileManager.default.createDirectory(atPath: news, withIntermediateDirectories: true)
        Fixtures.write("Good one\n\nMay 9, 2013\n\nA paragraph.", to: news + "/a.txt")
        Fixtures.write(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]), to: news + "/b.txt")
        Fixtures.write("", to: news + "/c.txt")
        Fixtures.write(Data("Bad bytes\n\nJune 1, 2020\n\nCaf\u{E9} ok, then ".utf8) + Data([0xFF, 0xFE]) + Data(" here.".utf8), to: news + "/d.txt")
        Fixtures.write("Undated headline\n\nJust a body.", to: news + "/e.txt")
        Fixtures.write("Headline only", to: news + "/f.txt")
        let (articles, problems) = try loadAll("news", in: folder)
        #expect(articles.map(\.title) == ["Good one", "Bad bytes", "Undated headline"])
        #expect(articles[1].paragraphs == ["Café ok, then \u{FFFD}\u{FFFD} here."])
        #expect(articles[2].date == nil)
        #expect(problems.map(\.description) == [
            "news/b.txt: skipped: binary file, not text",
            "news/c.txt: skipped: empty file",
            "news/d.txt: warning: invalid UTF-8 replaced with U+FFFD",
            "news/e.txt: warning: no date; loaded with date unknown",
            "news/f.txt: skipped: no article text (a headline and at least one paragraph are needed)",
        ])
    }

    @Test func aPlainTextFileOver50MBIsRefusedWithTheReason() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/huge.txt"
        _ = FileManager.default.createFile(atPath: path, contents: Data("Huge\n\n".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        let block = Data(String(repeating: "word ", count: 200_000).utf8)  // 1 MB
        for _ in 0..<53 { handle.write(block) }
        try handle.close()
        let (articles, problems) = try loadAll("huge.txt", in: folder)
        #expect(articles.count == 0)
        #expect(problems.map(\.description) == [
            "huge.txt: skipped: 50.5 MB is too large for one plain-text article (limit 50 MB); split it or use JSON Lines",
        ])
        try FileManager.default.removeItem(atPath: folder)
    }

    @Test func globsTakeOnlyArticleFiles() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("One\n\n2020-01-01\n\nBody one.", to: folder + "/one.txt")
        Fixtures.write("Two\n\n2020-01-02\n\nBody two.", to: folder + "/two.txt")
        Fixtures.write("Three", to: folder + "/three.md")
        let (articles, problems) = try loadAll("*", in: folder)
        #expect(articles.map(\.title) == ["One", "Two"])
        #expect(problems.isEmpty)
    }

    // MARK: - Hostile input

    @Test func jsonLinesWithCROnlyOrMixedLineEndsLoadEveryLine() throws {
        let folder = Fixtures.temporaryDirectory()
        let lines = (1...3).map { "{\"title\": \"T\($0)\", \"date\": \"2019-01-0\($0)\", \"text\": \"Body \($0).\"}" }
        Fixtures.write(lines.joined(separator: "\r") + "\r", to: folder + "/cr.jsonl")
        Fixtures.write(lines[0] + "\r\n" + lines[1] + "\n" + lines[2], to: folder + "/mixed.jsonl")
        for name in ["cr.jsonl", "mixed.jsonl"] {
            let (articles, problems) = try loadAll(name, in: folder)
            #expect(articles.map(\.title) == ["T1", "T2", "T3"], "\(name)")
            #expect(articles.map(\.path) == ["\(name):1", "\(name):2", "\(name):3"])
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test func lineEndsSplitAcrossChunksCountOnce() throws {
        var splitter = LineSplitter()
        var lines: [String] = []
        let record: (Data) -> Void = { lines.append(String(decoding: $0, as: UTF8.self)) }
        for chunk in ["a\r", "\nb\r", "c", "\n\r", "\r", "d"] { try splitter.add(Data(chunk.utf8), record) }
        try splitter.finish(record)
        #expect(lines == ["a", "b", "c", "", "", "d"])
    }

    @Test func aNULCharacterIsKeptVisiblyAndReported() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write(#"{"title": "Nul", "date": "2019-01-04", "text": "before\u0000after words"}"# + "\n", to: folder + "/nul.jsonl")
        let (fromJSON, jsonProblems) = try loadAll("nul.jsonl", in: folder)
        #expect(fromJSON.first?.paragraphs == ["before\u{FFFD}after words"])
        #expect(jsonProblems.map(\.description) == ["nul.jsonl:1: warning: a NUL character kept as \u{FFFD} (U+FFFD)"])

        // A raw NUL past the first 8 KB, where the binary-file test does not look.
        var text = Data("Headline\n\n".utf8)
        text += Data(String(repeating: "filler words here. ", count: 600).utf8) + Data("\n\nbefore".utf8)
        text += Data([0, 0]) + Data("after\n".utf8)
        Fixtures.write(text, to: folder + "/nul.txt")
        let (fromText, textProblems) = try loadAll("nul.txt", in: folder)
        #expect(fromText.first?.paragraphs.last == "before\u{FFFD}\u{FFFD}after")
        #expect(textProblems.contains { $0.description == "nul.txt: warning: 2 NUL characters kept as \u{FFFD} (U+FFFD)" })
    }

    @Test func aFIFOIsSkippedNotWaitedOn() throws {
        let folder = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder + "/feed", withIntermediateDirectories: true)
        #expect(mkfifo(folder + "/feed/pipe.jsonl", 0o644) == 0)
        Fixtures.write("Headline\n\nBody.\n", to: folder + "/feed/one.txt")
        let named = try loadAll("feed/pipe.jsonl", in: folder)
        #expect(named.articles.isEmpty)
        #expect(named.problems.map(\.description) == ["feed/pipe.jsonl: skipped: a named pipe (FIFO), not a file of articles"])
        let inFolder = try loadAll("feed", in: folder)
        #expect(inFolder.articles.map(\.title) == ["Headline"])
        let globbed = try loadAll("feed/*", in: folder)
        #expect(globbed.articles.map(\.title) == ["Headline"])
    }
}
