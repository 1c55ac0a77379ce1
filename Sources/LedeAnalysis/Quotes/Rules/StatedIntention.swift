/// `The spokesman declined to comment.`, `She vowed to appeal the ruling.`: a verb that
/// announces what someone will or will not do, then `to` and the act. News reports these as
/// the subject's stance, an attribution without a verb of saying; what is attributed is the
/// infinitive clause.
enum StatedIntention: AttributionRule {
    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        let k = site.token
        guard H.intentionVerbs.contains(text.tokens[k].hash), !text.tokens[k].capitalized, k + 2 < site.sentence.upperBound else { return false }
        let act = text.tokens[k + 2]
        guard text.is(k + 1, H.to), act.kind == .word, !act.capitalized, text.quoteOf[k + 2] < 0 else { return false }
        // `a referendum seeking to create …`: a participle right after a noun describes it; only
        // one opening an aside or after an auxiliary is a stance (`…, seeking to`, `is seeking to`).
        guard text.isParticiple(k), k > site.sentence.lowerBound else { return true }
        return text.tokens[k - 1].kind == .comma || H.passiveAux.contains(text.tokens[text.beforeAdverbs(of: k, from: site.sentence.lowerBound)].hash)
    }

    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, sentence = site.sentence, c = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound
        let before = text.beforeModifiers(of: c, from: a)
        // `was refused to`: a passive has no one who declines.
        guard before >= a, !(c - 1 >= a && H.passiveAux.contains(tokens[c - 1].hash)) else { return nil }
        let verb = CueVerb(object: false, needsQuote: false, thought: false)
        let cueSite = CueSite(paragraph: p, sentence: sentence, cue: c, cueEnd: c, cueText: text.text(tokens: c, c).lowercased(), verb: verb, before: before)
        guard let subject = ReportingVerb.subjectBefore(cueSite, in: run) else { return nil }
        let start = c + 1
        var last = sentence.upperBound - 1
        last = text.beforeClosingPeriods(last, stoppingAt: start)
        // The act ends at the first comma, dash or parenthesis outside quotation marks: what
        // follows is the writer's (`declined to comment, citing …`, `refused to sign it, which …`).
        if let stop = (start + 1..<last + 1).first(where: { text.quoteOf[$0] < 0 && endsAct(tokens[$0].kind) }) {
            last = stop - 1
        }
        last = text.clauseEnd(start, last)
        guard start < last, let content = run.contentRegion(p, start, last) else { return nil }
        run.record(p, pieces: content.pieces, kind: content.kind, cue: cueSite.cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
        for k in start...last { run.claimed[p][k] = true }
        return last + 1
    }

    /// Punctuation that closes an infinitive clause.
    static func endsAct(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .comma, .semicolon, .colon, .dash, .openParen: return true
        default: return false
        }
    }
}
