import LedeArticles

/// Finds temporal expressions and normalizes them against the article's date.
///
/// A hand-written scanner over each paragraph's UTF-8: words and numbers are cut out and looked
/// up in `TemporalLexicon` by hash, and the rules run only at digits and known words. Dates
/// mentioned earlier in the article carry over, so "that day" can point back at them.
public enum TemporalTagger {
    /// Tags an article's paragraphs (NFC text); ranges count Unicode scalars within each paragraph.
    public static func tag(paragraphs: [String], documentDate: CalendarDate?) -> [TemporalExpression] {
        var context = TemporalContext(documentDate: documentDate, reference: nil)
        var out: [TemporalExpression] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { context.paragraphsSinceQuarter += 1 }
            out += tag(paragraph: paragraph, index: index, context: &context)
        }
        return out
    }

    /// Tags one piece of raw text as paragraph 0: what the scorer calls.
    public static func tag(text: String, documentDate: CalendarDate?) -> [TemporalExpression] {
        var context = TemporalContext(documentDate: documentDate, reference: nil)
        return tag(paragraph: text, index: 0, context: &context)
    }

    static func tag(paragraph: String, index: Int, context: inout TemporalContext) -> [TemporalExpression] {
        var text = paragraph
        let found: [(Range<Int>, TemporalMatch)] = text.withUTF8 { bytes in
            let tokens = TemporalTokenizer.tokenize(bytes)
            var grammar = TemporalGrammar(tokens: tokens, context: context)
            grammar.bytes = bytes
            let matches = grammar.run()
            context = grammar.context
            return matches.map { (Int(tokens[$0.first].scalarStart)..<Int(tokens[$0.end - 1].scalarEnd), $0) }
        }
        guard !found.isEmpty else { return [] }
        let scalars = [Unicode.Scalar](scalarsOf: paragraph)
        let sentences = SentenceSplitter.sentenceRanges(in: scalars)
        var s = 0  // expressions come in order: walk the sentences once
        // Expressions in one sentence share its text rather than copy it each.
        var sentenceText = ""
        var sentenceTextRange: Range<Int>? = nil
        return found.map { range, match in
            while s < sentences.count, sentences[s].upperBound <= range.lowerBound { s += 1 }
            let sentence = s < sentences.count && sentences[s].contains(range.lowerBound) ? sentences[s] : 0..<scalars.count
            if sentence != sentenceTextRange {
                sentenceText = String(scalars: scalars[sentence])
                sentenceTextRange = sentence
            }
            return TemporalExpression(
                paragraph: index, range: range,
                text: String(scalars: scalars[range]),
                kind: match.kind, value: match.value.timex,
                sentence: sentenceText)
        }
    }

    /// First words of holiday names ("Victory"), so the scanner stops at them.
    /// A `WordSet`: the scanner asks it about every capitalized word outside the lexicon.
    static let holidayFirstWords = WordSet(holidayTokens.map { $0.0[0] })

    /// Holiday names as token hashes, from `TemporalLexicon.holidayPhrases`.
    static let holidayTokens: [([UInt64], Holiday)] = TemporalLexicon.holidayPhrases.map { phrase, holiday in
        var text = phrase
        let hashes = text.withUTF8 { TemporalTokenizer.tokenize($0).map(\.hash) }
        return (hashes, holiday)
    }
}
