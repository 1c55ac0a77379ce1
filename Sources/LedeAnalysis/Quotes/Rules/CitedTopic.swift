/// `Trump called for a special prosecutor`, `called on the board to resign`, `talked about her
/// childhood`, `…, citing legal risks`, `…, referring to the July convention`: a speaker
/// demands, speaks of, cites or refers to something, and what follows the verb is
/// attributed to them even with no quotation (`called` alone wants one: `called the plan “a
/// disaster”`).
enum CitedTopic: AttributionRule {
    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        let k = site.token
        let t = text.tokens[k]
        guard t.kind == .word, !t.capitalized, k > site.sentence.lowerBound, k + 2 < site.sentence.upperBound else { return false }
        if H.callForms.contains(t.hash) {
            // `called on Congress to act`; not `called on Monday`.
            return text.is(k + 1, H.for) || text.is(k + 1, H.on) && text.tokens[k + 2].kind == .word && !H.timeWords.contains(text.tokens[k + 2].hash)
        }
        // `talked about the economy`, `spoke about her mother`.
        if H.talkForms.contains(t.hash) { return text.is(k + 1, H.about) }
        // (Only as an aside after a comma: `…, citing …`; `cited` takes a quotation.)
        return text.tokens[k - 1].kind == .comma && (t.hash == H.citing || t.hash == H.referring && text.is(k + 1, H.to))
    }

    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, sentence = site.sentence, c = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound
        let before = text.beforeModifiers(of: c, from: a)
        // `was called for`: a passive has no speaker; `eager to talk about`, `plans to call on`:
        // an infinitive reports nothing yet said.
        guard before >= a, !H.passiveAux.contains(tokens[c - 1].hash), tokens[c - 1].hash != H.to else { return nil }
        let cueEnd = tokens[c].hash == H.citing ? c : c + 1
        let verb = CueVerb(object: false, needsQuote: false, thought: false)
        let cueSite = CueSite(paragraph: p, sentence: sentence, cue: c, cueEnd: cueEnd, cueText: text.text(tokens: c, cueEnd).lowercased(), verb: verb, before: before)
        guard let subject = ReportingVerb.subjectBefore(cueSite, in: run) else { return nil }
        let start = cueEnd + 1
        var last = sentence.upperBound - 1
        last = text.beforeClosingPeriods(last, stoppingAt: start)
        if let stop = (start + 1..<last + 1).first(where: { text.quoteOf[$0] < 0 && StatedIntention.endsAct(tokens[$0].kind) }) {
            last = stop - 1
        }
        last = text.clauseEnd(start, last)
        guard start <= last, let content = run.contentRegion(p, start, last) else { return nil }
        run.record(p, pieces: content.pieces, kind: content.kind, cue: cueSite.cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
        for k in start...last { run.claimed[p][k] = true }
        return last + 1
    }
}
