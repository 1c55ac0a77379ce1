/// `Thirty-eight percent would back the mayor`, `Half said so`, `Six in 10 residents find the
/// plan too costly`: a share of those polled and what they answered. The share is the
/// source; what follows the verb, to the end of its clause, is their answer.
enum PollShare: AttributionRule {
    /// The most tokens of a share phrase before its verb (`almost 7 in 10 of the tenants who
    /// rent from the city`).
    static let longestSharePhrase = 12
    /// The most modals and adverbs between the share and its verb (`would also`).
    static let longestVerbGroup = 3

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        let t = text.tokens[site.token]
        return !t.capitalized && (H.cues[t.hash] != nil || H.opinionVerbs.contains(t.hash)) && site.token > site.sentence.lowerBound
    }

    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, sentence = site.sentence, c = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound
        var before = c - 1
        while before >= a, c - before <= Self.longestVerbGroup, tokens[before].kind == .word, !tokens[before].capitalized,
              H.modifiers.contains(tokens[before].hash) || text.isAdverb(before)
        {
            before -= 1
        }
        // (`the vote`, `15% of the vote`: only `would vote` is a verb.)
        if tokens[c].hash == H.vote, before == c - 1 { return nil }
        guard before >= a, let first = shareStart(text, a, before) else { return nil }
        var start = c + 1
        // `would vote for Clinton`: the particle belongs to the verb.
        if start < sentence.upperBound, tokens[start].kind == .word, H.verbParticles.contains(tokens[start].hash) { start += 1 }
        var last = sentence.upperBound - 1
        last = text.beforeClosingPeriods(last, stoppingAt: start - 1)
        // The answer ends at the next share (`…, and 75 percent said yes`) or clause break.
        if start <= last, let stop = (start...last).first(where: { k in
            text.quoteOf[k] < 0 && (tokens[k].kind == .comma || tokens[k].kind == .semicolon || tokens[k].kind == .dash
                || tokens[k].kind == .word && (H.andBut.contains(tokens[k].hash) || tokens[k].hash == H.while) && k + 1 <= last
                    && (text.isShareOfPeople(k + 1) || tokens[k + 1].kind == .number))
        }) {
            last = stop - 1
        }
        guard start <= last, let content = run.contentRegion(p, start, last) else { return nil }
        let cueLast = start - 1
        run.record(p, pieces: content.pieces, kind: content.kind, cue: text.text(tokens: c, cueLast).lowercased(),
                   subject: SpeakerSpan(paragraph: p, first: first, last: before), role: nil, at: c)
        for k in start...last { run.claimed[p][k] = true }
        return last + 1
    }

    /// Where a share phrase ending at `last` starts, when the stretch back to the start of the
    /// clause is one: a share word (`percent`, `half`, `4 in 10`) near its start, no verb in it.
    static func shareStart(_ text: ParagraphText, _ a: Int, _ last: Int) -> Int? {
        let tokens = text.tokens
        var k = last
        var share = -1
        while k >= a, last - k < Self.longestSharePhrase {
            let t = tokens[k]
            if t.kind == .comma || t.kind == .semicolon || t.kind == .colon || t.isOpenQuote || t.isCloseQuote { break }
            // (`a majority of Republican statements (52%)`: a share in parentheses is a figure.)
            if t.kind == .openParen || t.kind == .closeParen { return nil }
            if t.kind == .word, H.connectors.contains(t.hash) && k < last && !text.isShareOfPeople(k) || t.hash == H.that { break }
            if t.kind == .word, H.finiteVerbs.contains(t.hash) || H.cues[t.hash] != nil && !t.capitalized { return nil }
            if text.isShareOfPeople(k) { share = k }
            k -= 1
        }
        // The share opens the phrase, give or take a qualifier (`only four percent`, `more than half`);
        // `the top 1 percent`, `which constitutes 65 percent` are figures, not respondents.
        guard share >= 0, share - (k + 1) <= Self.longestVerbGroup else { return nil }
        let first = k + 1
        let aShare = (tokens[first].hash == H.a || tokens[first].hash == H.an) && first + 1 <= last && text.isShareOfPeople(first + 1)
        guard tokens[first].kind != .word || aShare || !H.determiners.contains(tokens[first].hash) && !H.relatives.contains(tokens[first].hash) else { return nil }
        return first
    }
}
