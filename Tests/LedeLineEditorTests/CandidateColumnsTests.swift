import Testing

@testable import LedeLineEditor

@Suite struct CandidateColumnsTests {
    @Test func candidatesFillColumnsTopToBottom() {
        let lines = CandidateColumns.lines(for: ["a", "b", "c", "d", "e"], width: 9)  // 3-wide cells: 3 columns
        #expect(lines == ["a  c  e", "b  d"])
    }

    @Test func aNarrowTerminalGetsOneColumn() {
        #expect(CandidateColumns.lines(for: ["Lukyanov", "Lavrov"], width: 5) == ["Lukyanov", "Lavrov"])
    }

    @Test func aLongListIsCutWithACount() {
        let many = (1...130).map { "w\($0)" }
        let lines = CandidateColumns.lines(for: many, width: 1000)
        #expect(lines.last == "… and 30 more")
        #expect(lines.dropLast().joined().contains("w100"))
        #expect(!lines.dropLast().joined().contains("w101"))
    }
}
