import Foundation
import Testing

@testable import LedeLineEditor

@Suite final class HistoryStoreTests {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("lede-history-\(UUID().uuidString)").path

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func path(_ name: String = "history") -> String { folder + "/" + name }

    @Test func entriesSurviveASaveAndLoadRoundTrip() {
        let awkward = [
            "find \"peace process\" and not Assad",
            "load seeds \\\nwho-said Lukyanov",  // a continued command, kept as one entry
            "first\n\nthird",
            "tab\there, backslash \\ and \\012 typed literally",
            "naïve café — «Лавров» 🇷🇺",
            "  leading and trailing spaces  ",
            "# a comment",
        ]
        let writer = HistoryStore(path: path(), limit: 100)
        awkward.forEach(writer.add)
        #expect(writer.error == nil)

        let reader = HistoryStore(path: path(), limit: 100)
        #expect(reader.entries == awkward)
    }

    @Test func theFileIsInLibeditsFormatOneEntryPerLine() throws {
        let store = HistoryStore(path: path(), limit: 10)
        store.add("a b")
        store.add("one\ntwo")
        let text = try String(contentsOfFile: path(), encoding: .utf8)
        #expect(text == "_HiStOrY_V2_\na\\040b\none\\012two\n")
    }

    @Test func blankLinesAndImmediateRepeatsAreNotRecorded() {
        let store = HistoryStore(path: path(), limit: 10)
        ["articles", "", "   ", "articles", "find x", "articles"].forEach(store.add)
        #expect(store.entries == ["articles", "find x", "articles"])
        #expect(HistoryStore(path: path(), limit: 10).entries == store.entries)
    }

    @Test func theOldestEntriesAreDroppedBeyondTheLimit() {
        let store = HistoryStore(path: path(), limit: 3)
        (1...5).map { "command \($0)" }.forEach(store.add)
        #expect(store.entries == ["command 3", "command 4", "command 5"])
        #expect(HistoryStore(path: path(), limit: 3).entries == store.entries)
        #expect(HistoryStore(path: path(), limit: 2).entries == ["command 4", "command 5"])
    }

    @Test func missingFoldersAreCreatedAndNoTemporaryFileIsLeft() throws {
        let nested = folder + "/state/lede/history"
        HistoryStore(path: nested, limit: 10).add("articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/state/lede")
        #expect(names == ["history"])
    }

    @Test func twoSessionsAtOnceKeepEachOthersEntries() {
        let first = HistoryStore(path: path(), limit: 10)
        let second = HistoryStore(path: path(), limit: 10)
        first.add("from first")
        second.add("from second")
        first.add("first again")
        #expect(HistoryStore(path: path(), limit: 10).entries == ["from first", "from second", "first again"])
        // Up/Down in each session walks its own lines.
        #expect(first.entries == ["from first", "first again"])
    }

    @Test func aFileThatIsNotHistoryIsReportedAndLeftAlone() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let foreign = "#V2\nsome GNU readline history\n"
        try foreign.write(toFile: path(), atomically: true, encoding: .utf8)
        let store = HistoryStore(path: path(), limit: 10)
        #expect(store.error == .historyUnreadable(path: path()))
        store.add("articles")
        #expect(store.entries == ["articles"])
        #expect(try String(contentsOfFile: path(), encoding: .utf8) == foreign)
    }

    @Test func anUnwritableFolderIsReportedNotFatal() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "".write(toFile: path("file"), atomically: true, encoding: .utf8)
        let store = HistoryStore(path: path("file") + "/history", limit: 10)  // a folder that is a file
        store.add("articles")
        #expect(store.entries == ["articles"])
        guard case .historyNotSaved(let where_, _) = store.error else {
            Issue.record("expected historyNotSaved, got \(String(describing: store.error))")
            return
        }
        #expect(where_ == path("file") + "/history")
    }

    @Test func anEmptyFileIsAnEmptyHistory() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "".write(toFile: path(), atomically: true, encoding: .utf8)
        let store = HistoryStore(path: path(), limit: 10)
        #expect(store.error == nil)
        #expect(store.entries.isEmpty)
    }

    @Test func withoutAFileHistoryIsKeptInMemoryOnly() {
        let store = HistoryStore(path: nil, limit: 10)
        store.add("articles")
        #expect(store.entries == ["articles"])
        #expect(store.error == nil)
    }
}
