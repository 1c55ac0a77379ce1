/// `“Go back to Univision,” Trump barked.`: a quotation that opens the sentence, then any verb.
enum UnlistedVerbAfterQuotation: AttributionRule {
    /// The most tokens between a quotation's closing mark and the verb of a post-posed
    /// attribution with an unlisted verb (`“…,” the senior senator from Ohio barked`).
    static let longestPostposedSpeaker = 6

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        site.token == site.sentence.lowerBound
    }

    /// `“Go back to Univision,” Trump barked.`, `“Why now?” snapped the judge.`: a quotation
    /// opens the sentence and ends in a comma, a question or an exclamation mark, and a speaker
    /// and a verb the cue list lacks follow. The punctuation, not the verb, says the sentence
    /// goes on to its attribution. Listed verbs are left to the cue rules.
    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph
        let sentence = site.sentence
        let text = run.texts[p]
        let tokens = text.tokens
        let open = sentence.lowerBound, b = sentence.upperBound
        guard text.opensClosedQuotation(open), !run.claimed[p][open] else { return nil }
        let close = text.quoteLast(open)
        guard close > open + 2, close + 2 < b else { return nil }
        var j = close + 1
        if tokens[j].kind == .comma {
            j += 1
        } else if !text.quotationHandsOver(closingAt: close) {
            return nil
        }
        guard !text.isTitleCase(open..<(close + 1)), tokens[j].kind == .word else { return nil }
        // The verb and, after it, where the attribution ends.
        var verb = -1
        var subject: SubjectPhrase?
        var end = -1
        if !tokens[j].capitalized, text.isSpeakingVerb(j) {
            // Inverted: `“…,” barked Trump.`
            let afterVerb = text.verbEnd(j, b)
            guard let np = run.forwardSpeaker(p, from: afterVerb + 1, to: b), text.endsClause(np.end, b) else { return nil }
            verb = j
            subject = SubjectPhrase(first: np.speaker.first, last: np.speaker.last, boundary: close, role: np.role)
            end = np.end
        } else {
            var last = -1
            if H.subjectPronouns.contains(tokens[j].hash), tokens[j].hash != H.it {
                last = j
            } else if text.isInName(j), text.nameChunk(j).titleStart == j {
                last = text.nameChunk(j).last
            } else if H.determiners.contains(tokens[j].hash) {
                var k = j + 1
                while k < b, k - j < Self.longestPostposedSpeaker, tokens[k].kind == .word, !text.isSpeakingVerb(k), !H.clauseWords.contains(tokens[k].hash) { k += 1 }
                // (`the bearded, 64-year-old envoy said`: an adjective in -ed is no verb
                // right after the article.)
                last = k - 1 > j ? k - 1 : -1
            }
            guard last >= j, last + 1 < b else { return nil }
            var v = last + 1
            while v < b, tokens[v].kind == .word, !tokens[v].capitalized, text.isAdverb(v) || H.modifiers.contains(tokens[v].hash) { v += 1 }
            guard v < b, tokens[v].kind == .word, !tokens[v].capitalized, text.isSpeakingVerb(v) else { return nil }
            verb = v
            end = text.verbEnd(v, b)
            guard text.endsClause(end, b) else { return nil }
            let first = H.determiners.contains(tokens[j].hash) ? j : (text.isInName(j) ? text.nameChunk(j).titleStart : j)
            subject = SubjectPhrase(first: first, last: last, boundary: close, role: nil)
        }
        guard let subject, verb >= 0 else { return nil }
        let cue = text.text(tokens: verb, text.verbEnd(verb, b)).lowercased()
        var pieces = [run.inside(p, open)]
        let resume = run.continuePieces(p, after: end, sentence: sentence, pieces: &pieces, kind: .direct)
        run.record(p, pieces: pieces, kind: .direct, cue: cue, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: verb)
        return resume
    }
}
