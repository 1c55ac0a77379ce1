/// Keyword-in-context: the paragraph that best matches a query and about thirty words around the match.
enum Snippet {
    static let wordsAround = 15

    /// The query's positive terms, compared with words as folded bytes: only the few words that
    /// match ever become strings.
    struct Terms {
        let bytes: [(word: [UInt8], prefix: Bool)]
        /// Without prefixes no paragraph holds more distinct matches than there are terms.
        let mostDistinct: Int

        init(_ terms: [(word: String, prefix: Bool)]) {
            bytes = terms.map { (Array($0.word.utf8), $0.prefix) }
            mostDistinct = terms.contains(where: \.prefix) ? Int.max : Set(terms.map(\.word)).count
        }

        func matches(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            bytes.contains { $0.prefix ? word.starts(with: $0.word) : word.elementsEqual($0.word) }
        }
    }

    /// The paragraph holding the most distinct query words (the earliest on a tie).
    static func bestParagraph(_ paragraphs: [String], terms: Terms) -> Int {
        var best = 0
        var bestScore = -1
        for (index, paragraph) in paragraphs.enumerated() {
            var found = Set<String>()
            SearchText.scanBytes(paragraph) { word, _ in
                if terms.matches(word) { found.insert(String(decoding: word, as: UTF8.self)) }
            }
            if found.count > bestScore {
                best = index
                bestScore = found.count
                if bestScore >= terms.mostDistinct { break }
            }
        }
        return best
    }

    /// About thirty words of `paragraph` centred on the first match, with the matches' ranges
    /// (in Characters of the returned text).
    static func make(_ paragraph: String, terms: Terms) -> (text: String, highlights: [Range<Int>]) {
        struct Word {
            var start: Int  // UTF-8 offsets in the paragraph
            var end: Int
            var matches: Bool
        }
        // The window is chosen on UTF-8 bytes; Characters are counted only up to the matches.
        return SearchText.withUTF8(paragraph) { bytes in
            var words: [Word] = []
            SearchText.scan(utf8: bytes) { word, range in
                words.append(Word(start: range.lowerBound, end: range.upperBound, matches: terms.matches(word)))
            }
            guard !words.isEmpty else { return ("", []) }
            let startWord = max(0, (words.firstIndex(where: \.matches) ?? 0) - wordsAround)
            let endWord = min(words.count - 1, startWord + 2 * wordsAround)
            let start = startWord == 0 ? 0 : words[startWord].start
            var end = endWord == words.count - 1 ? bytes.count : words[endWord].end
            // Keep closing punctuation (up to two marks) that belongs to the last word, and never
            // stop inside a Character (an emoji sequence, an accent, a joiner after the word).
            if end < bytes.count {
                for _ in 0..<2 where end < bytes.count {
                    let (scalar, length) = SearchText.decode(bytes, at: end)
                    guard !scalar.properties.isWhitespace, !SearchText.isWordStart(scalar) else { break }
                    end += length
                }
                end = SearchText.characterBoundary(bytes, from: words[endWord].start, atOrAfter: end)
            }
            let prefix = start > 0 ? "…" : ""
            let text = prefix + String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                + (end < bytes.count ? "…" : "")
            // Highlights in Characters of `text`: a Character may start before a word (after a
            // prepended mark) or run past its end (a joiner), so each range covers the
            // Characters that hold the word's first and last bytes.
            let matches = words[startWord...endWord].filter(\.matches)
            let highlights: [Range<Int>]
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !slice.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
                highlights = matches.map { (prefix.count + $0.start - start)..<(prefix.count + $0.end - start) }
            } else {
                highlights = Self.characterRanges(of: matches.map { ($0.start - start)..<($0.end - start) }, in: slice, after: prefix)
            }
            return (text, highlights)
        }
    }

    /// The Character ranges, in `prefix` + `slice`, of byte ranges of `slice` (in order).
    static func characterRanges(of byteRanges: [Range<Int>], in slice: UnsafeBufferPointer<UInt8>, after prefix: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var pending = byteRanges[...]
        var lower: Int?
        var offset = 0
        for (index, character) in String(decoding: slice, as: UTF8.self).enumerated() {
            let next = offset + character.utf8.count
            while let range = pending.first {
                if lower == nil {
                    guard range.lowerBound < next else { break }
                    lower = index
                }
                guard range.upperBound <= next else { break }
                result.append((prefix.count + lower!)..<(prefix.count + index + 1))
                lower = nil
                pending = pending.dropFirst()
            }
            offset = next
        }
        return result
    }
}
