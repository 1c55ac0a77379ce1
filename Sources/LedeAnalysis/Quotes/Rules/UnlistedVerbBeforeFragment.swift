/// `Kovac has gone after the mayor as a “walking scandal”`, `Lund attacked “the reckless budget”`: a
/// named speaker, a verb the cue list lacks, and a quoted fragment soon after it. News quotes a
/// fragment for the words of the one whose act the sentence reports, so the fragment and what
/// leads to it from the verb are attributed to the subject. Tried on a sentence once the other
/// rules are done with it, on the quotations none of them took.
enum UnlistedVerbBeforeFragment {
    /// The most tokens between the verb and the fragment's opening mark (`likened the rules
    /// to “…”`, `openly praises the Finnish Prime Minister Anna Virta as a “…”`).
    static let longestReachToFragment = 8

    /// Records what the sentence's quotations that no rule took report, and leaves the others.
    static func apply(paragraph p: Int, sentence: Range<Int>, in run: inout AttributionRun) {
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound
        var q = a + 1
        while q < sentence.upperBound {
            defer { q += 1 }
            guard text.opensQuotation(q), !run.claimed[p][q], !text.isTitleCase(sentence), !isTitle(q, in: text) else { continue }
            // The verb: the nearest lowercase past or present form before the mark, with no
            // comma, quotation or other verb of saying between.
            var verb = -1
            // Where the verb's subject ends: before the verb, or before its auxiliary.
            var subjectEnd = -1
            var k = q - 1
            while k > a, q - k <= Self.longestReachToFragment {
                let t = tokens[k]
                guard t.kind == .word || t.kind == .possessive || t.kind == .number, text.quoteOf[k] < 0, !run.claimed[p][k] else { break }
                if t.kind == .word, !t.capitalized, H.cues[t.hash] == nil, H.perfectAuxiliaries.contains(t.hash), let participle = activeParticiple(after: k, before: q, in: text) {
                    verb = participle
                    subjectEnd = k - 1
                    break
                }
                if t.kind == .word, !t.capitalized, H.cues[t.hash] != nil || H.finiteVerbs.contains(t.hash) { break }
                if t.kind == .word, !t.capitalized, text.isFiniteForm(k), !H.clauseWords.contains(t.hash), !H.prepositions.contains(t.hash), !text.isAdverb(k) {
                    verb = k
                    subjectEnd = k - 1
                    break
                }
                k -= 1
            }
            guard verb > a, subjectEnd >= a else { continue }
            var before = subjectEnd
            while before >= a, tokens[before].kind == .word, !tokens[before].capitalized, H.modifiers.contains(tokens[before].hash) || text.isAdverb(before) {
                before -= 1
            }
            guard before >= a, subjectEnd < verb - 1 || !H.passiveAux.contains(tokens[verb - 1].hash), let subject = run.backwardSubject(p, a, before) else { continue }
            // Only a named speaker or a pronoun: a writer's scare quotes follow common nouns as often.
            let last = subject.last
            guard text.isInName(last) && text.nameChunk(last).kind == .person || H.subjectPronouns.contains(tokens[last].hash) && tokens[last].hash != H.it,
                  subject.first == last || text.isInName(last) && text.nameChunk(last).titleStart >= subject.first
            else { continue }
            let close = text.quoteLast(q)
            // What was said runs on to the end of its clause (`scolded the board for “looking
            // away” from the tenants`) unless a new clause or a circumstance follows the mark.
            var end = sentence.upperBound - 1
            while end > close, tokens[end].kind == .period && text.quoteOf[end] < 0 { end -= 1 }
            end = max(close, text.fragmentEnd(verb + 1, text.clauseEnd(verb + 1, end)))
            // (`as a “strong leader,” comparing him …`: a participle after the mark is the writer's.)
            var after = close + 1
            while after < end, tokens[after].kind == .comma { after += 1 }
            if after < end, after > close + 1 || tokens[close - 1].kind == .comma, text.isParticiple(after) { end = close }
            guard let content = run.contentRegion(p, verb + 1, end) else { continue }
            run.record(p, pieces: content.pieces, kind: .mixed, cue: text.text(tokens: verb, verb).lowercased(),
                       subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: verb)
            q = end
        }
    }

    /// The participle a perfect auxiliary at `aux` makes an active verb of, before the mark at
    /// `q`: `has gone after`, `has been steadily pounding` (not a passive: `has been called`).
    /// Adverbs may stand between. (A progressive alone, `was playing the “…”`, as often tells
    /// what another said of the subject.)
    static func activeParticiple(after aux: Int, before q: Int, in text: ParagraphText) -> Int? {
        let tokens = text.tokens
        var progressiveOnly = false
        var k = aux + 1
        while k < q, tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].hash == H.been || H.modifiers.contains(tokens[k].hash) || text.isAdverb(k) {
            if tokens[k].hash == H.been { progressiveOnly = true }
            k += 1
        }
        guard k < q, tokens[k].kind == .word, !tokens[k].capitalized, text.quoteOf[k] < 0, H.cues[tokens[k].hash] == nil else { return nil }
        let h = tokens[k].hash
        if H.clauseWords.contains(h) || H.prepositions.contains(h) || H.determiners.contains(h) || H.pronouns.contains(h) || H.passiveAux.contains(h) { return nil }
        if progressiveOnly { return text.isParticiple(k) ? k : nil }
        return text.isPastTense(k) || H.irregularPast.contains(h) || H.irregularParticiples.contains(h) ? k : nil
    }

    /// Whether the quotation opened at `q` is a title (`“Parks and Recreation”`, `“Morning
    /// Joe”`): in title case, or a capitalized name right after `on` or `in`.
    static func isTitle(_ q: Int, in text: ParagraphText) -> Bool {
        let close = text.quoteLast(q)
        // Every word capitalized but the small ones (`“Gone with the Wind”`).
        var words = 0, capitalized = 0
        for k in q...close where text.tokens[k].kind == .word {
            words += 1
            if text.tokens[k].capitalized || words > 1 && H.phraseWords.contains(text.tokens[k].hash) { capitalized += 1 }
        }
        if words > 0 && capitalized == words { return true }
        let opensCapitalized = q + 1 <= close && text.tokens[q + 1].capitalized
        return opensCapitalized && q > 0 && (text.tokens[q - 1].hash == H.on || text.tokens[q - 1].hash == H.in)
    }
}
