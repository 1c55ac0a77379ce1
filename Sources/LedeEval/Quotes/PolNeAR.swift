import Foundation

/// One attribution annotated in PolNeAR: spans in Unicode scalar offsets of the article text.
public struct GoldAttribution: Sendable, Equatable {
    public var content: [Range<Int>]
    public var source: [Range<Int>]
    public var cue: [Range<Int>]
    public var contentText: String
    public var sourceText: String

    /// Whether the content holds a double quote mark: PolNeAR's direct and mixed quotes. Two
    /// apostrophes (`''`) count: some archives (the New York Times') write double marks so.
    public var hasQuoteMark: Bool {
        contentText.unicodeScalars.contains { $0 == "\u{201C}" || $0 == "\u{201D}" || $0 == "\"" } || contentText.contains("''")
    }
}

/// A PolNeAR article: its text split into lines-as-paragraphs, and one annotator's attributions.
public struct PolNeARArticle: Sendable {
    public var name: String
    public var scalars: [Unicode.Scalar]
    /// Paragraphs (the headline first) with the scalar offset where each starts.
    public var paragraphs: [(start: Int, text: String)]
    public var gold: [GoldAttribution]
}

/// Problems reading an evaluation folder.
public enum EvalError: LocalizedError, Equatable {
    case missingFolder(String)
    case unreadable(String)
    case malformed(file: String, line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missingFolder(let path): return "\(path): no such folder"
        case .unreadable(let path): return "\(path): cannot read the file"
        case .malformed(let file, let line, let reason): return "\(file):\(line): \(reason)"
        }
    }
}

/// Reads PolNeAR's brat standoff (`text/`, `attributions/`, `metadata.tsv`).
public enum PolNeARReader {
    /// Every article of the folder with one annotator's attributions as gold: the first
    /// annotator that `metadata.tsv` lists for it (the articles all annotators did are thus
    /// scored once, like the others).
    public static func read(directory: String) throws -> [PolNeARArticle] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw EvalError.missingFolder(directory)
        }
        let textDir = directory + "/text"
        let annDir = directory + "/attributions"
        let annFiles = Set((try? fm.contentsOfDirectory(atPath: annDir)) ?? [])
        var preferred: [String: [String]] = [:]
        if let meta = try? String(contentsOfFile: directory + "/metadata.tsv", encoding: .utf8) {
            for line in meta.split(separator: "\n").dropFirst() {
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
                if cols.count > 3 { preferred[String(cols[1])] = cols[3].split(separator: "|").map(String.init) }
            }
        }
        var articles: [PolNeARArticle] = []
        let texts = ((try? fm.contentsOfDirectory(atPath: textDir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        for file in texts {
            let name = String(file.dropLast(4))
            let candidates = (preferred[name] ?? []).map { "\(name)_\($0).ann" }
                + annFiles.filter { $0.hasPrefix(name + "_") }.sorted()
            guard let ann = candidates.first(where: annFiles.contains) else { continue }
            guard let text = try? String(contentsOfFile: textDir + "/" + file, encoding: .utf8) else {
                throw EvalError.unreadable(textDir + "/" + file)
            }
            guard let standoff = try? String(contentsOfFile: annDir + "/" + ann, encoding: .utf8) else {
                throw EvalError.unreadable(annDir + "/" + ann)
            }
            articles.append(try parse(name: name, text: text, standoff: standoff, file: ann))
        }
        return articles
    }

    /// One article from its text and brat standoff.
    public static func parse(name: String, text: String, standoff: String, file: String = "") throws -> PolNeARArticle {
        let scalars = Array(text.unicodeScalars)
        var spans: [String: (role: String, ranges: [Range<Int>])] = [:]
        var events: [[String: String]] = []
        for (index, line) in standoff.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let id = cols.first, cols.count >= 2 else { continue }
            if id.hasPrefix("T") {
                let parts = cols[1].split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { throw EvalError.malformed(file: file, line: index + 1, reason: "no offsets") }
                var ranges: [Range<Int>] = []
                for piece in parts[1].split(separator: ";") {
                    let nums = piece.split(separator: " ").compactMap { Int($0) }
                    guard nums.count == 2, nums[0] <= nums[1], nums[1] <= scalars.count else {
                        throw EvalError.malformed(file: file, line: index + 1, reason: "bad offsets \(piece)")
                    }
                    ranges.append(nums[0]..<nums[1])
                }
                spans[String(id)] = (String(parts[0]), ranges)
            } else if id.hasPrefix("E") {
                var roles: [String: String] = [:]
                for arg in cols[1].split(separator: " ") {
                    let kv = arg.split(separator: ":")
                    if kv.count == 2 { roles[String(kv[0])] = String(kv[1]) }
                }
                events.append(roles)
            }
        }
        func joined(_ ranges: [Range<Int>]) -> String {
            ranges.map { String(String.UnicodeScalarView(scalars[$0])) }.joined(separator: " ")
        }
        var gold: [GoldAttribution] = []
        for roles in events {
            guard let c = roles["Content"], let content = spans[c]?.ranges else { continue }
            let source = roles["Source"].flatMap { spans[$0]?.ranges } ?? []
            let cue = roles["Cue"].flatMap { spans[$0]?.ranges } ?? []
            gold.append(GoldAttribution(content: content, source: source, cue: cue, contentText: joined(content), sourceText: joined(source)))
        }
        var paragraphs: [(start: Int, text: String)] = []
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            if i > start { paragraphs.append((start, String(String.UnicodeScalarView(scalars[start..<i])))) }
            start = i + 1
        }
        return PolNeARArticle(name: name, scalars: scalars, paragraphs: paragraphs, gold: gold)
    }
}
