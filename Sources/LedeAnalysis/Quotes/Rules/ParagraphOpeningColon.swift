/// `WALLACE: Let’s start …` (a transcript) and `Pat Caddell: Voters Worried …` (a headline): a
/// name and a colon open the paragraph, and the rest is what the named said.
enum ParagraphOpeningColon: AttributionRule {
    /// The fewest tokens of such a paragraph, the most words of the name before the colon and
    /// the fewest tokens after it.
    static let shortestParagraph = 4
    static let longestName = 4
    static let shortestContent = 3
    /// The most words of one name in a list of credits (`Ana María Ruiz Soto`).
    static let longestListedName = 4

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        site.sentenceIndex == 0
    }

    /// `WALLACE: Let’s start …` (a transcript) and `Pat Caddell: Voters Worried …` (a
    /// headline): a name and a colon open the paragraph, and the rest is what the named said.
    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph
        let text = run.texts[p]
        // `"WALLACE: Let’s start …` (a transcript quoted as an excerpt, its mark left open to
        // run on over the paragraphs): the label comes right after the opening mark.
        let excerpt = text.tokens.count > 1 && text.opensQuotation(0) && text.closeOf[0] < 0
        let labelStart = excerpt ? 1 : 0
        guard text.tokens.count > Self.shortestParagraph + labelStart, text.isInName(labelStart) else { return nil }
        let chunk = text.nameChunk(labelStart)
        let colon = chunk.last + 1
        guard chunk.titleStart == labelStart, chunk.words <= Self.longestName, colon + Self.shortestContent < text.tokens.count, text.tokens[colon].kind == .colon, !chunk.thing,
              !H.notSpeakers.contains(text.tokens[chunk.first].hash),
              text.tokens[colon].start == text.tokens[chunk.last].end
        else { return nil }
        var last = text.tokens.count - 1
        last = text.beforeClosingPeriods(last, stoppingAt: colon)
        // `Moore: "…" Patel: "…"`: a quotation right after the colon is all the first one said.
        let open = colon + 1
        // `Senator Ruiz: ‘We Will Not Back Down’`: a headline, where capitals tell nothing.
        if text.opensQuotation(open), text.isTitleCase(open..<(text.quoteLast(open) + 1)) { return nil }
        if text.opensQuotation(open), text.quoteLast(open) < last {
            var pieces = [run.inside(p, open)]
            _ = run.continuePieces(p, after: text.quoteLast(open), sentence: text.sentences[0], pieces: &pieces, kind: .direct)
            run.record(p, pieces: pieces, kind: .direct, cue: ":", subject: SpeakerSpan(paragraph: p, first: labelStart, last: chunk.last), role: nil, at: colon)
            return nil
        }
        if isNamesOrAddress(colon + 1, last, in: text) { return nil }
        if excerpt {
            // (An excerpt's label is a transcript's: in capitals, `PENCE:`, never a headline.)
            guard text.isAllCapitals(chunk), colon + 1 <= last else { return nil }
            let span = TextSpan(paragraph: p, range: text.scalarRange(colon + 1, last))
            run.record(p, pieces: [span], kind: .direct, cue: ":", subject: SpeakerSpan(paragraph: p, first: labelStart, last: chunk.last), role: nil, at: colon)
            return nil
        }
        guard let content = run.contentRegion(p, colon + 1, last) else { return nil }
        run.record(p, pieces: content.pieces, kind: content.kind, cue: ":", subject: SpeakerSpan(paragraph: p, first: labelStart, last: chunk.last), role: nil, at: colon)
        return nil
    }

    /// Whether tokens `first...last` only list names (`Contributing: Ana Ruiz and Li Wen, Metro
    /// Desk`) or give an address (`EMAIL: desk@example.com`, `Twitter: @metrodesk`): a credit
    /// or a contact line, where nothing is said.
    static func isNamesOrAddress(_ first: Int, _ last: Int, in text: ParagraphText) -> Bool {
        guard first <= last else { return false }
        let start = Int(text.tokens[first].start), end = Int(text.tokens[last].end)
        if !text.scalars[start..<end].contains(" "), text.scalars[start..<end].contains("@") { return true }
        var people = 0, separators = 0
        var k = first
        while k <= last {
            let t = text.tokens[k]
            if text.isInName(k), text.nameChunk(k).titleStart == k {
                let chunk = text.nameChunk(k)
                // (A headline in title case reads as one long name: `Clinton Email Story Has Moved`.)
                guard chunk.kind == .person || chunk.kind == .organization, chunk.words <= Self.longestListedName else { return false }
                if chunk.kind == .person { people += 1 }
                k = chunk.last + 1
                continue
            }
            guard t.kind == .comma || t.kind == .word && t.hash == NameChunker.andHash else { return false }
            separators += 1
            k += 1
        }
        return people > 0 && separators > 0
    }
}
