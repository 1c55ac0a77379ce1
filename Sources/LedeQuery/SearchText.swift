import Foundation

/// How find sees text: words folded to lowercase without diacritics, possessives dropped,
/// the same way for the query, the snippet and FTS5's `unicode61 remove_diacritics 2`.
public enum SearchText {
    /// FTS5 columns a query may name.
    static let fields: Set<String> = ["title", "body"]

    /// Folded words of `text`: `Lukyánov’s` → `["lukyanov"]`, `al-Hamza` → `["al", "hamza"]`.
    public static func words(_ text: String) -> [String] {
        tokens(text).map(\.word)
    }

    /// Folded words with their character ranges in `text`, for highlighting.
    public static func tokens(_ text: String) -> [(word: String, range: Range<Int>)] {
        // ASCII text (no CR, so one byte is one Character): tokenize bytes, lowercase in place.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return asciiTokens(Array(text.utf8))
        }
        var result: [(String, Range<Int>)] = []
        var current = ""
        var start = 0
        var index = 0
        let characters = Array(text)
        func flush() {
            guard !current.isEmpty else { return }
            result.append((fold(current), start..<index))
            current = ""
        }
        while index < characters.count {
            let c = characters[index]
            if c.isLetter || c.isNumber {
                if current.isEmpty { start = index }
                current.append(c)
            } else if (c == "'" || c == "\u{2019}"), !current.isEmpty, index + 1 < characters.count,
                      characters[index + 1] == "s" || characters[index + 1] == "S",
                      index + 2 == characters.count || !(characters[index + 2].isLetter || characters[index + 2].isNumber) {
                // A possessive: the name is the word; the 's is dropped.
                flush()
                index += 2
                continue
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return result
    }

    static func asciiTokens(_ bytes: [UInt8]) -> [(word: String, range: Range<Int>)] {
        func isWord(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }
        var result: [(String, Range<Int>)] = []
        var index = 0
        let n = bytes.count
        while index < n {
            guard isWord(bytes[index]) else { index += 1; continue }
            let start = index
            var word: [UInt8] = []
            while index < n, isWord(bytes[index]) {
                let b = bytes[index]
                word.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                index += 1
            }
            result.append((String(decoding: word, as: UTF8.self), start..<index))
            // A possessive: the name is the word; the 's is dropped.
            if index + 1 < n, bytes[index] == 0x27, bytes[index + 1] | 0x20 == 0x73, index + 2 == n || !isWord(bytes[index + 2]) {
                index += 2
            }
        }
        return result
    }

    public static func fold(_ word: String) -> String {
        word.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }

    /// The FTS5 expression for a query: every word is a quoted FTS5 string, so nothing the user
    /// types is read as FTS5 syntax, and the expression itself is bound as a parameter.
    public static func fts5(_ node: SearchNode) -> String {
        func quoted(_ word: String) -> String { "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        switch node {
        case .term(let word, let prefix): return quoted(word) + (prefix ? "*" : "")
        case .phrase(let words): return quoted(words.joined(separator: " "))
        case .near(let nodes, let distance): return "NEAR(" + nodes.map(fts5).joined(separator: " ") + ", \(distance))"
        case .field(let field, let inner): return "\(field) : " + (isSimple(inner) ? fts5(inner) : "(\(fts5(inner)))")
        case .and(let nodes): return nodes.map { "(\(fts5($0)))" }.joined(separator: " AND ")
        case .or(let nodes): return nodes.map { "(\(fts5($0)))" }.joined(separator: " OR ")
        case .not(let positive, let negative): return "(\(fts5(positive))) NOT (\(fts5(negative)))"
        }
    }

    /// The query without its `not` parts: what an index look-up may narrow by when the
    /// exclusion applies to a smaller text (a quote, a sentence) than the indexed one.
    public static func positivePart(_ node: SearchNode) -> SearchNode {
        switch node {
        case .not(let kept, _): return positivePart(kept)
        case .and(let nodes): return .and(nodes.map(positivePart))
        case .or(let nodes): return .or(nodes.map(positivePart))
        case .field(_, let inner): return positivePart(inner)  // the sentence index has one column
        default: return node
        }
    }

    static func isSimple(_ node: SearchNode) -> Bool {
        switch node {
        case .term, .phrase, .near: return true
        default: return false
        }
    }

    /// Whether `text` satisfies the query, evaluated in Swift (for quotes and sentences, which
    /// are not in the FTS index). `field:` parts match the whole text.
    public static func matches(_ node: SearchNode, words: [String]) -> Bool {
        switch node {
        case .term(let word, let prefix):
            return words.contains { prefix ? $0.hasPrefix(word) : $0 == word }
        case .phrase(let phrase):
            guard phrase.count <= words.count else { return false }
            return (0...(words.count - phrase.count)).contains { start in
                phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
            }
        case .near(let nodes, let distance):
            let positions = nodes.map { positionsOf($0, in: words) }
            guard positions.allSatisfy({ !$0.isEmpty }) else { return false }
            return positions[0].contains { anchor in
                positions.dropFirst().allSatisfy { $0.contains { abs($0 - anchor) <= distance + 1 } }
            }
        case .field(_, let inner): return matches(inner, words: words)
        case .and(let nodes): return nodes.allSatisfy { matches($0, words: words) }
        case .or(let nodes): return nodes.contains { matches($0, words: words) }
        case .not(let positive, let negative): return matches(positive, words: words) && !matches(negative, words: words)
        }
    }

    static func positionsOf(_ node: SearchNode, in words: [String]) -> [Int] {
        switch node {
        case .term(let word, let prefix):
            return words.indices.filter { prefix ? words[$0].hasPrefix(word) : words[$0] == word }
        case .phrase(let phrase):
            guard phrase.count <= words.count else { return [] }
            return (0...(words.count - phrase.count)).filter { start in phrase.indices.allSatisfy { words[start + $0] == phrase[$0] } }
        default:
            return []
        }
    }
}
