/// `X said (that) CONTENT`, `X told Y: “…”`: the speaker and the cue, then what was said.
enum PreposedCue: CueReading {
    /// How soon after a labelling verb its quoted fragment must open (`called the plan “a
    /// disaster”`).
    static let longestReachToFragment = 12

    /// The most tokens of a phrase of time or manner between a cue and the quotation it
    /// introduces (`said in the spring, when the story broke, “…”`).
    static let longestPhraseBeforeQuotation = 20

    /// Words that, right after a called person, make `call` mean something else (`called him
    /// back`, `called Sanders on Monday`, `called on them to`).
    static let callParticles: WordSet = WordHash.set([
        "on", "back", "off", "up", "for", "to", "out", "in", "at", "last", "yesterday", "before", "after", "about", "and", "but", "or",
        "with", "from", "into", "during", "over", "this", "that", "when", "while", "as", "by", "the", "again", "today", "tonight",
    ])

    /// `called him divisive`, `calling Trump a fascist`, `calls herself a progressive`: whether
    /// a label follows the cue at `cueEnd` without quotation marks: a pronoun or a name, then a
    /// lowercase word that is neither a particle nor a verb.
    static func unquotedLabel(after cueEnd: Int, upTo last: Int, in text: ParagraphText) -> Bool {
        let tokens = text.tokens
        var object = cueEnd + 1
        guard object < last, tokens[object].kind == .word, text.quoteOf[object] < 0 else { return false }
        if H.objectPronouns.contains(tokens[object].hash) {
            // (`its`, `his`: an owner opens a noun phrase, not a called person.)
        } else if text.isInName(object), text.nameChunk(object).titleStart == object, text.nameChunk(object).kind == .person {
            object = text.nameChunk(object).last
        } else {
            return false
        }
        let label = object + 1
        guard label <= last, tokens[label].kind == .word, !tokens[label].capitalized, text.quoteOf[label] < 0 else { return false }
        // (`reckless`, `careless`: a word in -ss is no verb in -s.)
        let isVerbForm = text.isFiniteForm(label) && !H.determiners.contains(tokens[label].hash) && !text.token(label, endsWith: "ss", longerThan: 3)
        return !Self.callParticles.contains(tokens[label].hash) && !isVerbForm && !text.isParticiple(label) && !text.isAdverb(label)
            && !H.clauseWords.contains(tokens[label].hash)
    }

    /// The most tokens of what is described before its `as` (`described the mayor's new
    /// budget as …`).
    static let longestDescribed = 6

    /// The most tokens from a list's comma to its `and` (`a quack, fake and charlatan`).
    static let longestListItem = 4

    /// `described himself as a democratic socialist`, `describes the plan as reckless`: an
    /// object of a few words, then `as` and what it is said to be, with no marks needed.
    /// (`was described as …` has no object: a passive, left out.)
    static func unquotedDescription(after cueEnd: Int, upTo last: Int, in text: ParagraphText) -> Bool {
        let tokens = text.tokens
        var k = cueEnd + 1
        while k <= last, k - cueEnd <= Self.longestDescribed + 1 {
            let t = tokens[k]
            if t.kind == .word, t.hash == H.`as` { return k > cueEnd + 1 && k < last && tokens[k + 1].kind == .word }
            guard t.kind == .word || t.kind == .possessive, text.quoteOf[k] < 0, !H.clauseWords.contains(t.hash) else { return false }
            k += 1
        }
        return false
    }

    static func apply(_ site: CueSite, subject: SubjectPhrase?, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, sentence = site.sentence, c = site.cue, verb = site.verb
        let cueEnd = site.cueEnd, cueText = site.cueText
        let text = run.texts[p]
        let tokens = text.tokens
        let b = sentence.upperBound
        // Pre-posed: `X said (that) CONTENT`, `X told Y: “…”`.
        guard let subject else { return nil }
        // `called the plan “a disaster”`: the object is part of what is said.
        var start = verb.needsQuote ? cueEnd + 1 : text.afterCueStart(cueEnd + 1, b, verb)
        // `posted on Facebook: “…”`: circumstances before a colon are not what was said.
        if verb.needsQuote, let colon = (start..<min(b, start + ParagraphText.longestAside)).first(where: { tokens[$0].kind == .colon || tokens[$0].isOpenQuote }),
           tokens[colon].kind == .colon, colon > start, colon + 1 < b, tokens[colon + 1].isOpenQuote, text.isCircumstance(start, colon)
        {
            start = colon
        }
        if start < b, tokens[start].kind == .colon || tokens[start].kind == .comma { start += 1 }
        // `told the crowd, with a smile: “…”`, `recalled the advice of a coach: “…”`: a phrase
        // that opens no clause before a colon and a closing quotation is the writer's; the
        // quotation is what was said. (`that the choice was stark: “…”` is said all through.)
        if start < b, tokens[start].kind == .word, tokens[start].hash != H.that, !text.opensClause(start, b),
           let colon = (start + 1..<b).first(where: { tokens[$0].kind == .colon && text.quoteOf[$0] < 0 }),
           colon + 1 < b, text.opensQuotation(colon + 1), text.reachesSentenceEnd(text.quoteLast(colon + 1), sentence),
           !(start..<colon).contains(where: { k in
               // (`the United States' return`: a capitalized word in -ed is a name's.)
               tokens[k].isOpenQuote || tokens[k].kind == .word && !tokens[k].capitalized
                   && (H.finiteVerbs.contains(tokens[k].hash) || H.irregularPast.contains(tokens[k].hash) || text.isPastTense(k) || H.cues[tokens[k].hash] != nil)
           })
        {
            start = colon + 1
        }
        // `said in the spring, when the story broke, “…”`, `said as he left the stage, “…”`: a
        // phrase of time or manner, a comma, and a quotation that runs to the sentence's end:
        // the quotation is what was said, the phrase the writer's.
        if !verb.needsQuote, start < b, tokens[start].kind == .word, !tokens[start].capitalized,
           H.circumstancePrepositions.contains(tokens[start].hash) || H.subordinators.contains(tokens[start].hash) && tokens[start].hash != H.if,
           let comma = (start + 1..<min(b, start + Self.longestPhraseBeforeQuotation)).first(where: { k in
               tokens[k].kind == .comma && text.quoteOf[k] < 0 && k + 1 < b && text.opensQuotation(k + 1)
           }),
           text.reachesSentenceEnd(text.quoteLast(comma + 1), sentence)
        {
            start = comma + 1
        }
        var last = b - 1
        last = text.beforeClosingPeriods(last, stoppingAt: start - 1)
        if start > last {
            // `X said:` at the end of a paragraph opens the next one.
            if last >= 0, tokens[b - 1].kind == .colon, let next = run.leadingQuote(p + 1) {
                var pieces = next.pieces
                _ = run.continuePieces(p + 1, after: next.last, sentence: run.texts[p + 1].sentences[0], pieces: &pieces, kind: .direct)
                run.record(p, pieces: pieces, kind: .direct, cue: cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
                return b
            }
            return nil
        }
        last = text.clauseEnd(start, last)
        // `Bob Smith, who said he votes Democratic, said he would …`: a cue in a relative clause
        // reports up to the comma where the main clause's own cue takes over.
        if site.before > sentence.lowerBound, H.relatives.contains(tokens[site.before].hash), tokens[site.before - 1].kind == .comma,
           let comma = (start..<last).first(where: { k in
               tokens[k].kind == .comma && text.quoteOf[k] < 0 && tokens[k + 1].kind == .word && !tokens[k + 1].capitalized
                   && H.cues[tokens[k + 1].hash] != nil && !H.cues[tokens[k + 1].hash]!.needsQuote && !text.isParticiple(k + 1)
           })
        {
            last = comma - 1
        }
        // `says, “Stay right there,” until sirens are heard`: the quotation alone is what was said.
        if text.opensQuotation(start) {
            let close = text.quoteLast(start)
            if close < last, close > start + 1, tokens[close - 1].kind == .comma, tokens[close + 1].kind == .word,
               !tokens[close + 1].capitalized, H.cues[tokens[close + 1].hash] == nil
            {
                last = close
            }
        }
        // `called him divisive`: a label without marks, taken as it is.
        var unmarkedLabel = false
        if verb.needsQuote {
            // The quoted fragment of a labelling verb comes soon, in the same clause.
            var q = start
            while q <= last, !tokens[q].isOpenQuote, tokens[q].kind != .comma, q - start < Self.longestReachToFragment { q += 1 }
            if q <= last, tokens[q].isOpenQuote {
                last = text.fragmentEnd(start, last)
            } else if H.callForms.contains(tokens[c].hash), subject.last < sentence.lowerBound || !H.andBut.contains(tokens[subject.last].hash),
                      unquotedLabel(after: cueEnd, upTo: last, in: text)
            {
                // `called him divisive`, `calling Trump a fascist`: a label needs no marks.
                unmarkedLabel = true
            } else if H.describeForms.contains(tokens[c].hash), unquotedDescription(after: cueEnd, upTo: last, in: text) {
                // `has described himself as a democratic socialist`.
                unmarkedLabel = true
            } else {
                return nil
            }
            // A label without marks ends at the clause's first comma (`described himself as a
            // Catholic, the Post reported`), unless the comma goes on with a list (`called Oz
            // a quack, fake and charlatan`).
            if unmarkedLabel, let comma = (start...last).first(where: { k in
                tokens[k].kind == .comma && text.quoteOf[k] < 0
                    && !(k + 1..<min(last + 1, k + 1 + Self.longestListItem)).contains(where: { tokens[$0].kind == .word && H.andBut.contains(tokens[$0].hash) })
            }) {
                last = comma - 1
            }
        }
        // `said before he died`, `said as he left`: a circumstance of the saying, not what was
        // said (`said if elected he would …` is a report).
        guard let content = run.contentRegion(p, start, last) else { return nil }
        if content.kind == .indirect, tokens[start].kind == .word, H.subordinators.contains(tokens[start].hash), tokens[start].hash != H.if { return nil }
        if verb.needsQuote && content.kind == .indirect && !unmarkedLabel { return nil }
        // `the figures cited in the report`: a participle and its circumstance, not a speech act.
        if verb.aimed, content.kind == .indirect, cueEnd + 1 < b, tokens[cueEnd + 1].kind == .word, H.circumstancePrepositions.contains(tokens[cueEnd + 1].hash) { return nil }
        // `said by telephone this week.`: circumstances of the saying and nothing said.
        if content.kind == .indirect, text.isOnlyCircumstance(start, last) { return nil }
        // `the bill their government proposed would have allowed …`: a clause that opens with
        // its verb belongs to a noun the cue describes; nothing is reported.
        if content.kind == .indirect, tokens[start].kind == .word, H.finiteVerbs.contains(tokens[start].hash), tokens[start].hash != H.that { return nil }
        // `Harlow Motors recalled 9,000 vans`: a recall that takes no clause is no memory.
        if content.kind == .indirect, H.recallForms.contains(tokens[c].hash), tokens[start].hash != H.that, !text.opensClause(start, b) { return nil }
        var words = 0
        for k in start...last where tokens[k].isWord { words += 1 }
        // (`said, “Probably.”`: a quotation of one word is an answer all the same; after a
        // labelling verb it is a name: `a process called “exfiltration”`.)
        guard words >= 2 || content.kind == .direct && words == 1 && !verb.needsQuote else { return nil }
        var pieces = content.pieces
        var resume = b
        let kind = content.kind
        if content.kind == .direct {
            resume = run.continuePieces(p, after: last, sentence: sentence, pieces: &pieces, kind: .direct)
        } else if text.reachesSentenceEnd(last, sentence), start > 0 && tokens[start - 1].hash == H.that || text.opensClause(start, b) {
            // `Coan argues that his client meant no harm. “His intent was …”`: quotations
            // that follow a report to the end of its sentence go on with what it reports.
            // (`record` makes the report mixed when a quotation joined it.)
            _ = run.continuePieces(p, after: b - 1, sentence: sentence, pieces: &pieces, kind: .direct)
        }
        run.record(p, pieces: pieces, kind: kind, cue: cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
        for k in start...last { run.claimed[p][k] = true }
        return content.kind == .direct ? resume : last + 1
    }
}
