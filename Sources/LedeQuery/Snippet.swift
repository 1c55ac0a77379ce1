/// Keyword-in-context: the paragraph that best matches a query and about thirty words around the match.
enum Snippet {
    static let wordsAround = 15

    static func isMatch(_ word: String, _ terms: [(word: String, prefix: Bool)]) -> Bool {
        terms.contains { $0.prefix ? word.hasPrefix($0.word) : word == $0.word }
    }

    /// The paragraph holding the most distinct query words (the earliest on a tie).
    static func bestParagraph(_ paragraphs: [String], terms: [(word: String, prefix: Bool)]) -> Int {
        var best = 0
        var bestScore = -1
        for (index, paragraph) in paragraphs.enumerated() {
            let words = Set(SearchText.words(paragraph).filter { isMatch($0, terms) })
            if words.count > bestScore {
                best = index
                bestScore = words.count
            }
        }
        return best
    }

    /// About thirty words of `paragraph` centred on the first match, with the matches' ranges.
    static func make(_ paragraph: String, terms: [(word: String, prefix: Bool)]) -> (text: String, highlights: [Range<Int>]) {
        let tokens = SearchText.tokens(paragraph)
        guard !tokens.isEmpty else { return ("", []) }
        let firstMatch = tokens.firstIndex { isMatch($0.word, terms) } ?? 0
        let startWord = max(0, firstMatch - wordsAround)
        let endWord = min(tokens.count - 1, startWord + 2 * wordsAround)
        let characters = Array(paragraph)
        let start = startWord == 0 ? 0 : tokens[startWord].range.lowerBound
        var end = endWord == tokens.count - 1 ? characters.count : tokens[endWord].range.upperBound
        // Keep closing punctuation that belongs to the last word.
        while end < characters.count, end < tokens[endWord].range.upperBound + 2, !characters[end].isWhitespace, !(characters[end].isLetter || characters[end].isNumber) { end += 1 }
        let prefix = start > 0 ? "…" : ""
        let suffix = end < characters.count ? "…" : ""
        let text = prefix + String(characters[start..<end]) + suffix
        let offset = prefix.count - start
        let highlights = tokens[startWord...endWord]
            .filter { isMatch($0.word, terms) }
            .map { ($0.range.lowerBound + offset)..<($0.range.upperBound + offset) }
        return (text, highlights)
    }
}
