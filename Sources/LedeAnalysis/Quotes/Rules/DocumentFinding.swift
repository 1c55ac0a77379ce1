/// `A new poll shows Trump ahead in Iowa.`, `The audit found gaps in the county's books.`: a
/// document, poll or study that shows or finds something reports it, even when what follows
/// is no clause (`shows Clinton with a lead`). People who show or find do not: `Trump showed
/// restraint`, `police found the car` report nothing said.
enum DocumentFinding: AttributionRule {
    /// The most tokens of circumstance between the verb and `that` (`found in a survey
    /// released on Monday that`).
    static let longestCircumstanceBeforeThat = 8

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        let k = site.token
        guard H.findingVerbs.contains(text.tokens[k].hash), !text.tokens[k].capitalized, k > site.sentence.lowerBound, k + 2 < site.sentence.upperBound else { return false }
        // `showed up`, `found out`: a particle makes another verb.
        return !ParagraphText.speakingParticles.contains(text.tokens[k + 1].hash) && text.tokens[k + 1].hash != H.off
    }

    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, sentence = site.sentence, c = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound
        let before = text.beforeModifiers(of: c, from: a)
        guard before >= a, tokens[before].kind == .word, !H.passiveAux.contains(tokens[before].hash) else { return nil }
        guard let subject = run.backwardSubject(p, a, before),
              run.speakerKind(ofPhrase: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last)) == .document
        else { return nil }
        var start = c + 1
        // `showed last week that …`: a time or place before `that` is the finding's circumstance.
        if let that = (start..<min(sentence.upperBound, start + Self.longestCircumstanceBeforeThat)).first(where: { tokens[$0].hash == H.that }),
           text.isCircumstance(start, that)
        {
            start = that + 1
        }
        // (`found that, relative to …,`: a comma right after `that` opens an aside.)
        while start < sentence.upperBound, tokens[start].kind == .comma { start += 1 }
        var last = sentence.upperBound - 1
        last = text.beforeClosingPeriods(last, stoppingAt: start)
        last = text.clauseEnd(start, last)
        // `… survey shows spikes, say scientists`: an inverted attribution after a comma reports
        // the whole finding and is no part of it.
        if let comma = (start..<last).first(where: { k in
            tokens[k].kind == .comma && text.quoteOf[k] < 0 && tokens[k + 1].kind == .word && !tokens[k + 1].capitalized && H.cues[tokens[k + 1].hash] != nil
        }) {
            last = comma - 1
        }
        guard start < last, let content = run.contentRegion(p, start, last) else { return nil }
        run.record(p, pieces: content.pieces, kind: content.kind, cue: text.text(tokens: c, c).lowercased(), subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
        for k in start...last { run.claimed[p][k] = true }
        return last + 1
    }
}
