import Foundation
import LedeArticles
import LedeNotebook
import LedeQuery
import LedeStore
import LedeTestSupport
import Testing

@Suite struct CompletionTests {
    let folder = Fixtures.temporaryDirectory()

    func session() throws -> Session {
        let store = try SQLiteWorkspace(path: ":memory:")
        let session = Session(evaluator: Evaluator(store: store, loader: ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds)), baseDirectory: folder)
        _ = session.execute("load seeds")
        return session
    }

    @Test func verbsAndDotCommandsComplete() throws {
        let s = try session()
        #expect(Completion.candidates(for: "who", in: s) == ["who-said"])
        #expect(Completion.candidates(for: ".sa", in: s) == [".save"])
        #expect(Completion.candidates(for: "find x | ti", in: s) == ["timeline"])
        #expect(Completion.candidates(for: ".mode j", in: s) == ["json", "jsonl"])
    }

    @Test func articleIdsAndLetNamesComplete() throws {
        let s = try session()
        _ = s.execute("let moscowset = find Moscow")
        #expect(Completion.candidates(for: "show moscow-", in: s) == ["moscow-secretary-kerry"])
        #expect(Completion.candidates(for: "articles in moscows", in: s) == ["moscowset"])
    }

    @Test func pathsCompleteAfterLoad() throws {
        let s = try session()
        try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
        Fixtures.write("x", to: folder + "/news/a.txt")
        Fixtures.write("x", to: folder + "/notes.jsonl")
        #expect(Completion.candidates(for: "load n", in: s) == ["news/", "notes.jsonl"])
        #expect(Completion.candidates(for: "load news/", in: s) == ["news/a.txt"])
        #expect(Completion.candidates(for: "load se", in: s) == ["seeds"])
    }

    /// A folder tree of its own, so these tests see no real file system.
    static let listing = FolderListing(homeDirectory: "/home/ann") { folder in
        let tree: [String: [FolderListing.Entry]] = [
            "/base/": [
                .init(name: "news", isFolder: true), .init(name: "notes.jsonl", isFolder: false),
                .init(name: ".hidden.jsonl", isFolder: false), .init(name: "my notes", isFolder: true),
                .init(name: "feed.jsonl.gz", isFolder: false), .init(name: "session.lede", isFolder: false),
            ],
            "/base/my notes/": [.init(name: "a b.txt", isFolder: false), .init(name: "c.txt", isFolder: false)],
            "/base/news/": [.init(name: "one.txt", isFolder: false)],
            "/home/ann/": [.init(name: "corpus", isFolder: true), .init(name: ".config", isFolder: true)],
            "/": [.init(name: "base", isFolder: true), .init(name: "home", isFolder: true)],
        ]
        return tree[folder]
    }

    func pathSession() throws -> Session {
        let store = try SQLiteWorkspace(path: ":memory:")
        return Session(evaluator: Evaluator(store: store, loader: ArticleLoader(baseDirectory: "/base", seedsDirectory: nil)), baseDirectory: "/base")
    }

    @Test func pathsCompleteAfterEveryCommandThatTakesAFile() throws {
        let s = try pathSession()
        for command in ["load", ".read", ".save", ".export"] {
            #expect(Completion.candidates(for: "\(command) n", in: s, listing: Self.listing) == ["news/", "notes.jsonl"], "\(command)")
        }
        #expect(Completion.candidates(for: "load news/", in: s, listing: Self.listing) == ["news/one.txt"])
        #expect(Completion.candidates(for: "load f", in: s, listing: Self.listing) == ["feed.jsonl.gz"])
        #expect(Completion.candidates(for: "load /b", in: s, listing: Self.listing) == ["/base/"])
        #expect(Completion.candidates(for: "load nowhere/x", in: s, listing: Self.listing) == [])
    }

    @Test func hiddenFilesOnlyWhenADotIsTyped() throws {
        let s = try pathSession()
        #expect(!Completion.candidates(for: "load ", in: s, listing: Self.listing).contains(".hidden.jsonl"))
        #expect(Completion.candidates(for: "load .", in: s, listing: Self.listing) == [".hidden.jsonl"])
        #expect(Completion.candidates(for: "load ~/", in: s, listing: Self.listing) == ["~/corpus/"])
    }

    @Test func aTildeIsExpandedToLookButKeptAsTyped() throws {
        let s = try pathSession()
        #expect(Completion.candidates(for: "load ~", in: s, listing: Self.listing) == ["~/"])
        #expect(Completion.candidates(for: "load ~/co", in: s, listing: Self.listing) == ["~/corpus/"])
        #expect(Completion.candidates(for: "load ~/.c", in: s, listing: Self.listing) == ["~/.config/"])
    }

    @Test func aPathWithASpaceIsQuotedAndCompletesInsideTheQuote() throws {
        let s = try pathSession()
        #expect(Completion.candidates(for: "load my", in: s, listing: Self.listing) == ["\"my notes/"])
        #expect(Completion.candidates(for: "load \"my notes/", in: s, listing: Self.listing) == ["\"my notes/a b.txt\"", "\"my notes/c.txt\""])
        #expect(Completion.candidates(for: "load \"my notes/a", in: s, listing: Self.listing) == ["\"my notes/a b.txt\""])
        #expect(Completion.candidates(for: "load \"my notes/a b.txt\" n", in: s, listing: Self.listing) == ["news/", "notes.jsonl"])
    }

    @Test func aQuotedFileNameWorksAfterTheDotCommands() throws {
        let s = try session()
        try FileManager.default.createDirectory(atPath: folder + "/my notes", withIntermediateDirectories: true)
        let saved = s.execute(".save \"my notes/s.lede\"")
        #expect(saved.succeeded, "\(saved.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: folder + "/my notes/s.lede"))
        let read = s.execute(".read \"my notes/s.lede\"")
        #expect(read.succeeded, "\(read.diagnostics)")
    }
}
