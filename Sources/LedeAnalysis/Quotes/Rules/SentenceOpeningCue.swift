/// `Said Rosa Lindgren, who lived next door, “The whole street cheered that day.”`
enum SentenceOpeningCue: AttributionRule {
    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        let t = text.tokens[site.token]
        return t.capitalized && site.token == site.sentence.lowerBound && H.sayForms.contains(t.hash)
    }

    /// `Said Rosa Lindgren, who lived next door, “The whole street cheered that day.”`: the cue opens
    /// the sentence, the speaker follows, and the quotation closes it.
    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph
        let sentence = site.sentence
        let c = site.token
        let text = run.texts[p]
        let b = sentence.upperBound
        guard let np = run.forwardSpeaker(p, from: c + 1, to: b), np.end + 1 < b else { return nil }
        // The quotation opens after the speaker's commas (a relative clause may stand between).
        var k = np.end + 1
        while k < b, !text.tokens[k].isOpenQuote, text.quoteOf[k] < 0, k - np.end <= AttributionRun.longestRelativeClause { k += 1 }
        guard k < b, text.opensQuotation(k), text.tokens[k - 1].kind == .comma || text.tokens[k - 1].kind == .colon else { return nil }
        let cue = text.text(tokens: c, c).lowercased()
        var pieces = [run.inside(p, k)]
        let resume = run.continuePieces(p, after: text.quoteLast(k), sentence: sentence, pieces: &pieces, kind: .direct)
        run.record(p, pieces: pieces, kind: .direct, cue: cue, subject: np.speaker, role: np.role, at: c)
        return resume
    }
}
