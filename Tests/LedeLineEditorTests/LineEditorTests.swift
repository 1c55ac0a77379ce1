import Foundation
import Testing

@testable import LedeLineEditor

/// The parts of `LineEditor` that need no keyboard; typing is checked under tmux.
@Suite final class LineEditorTests {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("lede-editor-\(UUID().uuidString)").path

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func historyAddedInOneEditorIsThereInTheNext() {
        let path = folder + "/state/lede/history"
        let first = LineEditor(programName: "lede-test", historyFile: path)
        first.addHistory("load seeds")
        first.addHistory("who-said Lukyanov \\\nsince 2013-05")
        #expect(first.historyError == nil)

        let second = LineEditor(programName: "lede-test", historyFile: path)
        #expect(second.history == ["load seeds", "who-said Lukyanov \\\nsince 2013-05"])
    }

    @Test func theLimitBoundsTheHistory() {
        let editor = LineEditor(programName: "lede-test", historyFile: folder + "/history", historyLimit: 2)
        ["a", "b", "c"].forEach(editor.addHistory)
        #expect(editor.history == ["b", "c"])
    }

    @Test func aHistoryFileThatCannotBeWrittenIsReportedAndEditingGoesOn() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "".write(toFile: folder + "/not-a-folder", atomically: true, encoding: .utf8)
        let path = folder + "/not-a-folder/history"
        let editor = LineEditor(programName: "lede-test", historyFile: path)
        editor.addHistory("articles")
        #expect(editor.history == ["articles"])
        #expect(editor.historyError?.errorDescription?.hasPrefix("\(path): could not save history") == true)
    }
}
