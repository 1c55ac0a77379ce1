import Foundation
import LedeTestSupport
import Testing

/// The golden cases are the project's own sentences (or the seeds'): none may repeat the
/// wording of the annotated evaluation articles, which stay outside the repository and are the
/// honest check that the rules generalize. A run of `sharedRun` words in a row that a golden
/// case shares with an evaluation text, and not with the seeds, fails this test.
@Suite struct GoldenProvenanceTests {
    /// Words in a row that would not come out the same by chance in two sentences written apart.
    static let sharedRun = 7
    static let goldenFiles = ["attributions.golden", "timex.golden"]

    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }
    }

    /// Every run of `sharedRun` words of the texts under `folder`, markup stripped.
    static func runs(under folder: String) -> Set<String> {
        var runs = Set<String>()
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return runs }
        for case let path as String in walker {
            let full = folder + "/" + path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                  let text = try? String(contentsOfFile: full, encoding: .utf8) else { continue }
            let plain = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            let found = words(plain)
            guard found.count >= sharedRun else { continue }
            for start in 0...(found.count - sharedRun) { runs.insert(found[start..<start + sharedRun].joined(separator: " ")) }
        }
        return runs
    }

    @Test func noGoldenCaseRepeatsAnEvaluationArticle() throws {
        guard let shared = Fixtures.shared, FileManager.default.fileExists(atPath: shared + "/eval") else {
            print("skipped: the evaluation sets (../shared/eval) are not beside this checkout")
            return
        }
        let evaluation = Self.runs(under: shared + "/eval").subtracting(Self.runs(under: Fixtures.seeds))
        var echoes: [String] = []
        for file in Self.goldenFiles {
            let path = Fixtures.root + "/Tests/LedeAnalysisTests/Golden/" + file
            for (number, line) in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let found = Self.words(String(line))
                guard found.count >= Self.sharedRun else { continue }
                if let start = (0...(found.count - Self.sharedRun)).first(where: { evaluation.contains(found[$0..<$0 + Self.sharedRun].joined(separator: " ")) }) {
                    echoes.append("\(file):\(number + 1): “\(found[start..<start + Self.sharedRun].joined(separator: " "))”")
                }
            }
        }
        #expect(echoes.isEmpty, "golden cases that repeat evaluation text:\n\(echoes.joined(separator: "\n"))")
    }
}
