/// `In a CNN poll released Sunday, Clinton held a 24-point lead.`, `In the polls, Trump leads.`:
/// a poll, survey, study or average that opens the sentence after `in` is the source of the
/// finding its comma introduces. (`In a statement, the mayor said …` has a cue of its own, and
/// is left to it.)
enum InPoll: AttributionRule {
    /// The most tokens of the source between `in` and its comma (`in the RealClearPolitics
    /// average of recent Hoosier polls,`).
    static let longestSource = 12
    /// The fewest words of the finding after the comma.
    static let shortestFinding = 3

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        site.token == site.sentence.lowerBound && text.tokens[site.token].hash == H.`in`
    }

    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, sentence = site.sentence, c = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        let b = sentence.upperBound
        guard let comma = (c + 1..<min(b, c + 1 + Self.longestSource)).first(where: { tokens[$0].kind == .comma || tokens[$0].isOpenQuote }),
              tokens[comma].kind == .comma, comma > c + 1
        else { return nil }
        // The source: a noun phrase that holds a poll's word and no verb but a participle
        // describing it (`released Sunday`, `conducted by …`).
        var hasPollNoun = false
        for k in c + 1..<comma {
            let t = tokens[k]
            guard t.kind == .word || t.kind == .possessive || t.kind == .number || t.kind == .other || text.isSlashJoin(k), text.quoteOf[k] < 0 else { return nil }
            if t.kind == .word, !t.capitalized {
                if H.pollNouns.contains(t.hash) { hasPollNoun = true }
                if H.finiteVerbs.contains(t.hash) || H.cues[t.hash] != nil && !text.isPastTense(k) { return nil }
            }
        }
        guard hasPollNoun else { return nil }
        let start = comma + 1
        var last = b - 1
        last = text.beforeClosingPeriods(last, stoppingAt: start)
        last = text.clauseEnd(start, last)
        // (`In the survey, forty-one percent would …`: a share of those polled speaks for itself.)
        guard start < last, !(start...min(last, start + 2)).contains(where: { text.isShareOfPeople($0) }) else { return nil }
        // What the poll found is said by nobody in it: a cue there reports on its own.
        var words = 0
        for k in start...last where tokens[k].kind == .word {
            words += 1
            if text.quoteOf[k] < 0, !tokens[k].capitalized, H.cues[tokens[k].hash] != nil { return nil }
        }
        guard words >= Self.shortestFinding, let content = run.contentRegion(p, start, last) else { return nil }
        run.record(p, pieces: content.pieces, kind: content.kind, cue: "in", subject: SpeakerSpan(paragraph: p, first: c + 1, last: comma - 1), role: nil, at: c)
        for k in start...last { run.claimed[p][k] = true }
        return last + 1
    }
}
