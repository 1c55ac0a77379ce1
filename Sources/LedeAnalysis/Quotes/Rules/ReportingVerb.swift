/// A reporting verb from the cue list (`said`, `told`, `argued`, `believes`, `called … “…”`):
/// the gate that keeps nouns, passives and infinitives out, then the inverted, post-posed and
/// pre-posed readings of the sentence around it.
enum ReportingVerb: AttributionRule {
    /// The most tokens between an auxiliary and a participle that still make a passive (`was on
    /// Wednesday reported`).
    static let longestPassiveGap = 4

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        text.tokens[site.token].kind == .word
    }

    /// The gate: a word of the cue list is a reporting verb here unless the words around it make
    /// it a noun (`his remarks`, `the autopsy report concluded`), a passive (`was told`), an
    /// infinitive of purpose (`work to predict`) or a question put to someone (`Do you think`).
    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, c = site.token, sentence = site.sentence
        let text = run.texts[p]
        let t = text.tokens[c]
        // (Capitals in a headline-like first paragraph may be cues, but never inside a name:
        // `the United States House of Representatives issued …`.)
        guard !t.capitalized || p == 0 && !text.isInName(c), var verb = H.cues[t.hash] else { return nil }
        // (`agreed: “…”`: a colon and a quotation are what was said, whatever the verb.)
        let colonQuotation = c + 2 < sentence.upperBound && text.tokens[c + 1].kind == .colon && text.opensQuotation(c + 2)
        if verb.thought && !text.is(c + 1, H.that) && !text.opensClause(c + 1, sentence.upperBound) && !colonQuotation
            && !closesPostposedAttribution(c, sentence, text)
        {
            return nil
        }
        // `Do you think …?`: a question put to someone reports nothing they said.
        if verb.thought, c > sentence.lowerBound, text.tokens[c - 1].hash == H.you { return nil }
        // `pointed out`, `pointed to the figures`.
        if t.hash == H.point || t.hash == H.points || t.hash == H.pointed {
            guard text.is(c + 1, H.out) || text.is(c + 1, H.to) else { return nil }
        }
        if c > sentence.lowerBound {
            let prev = text.tokens[c - 1]
            // `protesters' demands have expanded`: a plural's apostrophe, not a closing mark, owns the noun.
            if prev.kind == .closeSingle, text.quoteOf[c - 1] < 0, c >= 2, text.tokens[c - 2].kind == .word, prev.start == text.tokens[c - 2].end,
               text.scalars[Int(text.tokens[c - 2].end) - 1] == "s"
            {
                return nil
            }
            // `the said`, `so-called`, passives (`is said to`).
            // `the said`, `his latest remarks`, `Trump’s claims`: nouns, not verbs.
            // `Trump’s claim that …` is an attribution all the same; `He’s claiming` is a verb.
            let contraction = prev.kind == .possessive && c >= 2 && H.pronouns.contains(text.tokens[c - 2].hash)
            let nounWithThat = (prev.kind == .possessive || prev.hash == H.his || prev.hash == H.her || prev.hash == H.their) && text.is(c + 1, H.that)
            // `Another said, “…”`, `One told the paper …`: a pronoun that opens the sentence,
            // and a form that is only a verb, make a subject and its cue.
            let pronounSubject = c - 1 == sentence.lowerBound && H.standaloneSubjects.contains(prev.hash)
                && (H.verbOnlyCueForms.contains(t.hash) || text.isPastTense(c) && !verb.aimed && !verb.object && !verb.thought && !verb.needsQuote)
            // (`the so called “Initiative”`, written without its hyphen, is the same adjective.)
            let soCalledApart = prev.hash == H.so && t.hash == H.called
            if !contraction && !nounWithThat && !pronounSubject && (prev.hash == H.soCalled || soCalledApart || prev.kind == .possessive || H.nounMarkers.contains(prev.hash)),
               !(text.isParticiple(c) && H.prepositions.contains(prev.hash))
            {
                return nil
            }
            // `was told`, `was on Wednesday reported` are passive; `is telling` is not.
            if !text.isParticiple(c) {
                var j = c - 1
                while j > sentence.lowerBound, c - j < Self.longestPassiveGap, text.tokens[j].kind == .word, H.circumstance.contains(text.tokens[j].hash) || text.isAdverb(j) || text.tokens[j].capitalized && c - j > 1 {
                    j -= 1
                }
                if H.passiveAux.contains(text.tokens[j].hash) { return nil }
            }
            // `Some reports suggest`, `ten states`: a plural noun after a quantifier or a number;
            // `began taking calls from …`, `was fielding questions`: the object of a participle
            // after its verb (not `Recent polling shows`, a noun in -ing as the subject).
            let objectOfParticiple = c - 2 >= sentence.lowerBound && !prev.capitalized && text.isParticiple(c - 1) && H.cues[prev.hash] == nil
                && text.tokens[c - 2].kind == .word && !text.tokens[c - 2].capitalized
                && (text.isPastTense(c - 2) || H.finiteVerbs.contains(text.tokens[c - 2].hash) || H.irregularPast.contains(text.tokens[c - 2].hash))
            if H.quantifiers.contains(prev.hash) || prev.kind == .number || objectOfParticiple, text.scalars[Int(t.end) - 1] == "s" {
                return nil
            }
            // `suspected of asking`, `accused of saying`: what someone is suspected of is no report.
            if text.isParticiple(c), prev.hash == H.of, c >= 2, text.tokens[c - 2].kind == .word, text.isPastTense(c - 2) { return nil }
            // `work to predict`: an infinitive of purpose reports nothing said (`refused to say`,
            // `urged them to ask`, `urged supporters to ask` are left to the rules below).
            // `are expected to report`, `was asked to say`: passives.
            if prev.hash == H.to, c >= 3, H.passiveAux.contains(text.tokens[c - 3].hash) { return nil }
            if prev.hash == H.to, c >= 2, text.tokens[c - 2].kind == .word, !text.tokens[c - 2].capitalized,
               !H.controlVerbs.contains(text.tokens[c - 2].hash), !H.pronouns.contains(text.tokens[c - 2].hash),
               c < 3 || !H.controlVerbs.contains(text.tokens[c - 3].hash)
            {
                return nil
            }
        }
        if H.add.contains(t.hash), text.is(c + 1, H.to) { return nil }
        // `pledged delegates`: an adjective.
        if t.hash == H.pledged, c + 1 < sentence.upperBound, H.pledgedNouns.contains(text.tokens[c + 1].hash) { return nil }
        // No answer (`did not respond to …`) is no report.
        if H.respondForms.contains(t.hash), c > sentence.lowerBound, H.negationsAndHedges.contains(text.tokens[c - 1].hash) { return nil }
        // `tough questions`, `taking questions`, `the express lane`: a form that is as often a noun
        // is a verb only after its subject, a name or a pronoun (`Lee questions whether …`), or
        // opening an aside (`…, questioning whether …`).
        if H.nounLikeCueForms.contains(t.hash) {
            let before = text.beforeModifiers(of: c, from: sentence.lowerBound)
            guard before >= sentence.lowerBound else { return nil }
            let subjectLike = text.isInName(before) && text.nameChunk(before).last == before
                || text.tokens[before].kind == .word && (H.pronouns.contains(text.tokens[before].hash) || H.personRelatives.contains(text.tokens[before].hash))
            guard subjectLike || text.isParticiple(c) && text.tokens[before].kind == .comma else { return nil }
        }
        // `was criticized by Kerri Kupec`, `people accused of crimes`: a participle with its
        // agent, or after a common noun with `of`, is passive or a description.
        if text.isPastTense(c), text.is(c + 1, H.by) { return nil }
        if text.isPastTense(c), text.is(c + 1, H.of), c > sentence.lowerBound, text.tokens[c - 1].kind == .word, !text.tokens[c - 1].capitalized,
           !H.pronouns.contains(text.tokens[c - 1].hash)
        {
            return nil
        }
        // `The autopsy report concluded`: a cue word before a reporting verb is its subject's noun.
        // (Not `officials told state media`: a verb form is no noun.)
        if c + 1 < sentence.upperBound, text.tokens[c + 1].kind == .word, !text.tokens[c + 1].capitalized, let next = H.cues[text.tokens[c + 1].hash],
           !next.needsQuote, !text.isParticiple(c), !text.isPastTense(c), !H.verbOnlyCueForms.contains(t.hash),
           text.isPastTense(c + 1) || H.verbOnlyCueForms.contains(text.tokens[c + 1].hash)
        {
            return nil
        }
        if H.thoughtExtra.contains(t.hash), text.is(c + 1, H.to) { return nil }
        if t.capitalized && c == sentence.lowerBound { return nil }
        verb.object = verb.object || t.hash == H.pointed && text.is(c + 1, H.out)
        return attribute(&run, p, sentence, c, verb)
    }

    /// Whether the verb at `c` closes a short attribution after a quotation that opens the
    /// sentence (`“…,” Bolton charged.`, `“…,” he estimated.`): there any verb of the list
    /// reports, even one that otherwise needs `that`.
    static func closesPostposedAttribution(_ c: Int, _ sentence: Range<Int>, _ text: ParagraphText) -> Bool {
        let a = sentence.lowerBound
        guard text.opensClosedQuotation(a) else { return false }
        let close = text.quoteLast(a)
        guard close < c, c - close <= UnlistedVerbAfterQuotation.longestPostposedSpeaker + 1, close > a + 1 else { return false }
        guard text.quotationHandsOver(closingAt: close) || text.tokens[close + 1].kind == .comma else { return false }
        return text.endsClause(c, sentence.upperBound)
    }

    /// The three readings of the sentence around the verb at `c`, in order: inverted, post-posed
    /// (when a subject stands before the cue), pre-posed.
    static func attribute(_ run: inout AttributionRun, _ p: Int, _ sentence: Range<Int>, _ c: Int, _ verb: CueVerb) -> Int? {
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound
        var cueEnd = c
        if tokens[c].hash == H.pointed || tokens[c].hash == H.point || tokens[c].hash == H.points { cueEnd = c + 1 }
        // Skip modifiers back from the cue: `Kerry also said`, `he has repeatedly said`.
        var before = c - 1
        while before >= a, tokens[before].kind == .word && !tokens[before].capitalized
            && (H.modifiers.contains(tokens[before].hash) || text.isAdverb(before))
            || tokens[before].kind == .possessive && before > a && H.pronouns.contains(tokens[before - 1].hash)
        {
            before -= 1
        }
        let site = CueSite(paragraph: p, sentence: sentence, cue: c, cueEnd: cueEnd, cueText: text.text(tokens: c, cueEnd).lowercased(), verb: verb, before: before)
        if let resume = InvertedCue.apply(site, subject: nil, in: &run) { return resume }
        let subject = subjectBefore(site, in: run)
        // A reported thought needs its thinker: not the words before `and` (`lists Saha as
        // belonging to the Air Force and states it runs flights`).
        if verb.thought, let s = subject, s.last >= a, tokens[s.last].kind == .word, H.andBut.contains(tokens[s.last].hash) { return nil }
        // `The last time the board ordered a recount was in 1990`: the clause is the subject of a
        // sentence about when, not a report.
        if let s = subject, s.first + 2 <= s.last, tokens[s.first].hash == H.the, H.occasionOrdinals.contains(tokens[s.first + 1].hash), tokens[s.first + 2].hash == H.time { return nil }
        // `…, a bully and schemer who has pledged to …`: a subject that ends in a relative pronoun
        // opens a relative clause about the noun before it, so the words before its comma are
        // the writer's, not what was said.
        let opensRelativeClause = subject.map { s in s.last >= a && tokens[s.last].kind == .word && H.relatives.contains(tokens[s.last].hash) } ?? false
        if let subject, !opensRelativeClause, let resume = PostposedCue.apply(site, subject: subject, in: &run) { return resume }
        guard let subject else { return nil }
        return PreposedCue.apply(site, subject: subject, in: &run)
    }

    /// The subject before the cue; a participle or a second verb takes the sentence's subject
    /// (`Trump attacked Clinton, saying, “…”`, `she … and repeatedly says, “…”`).
    static func subjectBefore(_ site: CueSite, in run: AttributionRun) -> SubjectPhrase? {
        let p = site.paragraph, sentence = site.sentence, c = site.cue
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound
        var before = site.before
        // `…, this time not only implying …`: a time phrase between the comma and a participle
        // leaves the participle the sentence's subject.
        if text.isParticiple(c) {
            var lead = before
            while lead > a, tokens[lead].kind == .word, !tokens[lead].capitalized, H.asideTimeWords.contains(tokens[lead].hash) { lead -= 1 }
            if lead < before, text.afterComma(lead) { before = lead }
        }
        var subject = run.backwardSubject(p, a, before)
        // `Leaders gathered Friday to discuss …`, `The board was to meet Monday to discuss …`: a
        // phrase read back from an infinitive that ends in a day holds the verb that governs the
        // infinitive; the speaker is what comes before that verb, if anything.
        if c >= 1, tokens[c - 1].hash == H.to, let s = subject, s.last > s.first, tokens[s.last].kind == .word, H.timeWords.contains(tokens[s.last].hash) {
            if let verb = (s.first + 1..<s.last).first(where: { tokens[$0].kind == .word && !tokens[$0].capitalized && text.isFiniteForm($0) }) {
                subject = SubjectPhrase(first: s.first, last: verb - 1, boundary: s.boundary, role: s.role)
            } else if !tokens[s.first].capitalized {
                subject = nil
            }
        }
        // `footage of Trump saying …`: the name right before a participle is its subject.
        // (Not an adverb that opens the sentence: `Hastily blaming the storm, Okafor …`.)
        if before >= a, before == c - 1, text.isParticiple(c), let chunk = run.chunkEnding(p, before), !(chunk.titleStart == a && chunk.words == 1 && text.isAdverb(before)) {
            // `a banner from People's Vote saying …`: an owner's name and the name it owns are one.
            var first = chunk.titleStart
            if first - 2 >= a, tokens[first - 1].kind == .possessive, let owner = run.chunkEnding(p, first - 2) { first = owner.titleStart }
            subject = SubjectPhrase(first: first, last: chunk.last, boundary: first - 1, role: nil)
        } else if before - 1 >= a, text.isParticiple(c), tokens[before].kind == .comma, let named = run.chunkEnding(p, before - 1), named.kind == .person,
                  let closing = (c + 1..<min(site.sentence.upperBound, c + 1 + ParagraphText.longestAside)).first(where: { tokens[$0].kind == .comma && text.quoteOf[$0] < 0 }),
                  closing + 1 < site.sentence.upperBound, tokens[closing + 1].kind == .word, H.andBut.contains(tokens[closing + 1].hash)
        {
            // `a meeting between Giuliani, claiming to represent the State Department, and
            // Andriy Yermak`: a participle set off between commas, the list going on after it,
            // describes the name before it.
            subject = SubjectPhrase(first: named.titleStart, last: named.last, boundary: named.titleStart - 1, role: nil)
        } else if before >= a, text.isParticiple(c) || text.isPastTense(c) && before == c - 1 && before >= 1 && run.claimed[p][before - 1],
                  text.afterComma(before), let last = run.found.last, last.place.paragraph == p,
                  last.place.token >= a, last.place.token < c, let s = last.subject, s.paragraph == p
        {
            // `Zapata said the winds were strong, adding …`: the participle goes with the last speaker.
            subject = SubjectPhrase(first: s.first, last: s.last, boundary: a - 1, role: last.role)
        } else if before >= a, text.isParticiple(c) && (text.afterComma(before) || H.subordinators.contains(tokens[before].hash) || H.prepositions.contains(tokens[before].hash)
            || H.reportDays.contains(tokens[before].hash))
            || tokens[before].kind == .word && H.andBut.contains(tokens[before].hash)
        {
            // (`more forceful in blaming Iran`: after a preposition too, the participle's subject
            // is the sentence's; so after the day it was done: `unleashed a series of tweets
            // early Friday saying …`.)
            if let s = run.sentenceSubject(p, a, before) {
                subject = s
            } else if H.prepositions.contains(tokens[before].hash) {
                subject = nil
            } else if H.andBut.contains(tokens[before].hash) {
                // `The candidate pointed to a man in the crowd and called him “…”`: the subject of
                // the report earlier in the sentence, not the object before `and`.
                if let last = run.found.last, last.place.paragraph == p, last.place.token >= a, last.place.token < c, let s = last.subject, s.paragraph == p {
                    subject = SubjectPhrase(first: s.first, last: s.last, boundary: a - 1, role: last.role)
                }
            }
        }
        if subject == nil, let thing = relativeAntecedent(site, in: run) { subject = thing }
        return subject
    }

    /// The most words of a noun phrase a relative `that` refers back to (`a marketing video
    /// that said`, `water bottles that said`).
    static let longestAntecedent = 4

    /// `a message that said, “…”`, `water bottles that said, “…”`: a cue right after a relative
    /// `that` or `which`, with a quotation to follow, reports what the noun before it says.
    static func relativeAntecedent(_ site: CueSite, in run: AttributionRun) -> SubjectPhrase? {
        let p = site.paragraph, c = site.cue
        let text = run.texts[p]
        let tokens = text.tokens
        let a = site.sentence.lowerBound, b = site.sentence.upperBound
        let relative = site.before
        guard !site.verb.thought, relative == c - 1, relative - 1 >= a, tokens[relative].kind == .word, tokens[relative].hash == H.that || tokens[relative].hash == H.which,
              c + 2 < b, tokens[c + 1].kind == .comma || tokens[c + 1].kind == .colon, text.opensQuotation(c + 2)
        else { return nil }
        let noun = relative - 1
        guard tokens[noun].kind == .word, !tokens[noun].capitalized, text.quoteOf[noun] < 0, !H.clauseWords.contains(tokens[noun].hash),
              !H.prepositions.contains(tokens[noun].hash), !H.determiners.contains(tokens[noun].hash), H.cues[tokens[noun].hash] == nil, !text.isFiniteForm(noun) || text.token(noun, endsWith: "s", longerThan: 3)
        else { return nil }
        var first = noun
        while first - 1 >= a, noun - first < Self.longestAntecedent, tokens[first - 1].kind == .word, !tokens[first - 1].capitalized,
              !H.prepositions.contains(tokens[first - 1].hash), !H.clauseWords.contains(tokens[first - 1].hash), !text.isPastTense(first - 1),
              !ParagraphText.speakingParticles.contains(tokens[first - 1].hash)
        {
            first -= 1
            if H.articlesAndOwners.contains(tokens[first].hash) { break }
        }
        return SubjectPhrase(first: first, last: noun, boundary: a - 1, role: nil)
    }
}
