/// `Trump leaned in and boomed: “Let's win.”`, `The foundation describes itself this way:` ¶
/// `“…”`, `From the report: “…”`: a clause that ends in a colon, and a quotation right after it
/// (in the sentence, or opening the next paragraph). The colon says the quotation is the
/// clause's subject speaking, whatever the verb; news rarely puts a colon before a quotation
/// for any other reason. Tried on a sentence once the other rules are done with it, when none
/// of them found an attribution there.
enum ColonBeforeQuotation {
    /// The fewest words before the colon: a lone label (`Related:`, `Update:`) introduces
    /// links or notes, not someone speaking.
    static let fewestWordsBeforeColon = 2

    /// How far before the colon a `from` may name the source (`More from the report:`, `From
    /// Bush's Facebook post:`).
    static let longestSourceAfterFrom = 6

    /// The most words of a role written before the subject's name (`Republican presidential
    /// nominee Donald Trump issued …`, `The Clinton Foundation describes …`).
    static let longestRoleBeforeSubject = 4

    /// Records the quotation the sentence's closing colon introduces, if no rule took it.
    static func apply(paragraph p: Int, sentence: Range<Int>, in run: inout AttributionRun) {
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound, b = sentence.upperBound
        // Nothing found in this sentence yet: a cue there already says who speaks.
        // (Found in reading order: only the last few can be this sentence's.)
        for found in run.found.reversed() {
            if found.place.paragraph < p || found.place.paragraph == p && found.place.token < a { break }
            if found.place.paragraph == p && sentence.contains(found.place.token) { return }
        }
        guard let colon = (a..<b).last(where: { tokens[$0].kind == .colon && text.quoteOf[$0] < 0 }), colon > a else { return }
        var words = 0
        for k in a..<colon where tokens[k].isWord { words += 1 }
        guard words >= Self.fewestWordsBeforeColon, !text.isTitleCase(a..<colon), let speaker = speaker(p, a, colon, in: run) else { return }
        // The quotation: right after the colon to the sentence's end, or opening the next
        // paragraph when the colon ends this one.
        var pieces: [TextSpan]
        if colon + 1 < b {
            let open = colon + 1
            guard text.opensQuotation(open), !run.claimed[p][open], text.reachesSentenceEnd(text.quoteLast(open), sentence),
                  !text.isTitleCase(open..<(text.quoteLast(open) + 1))
            else { return }
            pieces = [run.inside(p, open)]
            _ = run.continuePieces(p, after: text.quoteLast(open), sentence: sentence, pieces: &pieces, kind: .direct)
        } else {
            guard b == tokens.count, let next = run.leadingQuote(p + 1) else { return }
            pieces = next.pieces
            _ = run.continuePieces(p + 1, after: next.last, sentence: run.texts[p + 1].sentences[0], pieces: &pieces, kind: .direct)
        }
        run.record(p, pieces: pieces, kind: .direct, cue: ":", subject: speaker, role: nil, at: colon)
    }

    /// Who the colon gives the floor to: the source after a closing `from` (`More from the
    /// report:`), else the subject of the clause before the colon.
    static func speaker(_ p: Int, _ a: Int, _ colon: Int, in run: AttributionRun) -> SpeakerSpan? {
        let text = run.texts[p]
        let tokens = text.tokens
        if let from = (max(a, colon - Self.longestSourceAfterFrom)..<colon).last(where: { tokens[$0].kind == .word && tokens[$0].hash == H.from }) {
            // (`ranged from skeptical to hostile:` names no source.)
            guard from + 1 < colon, tokens[from + 1].kind == .word, tokens[from + 1].capitalized || H.articlesAndOwners.contains(tokens[from + 1].hash),
                  (from + 1..<colon).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .possessive })
            else { return nil }
            return SpeakerSpan(paragraph: p, first: from + 1, last: colon - 1)
        }
        return clauseSubject(p, a, colon, in: run)
    }

    /// The subject of the clause that runs to the colon, after an opening phrase and its comma
    /// (`At a rally in Birmingham, Alabama, on Saturday, …` is where, not who): a name, a
    /// pronoun or a noun phrase, with a verb right after it. A capitalized word with a comma
    /// after it opens the sentence (`Wait, it gets better:`), and is no subject.
    static func clauseSubject(_ p: Int, _ a: Int, _ colon: Int, in run: AttributionRun) -> SpeakerSpan? {
        let text = run.texts[p]
        let tokens = text.tokens
        var k = a
        if tokens[k].kind == .word, H.connectors.contains(tokens[k].hash) || H.prepositions.contains(tokens[k].hash) || H.subordinators.contains(tokens[k].hash) {
            // The last comma of the opening phrase before the subject: a place's own commas
            // (`Birmingham, Alabama,`) belong to the phrase.
            guard let comma = (k + 1..<min(colon, k + ParagraphText.longestOpeningPhrase)).last(where: { j in
                tokens[j].kind == .comma && text.quoteOf[j] < 0 && j + 1 < colon && !(tokens[j + 1].capitalized && j + 2 < colon && tokens[j + 2].kind == .comma)
            }) else { return nil }
            k = comma + 1
        }
        guard k < colon, tokens[k].kind == .word, text.quoteOf[k] < 0 else { return nil }
        var first = k, last: Int
        if H.subjectPronouns.contains(tokens[k].hash), tokens[k].hash != H.it {
            last = k
        } else if let subject = run.sentenceSubject(p, k, colon), subject.first >= k, subject.first - k <= Self.longestRoleBeforeSubject {
            // (`Republican presidential nominee Donald Trump issued …`: the role's words lead to the name.)
            first = subject.first
            last = subject.last
        } else if H.articlesAndOwners.contains(tokens[k].hash), text.opensClause(k, colon), let phrase = run.forwardSpeaker(p, from: k, to: colon) {
            last = phrase.end
        } else {
            return nil
        }
        // `Hoff's letter makes …`: what a name owns speaks for it.
        if last + 2 < colon, tokens[last + 1].kind == .possessive, tokens[last + 2].kind == .word, !tokens[last + 2].capitalized, !isVerb(last + 2, in: text) {
            last += 2
        }
        // A verb follows (`Trump leaned in and boomed:`, `She went on:`, `Clinton has since
        // apologized`), not a noun (`Partial transcript as follows:`).
        let verb = last + 1
        guard verb < colon, tokens[verb].kind == .word, !tokens[verb].capitalized,
              isVerb(verb, in: text) || H.modifiers.contains(tokens[verb].hash) || text.isAdverb(verb)
        else { return nil }
        return SpeakerSpan(paragraph: p, first: first, last: last)
    }

    /// A lowercase word that reads as a finite verb: a form in -s or -ed, an irregular past, an
    /// auxiliary or a reporting verb.
    static func isVerb(_ k: Int, in text: ParagraphText) -> Bool {
        let hash = text.tokens[k].hash
        return text.isFiniteForm(k) || H.finiteVerbs.contains(hash) || H.irregularPast.contains(hash) || H.cues[hash] != nil
    }
}
