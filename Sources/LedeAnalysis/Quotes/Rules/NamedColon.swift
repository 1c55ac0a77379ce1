/// `Republican pollster Daron Shaw: “…”`: a name right before a colon and a quotation.
enum NamedColon: AttributionRule {
    /// The most words of a role before a name and a colon (`Republican pollster Daron Shaw:`).
    static let longestColonRole = 4

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        return text.tokens[site.token].kind == .colon && text.quoteOf[site.token] < 0
    }

    /// `… - Mark Blumenthal and Jon Cohen: “…”`, `Clinton: "…" Bush: "…"`, `Republican
    /// pollster Daron Shaw: “…”`: a name right before a colon, and a quotation right after it.
    /// (Not after a cue or a preposition: `told the Nevada Independent: “…”` names whom.)
    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph
        let sentence = site.sentence
        let colon = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        let open = colon + 1
        guard colon > sentence.lowerBound, open < sentence.upperBound, text.opensQuotation(open),
              !run.claimed[p][open], open + 1 >= tokens.count || !run.claimed[p][open + 1], let chunk = run.chunkEnding(p, colon - 1), !chunk.thing, chunk.kind != .place,
              !text.isTitleCase(open..<(text.quoteLast(open) + 1))
        else { return nil }
        var first = chunk.titleStart
        // `Mark Blumenthal and Jon Cohen`: two names joined.
        if first - 2 >= sentence.lowerBound, tokens[first - 1].kind == .word, tokens[first - 1].hash == NameChunker.andHash,
           let other = run.chunkEnding(p, first - 2), other.kind == .person
        {
            first = other.titleStart
        }
        var words = 0
        while first - 1 >= sentence.lowerBound, words < Self.longestColonRole, tokens[first - 1].kind == .word,
              tokens[first - 1].capitalized || H.titles.contains(tokens[first - 1].hash) || H.titleAdjectives.contains(tokens[first - 1].hash)
                || text.isNounBeforeTitle(first - 1)
        {
            first -= 1
            words += 1
        }
        if first - 1 >= sentence.lowerBound, tokens[first - 1].kind == .word, !tokens[first - 1].capitalized {
            let h = tokens[first - 1].hash
            if H.cues[h] != nil || H.prepositions.contains(h) || H.determiners.contains(h) { return nil }
        }
        var pieces = [run.inside(p, open)]
        let resume = run.continuePieces(p, after: text.quoteLast(open), sentence: sentence, pieces: &pieces, kind: .direct)
        run.record(p, pieces: pieces, kind: .direct, cue: ":", subject: SpeakerSpan(paragraph: p, first: first, last: chunk.last), role: nil, at: colon)
        return resume
    }
}
