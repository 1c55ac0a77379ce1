/// One paragraph analysed once for every extractor: scalars, tokens, paired quote marks,
/// sentences (a quotation is never cut by a sentence boundary) and name chunks.
final class ParagraphText {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// For each token, the index of the opening mark of the quotation it lies in (marks
    /// included), or -1.
    var quoteOf: [Int32]
    /// For each opening mark, the index of its closing mark, or -1 when the quotation runs to the
    /// end of the paragraph (a quotation continued in the next paragraph); -1 for every other
    /// token too. An array by token rather than a dictionary: it is read for most tokens.
    var closeOf: [Int]
    /// Sentences as token ranges.
    var sentences: [Range<Int>] = []
    var chunks: [NameChunk] = []
    /// For each token, the index of the chunk it belongs to (titles included), or -1.
    var chunkOf: [Int32]

    init(_ text: String) {
        scalars = [Unicode.Scalar](scalarsOf: text)
        tokens = Tokenizer.tokenize(scalars)
        quoteOf = Array(repeating: -1, count: tokens.count)
        chunkOf = Array(repeating: -1, count: tokens.count)
        closeOf = Array(repeating: -1, count: tokens.count)
        pairQuotes()
        splitSentences()
        chunks = NameChunker.chunks(tokens, scalars)
        for (index, chunk) in chunks.enumerated() {
            for k in chunk.titleStart...chunk.last { chunkOf[k] = Int32(index) }
        }
    }

    func isStraight(_ k: Int) -> Bool { scalars[Int(tokens[k].start)] == "\"" }

    /// Pairs double marks (curly and straight nest inside each other), then single marks
    /// around at least four words outside double ones: shorter single-quoted phrases are
    /// scare quotes or titles, not speech.
    func pairQuotes() {
        // Open marks in a stack: a closing mark closes the latest open one of its own style
        // (curly or straight), or else the latest one (`“…,"` mixes styles). Only the
        // outermost quotation counts; marks inside it are quoted text.
        var stack: [Int] = []
        for k in tokens.indices {
            switch tokens[k].kind {
            case .openDouble:
                if let top = stack.last, isStraight(top) == isStraight(k) {
                    // The same mark again: the one before was never closed.
                    stack.removeLast()
                    if stack.isEmpty { close(top, k - 1, mark: -1) }
                }
                stack.append(k)
            case .closeDouble:
                guard !stack.isEmpty else { continue }
                var index = stack.count - 1
                while index > 0, isStraight(stack[index]) != isStraight(k) { index -= 1 }
                if isStraight(stack[index]) != isStraight(k) { index = stack.count - 1 }
                let open = stack[index]
                stack.removeSubrange(index...)
                if stack.isEmpty { close(open, k, mark: k) }
            default: break
            }
        }
        if let bottom = stack.first { close(bottom, tokens.count - 1, mark: -1) }
        var k = 0
        while k < tokens.count {
            guard tokens[k].kind == .openSingle, quoteOf[k] < 0 else { k += 1; continue }
            var j = k + 1
            var words = 0
            while j < tokens.count, j - k < 80, tokens[j].kind != .closeSingle, quoteOf[j] < 0 {
                if tokens[j].isWord { words += 1 }
                j += 1
            }
            if j < tokens.count, tokens[j].kind == .closeSingle, words >= 4 {
                close(k, j, mark: j)
                k = j + 1
            } else {
                k += 1
            }
        }
    }

    func close(_ open: Int, _ last: Int, mark: Int) {
        closeOf[open] = mark
        if last >= open { for i in open...last { quoteOf[i] = Int32(open) } }
    }

    /// The last token of the quotation opened at `open`.
    func quoteLast(_ open: Int) -> Int {
        let mark = closeOf[open]
        if mark >= 0 { return mark }
        var k = open
        while k + 1 < tokens.count, quoteOf[k + 1] == Int32(open) { k += 1 }
        return k
    }

    func splitSentences() {
        var start = 0
        let n = tokens.count
        var k = 0
        var parens = 0
        while k < n {
            let t = tokens[k]
            if t.kind == .openParen { parens += 1 } else if t.kind == .closeParen { parens = max(0, parens - 1) }
            var boundaryAfter = -1
            // `… after 7 p.m. He says …`: an abbreviation that ends phrases, then a word that only
            // opens sentences, ends the sentence too.
            let abbreviationEnds = t.kind == .period && t.abbreviation && k + 1 < n && tokens[k + 1].kind == .word && tokens[k + 1].capitalized
                && Gazetteer.sentenceOpenerHashes.contains(tokens[k + 1].hash) && k > 0 && Self.phraseEndingAbbreviations.contains(tokens[k - 1].hash)
            if t.kind == .period && (!t.abbreviation || abbreviationEnds) && quoteOf[k] < 0 && parens == 0 {
                var e = k
                while e + 1 < n, tokens[e + 1].isCloseQuote || tokens[e + 1].kind == .closeParen, quoteOf[e + 1] < 0 || tokens[e + 1].isCloseQuote { e += 1 }
                boundaryAfter = e
            } else if t.isCloseQuote, quoteOf[k] >= 0, closeOf[Int(quoteOf[k])] == k, k > 0 {
                // `… do away with it.’”`: single marks may stand between the stop and the double mark.
                var j = k - 1
                while j > 0, tokens[j].kind == .closeSingle { j -= 1 }
                if tokens[j].kind == .period, !tokens[j].abbreviation {
                    boundaryAfter = k
                } else if k + 2 < n, tokens[k + 1].kind == .word, tokens[k + 1].capitalized, tokens[k + 2].kind == .word,
                          !tokens[k + 2].capitalized, H.cues[tokens[k + 2].hash] == nil, H.cues[tokens[k + 1].hash] == nil,
                          holdsSentenceEnd(open: Int(quoteOf[k]), close: k)
                {
                    // `…: "Wow! … I'll be seeing them! #MAGA" MAGA stands for …`: a quotation of
                    // whole sentences, then a new sentence that does not attribute it.
                    boundaryAfter = k
                }
            }
            if boundaryAfter >= 0 {
                let next = boundaryAfter + 1
                if next >= n || tokens[next].capitalized || tokens[next].kind == .number || tokens[next].isOpenQuote || tokens[next].kind == .openParen {
                    sentences.append(start..<next)
                    start = next
                }
                k = boundaryAfter + 1
                continue
            }
            k += 1
        }
        if start < n { sentences.append(start..<n) }
        // Text without stops (a list, a table, a broken file) would make one huge sentence, and
        // the rules that scan to a sentence's end quadratic: cut such runs into pieces.
        if sentences.contains(where: { $0.count > ParagraphText.longestSentence }) {
            sentences = sentences.flatMap { range -> [Range<Int>] in
                stride(from: range.lowerBound, to: range.upperBound, by: ParagraphText.longestSentence).map {
                    $0..<min($0 + ParagraphText.longestSentence, range.upperBound)
                }
            }
        }
    }

    /// Whether a quotation holds a full stop, an exclamation or a question mark of its own.
    func holdsSentenceEnd(open: Int, close: Int) -> Bool {
        guard open + 1 < close else { return false }
        return (open + 1..<close).contains { tokens[$0].kind == .period && !tokens[$0].abbreviation }
    }

    /// Abbreviations that end a phrase rather than stand before a name (`7 p.m.`, `Acme Inc.`).
    static let phraseEndingAbbreviations = WordHash.set(["m", "p.m", "a.m", "etc", "inc", "co", "corp", "ltd", "jr", "sr", "s", "k", "c", "u.s", "u.k", "d.c"])

    /// The most tokens a sentence may have (real ones have fewer than 200).
    static let longestSentence = 400

    /// The index of the first token that starts at or after scalar offset `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The index of the sentence that holds token `k`.
    func sentenceIndex(containing k: Int) -> Int {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= k { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func text(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// Text from the start of token `a` to the end of token `b` (inclusive).
    func text(tokens a: Int, _ b: Int) -> String {
        guard a <= b, a >= 0, b < tokens.count else { return "" }
        return text(Int(tokens[a].start)..<Int(tokens[b].end))
    }

    /// The words of a name chunk as written, with the stop of a final acronym or suffix
    /// (`U.S.`, `Jr.`, `Corp.`).
    func name(_ chunk: NameChunk) -> String {
        var last = chunk.last
        if last + 1 < tokens.count, tokens[last + 1].kind == .period, tokens[last + 1].abbreviation, tokens[last + 1].start == tokens[last].end,
           tokens[last].length > 1
        {
            last += 1
        }
        return text(tokens: chunk.first, last)
    }

    func scalarRange(_ a: Int, _ b: Int) -> Range<Int> { Int(tokens[a].start)..<Int(tokens[b].end) }

    /// Whether token `k` is longer than `length` scalars and ends in `suffix` as written.
    func token(_ k: Int, endsWith suffix: String, longerThan length: Int) -> Bool {
        let t = tokens[k]
        guard t.length > length else { return false }
        var i = Int(t.end) - suffix.unicodeScalars.count
        for u in suffix.unicodeScalars {
            guard scalars[i] == u else { return false }
            i += 1
        }
        return true
    }

    @inline(__always) func `is`(_ k: Int, _ hash: UInt64) -> Bool { k >= 0 && k < tokens.count && tokens[k].hash == hash }
}
