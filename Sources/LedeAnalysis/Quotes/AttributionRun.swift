/// One article's attributions being found: the cue rules run over each sentence in reading
/// order, and the tokens they take as what was said are claimed so that no cue takes them twice.
struct AttributionRun {
    let texts: [ParagraphText]
    var found: [Found] = []
    /// Tokens already taken as content, per paragraph.
    var claimed: [[Bool]]

    init(_ texts: [ParagraphText]) {
        self.texts = texts
        claimed = texts.map { Array(repeating: false, count: $0.tokens.count) }
    }

    // MARK: finding

    mutating func findAll() {
        for p in texts.indices {
            let text = texts[p]
            for (si, sentence) in text.sentences.enumerated() {
                dashAttribution(p, sentence)
                if si == 0 { colonAttribution(p) }
                var k = sentence.lowerBound
                if let next = unlistedVerbAfterQuotation(p, sentence) { k = next }
                while k < sentence.upperBound {
                    if text.tokens[k].kind == .colon, text.quoteOf[k] < 0, let next = namedColon(p, sentence, k) {
                        k = max(next, k + 1)
                        continue
                    }
                    if text.quoteOf[k] < 0, text.tokens[k].kind == .word, !claimed[p][k] {
                        if let next = tryCue(p, si, k) {
                            k = max(next, k + 1)
                            continue
                        }
                    }
                    k += 1
                }
            }
        }
    }

    /// `WALLACE: Let’s start …` (a transcript) and `Pat Caddell: Voters Worried …` (a
    /// headline): a name and a colon open the paragraph, and the rest is what the named said.
    mutating func colonAttribution(_ p: Int) {
        let text = texts[p]
        guard text.tokens.count > 4, text.chunkOf[0] >= 0 else { return }
        let chunk = text.chunks[Int(text.chunkOf[0])]
        let colon = chunk.last + 1
        guard chunk.titleStart == 0, chunk.words <= 4, colon + 3 < text.tokens.count, text.tokens[colon].kind == .colon, !chunk.thing,
              !H.notSpeakers.contains(text.tokens[chunk.first].hash),
              text.tokens[colon].start == text.tokens[chunk.last].end
        else { return }
        var last = text.tokens.count - 1
        while last > colon, text.tokens[last].kind == .period && text.quoteOf[last] < 0 { last -= 1 }
        // `Moore: "…" Patel: "…"`: a quotation right after the colon is all the first one said.
        let open = colon + 1
        // `Senator Ruiz: ‘We Will Not Back Down’`: a headline, where capitals tell nothing.
        if text.tokens[open].isOpenQuote, text.quoteOf[open] == Int32(open), text.isTitleCase(open..<(text.quoteLast(open) + 1)) { return }
        if text.tokens[open].isOpenQuote, text.quoteOf[open] == Int32(open), text.quoteLast(open) < last {
            var pieces = [inside(p, open)]
            _ = continuePieces(p, after: text.quoteLast(open), sentence: text.sentences[0], pieces: &pieces, kind: .direct)
            record(p, pieces: pieces, kind: .direct, cue: ":", subject: SpeakerSpan(paragraph: p, first: 0, last: chunk.last), role: nil, at: colon)
            return
        }
        guard let content = contentRegion(p, colon + 1, last) else { return }
        record(p, pieces: content.pieces, kind: content.kind, cue: ":", subject: SpeakerSpan(paragraph: p, first: 0, last: chunk.last), role: nil, at: colon)
    }

    /// The most words of a role before a name and a colon (`Republican pollster Daron Shaw:`).
    static let longestColonRole = 4

    /// `… - Mark Blumenthal and Jon Cohen: “…”`, `Clinton: "…" Bush: "…"`, `Republican
    /// pollster Daron Shaw: “…”`: a name right before a colon, and a quotation right after it.
    /// (Not after a cue or a preposition: `told the Nevada Independent: “…”` names whom.)
    mutating func namedColon(_ p: Int, _ sentence: Range<Int>, _ colon: Int) -> Int? {
        let text = texts[p]
        let tokens = text.tokens
        let open = colon + 1
        guard colon > sentence.lowerBound, open < sentence.upperBound, tokens[open].isOpenQuote, text.quoteOf[open] == Int32(open),
              !claimed[p][open], open + 1 >= tokens.count || !claimed[p][open + 1], let chunk = chunkEnding(p, colon - 1), !chunk.thing, chunk.kind != .place,
              !text.isTitleCase(open..<(text.quoteLast(open) + 1))
        else { return nil }
        var first = chunk.titleStart
        // `Mark Blumenthal and Jon Cohen`: two names joined.
        if first - 2 >= sentence.lowerBound, tokens[first - 1].kind == .word, tokens[first - 1].hash == NameChunker.andHash,
           let other = chunkEnding(p, first - 2), other.kind == .person
        {
            first = other.titleStart
        }
        var words = 0
        while first - 1 >= sentence.lowerBound, words < Self.longestColonRole, tokens[first - 1].kind == .word,
              tokens[first - 1].capitalized || H.titles.contains(tokens[first - 1].hash) || H.titleAdjectives.contains(tokens[first - 1].hash)
                || text.isNounBeforeTitle(first - 1)
        {
            first -= 1
            words += 1
        }
        if first - 1 >= sentence.lowerBound, tokens[first - 1].kind == .word, !tokens[first - 1].capitalized {
            let h = tokens[first - 1].hash
            if H.cues[h] != nil || H.prepositions.contains(h) || H.determiners.contains(h) { return nil }
        }
        var pieces = [inside(p, open)]
        let resume = continuePieces(p, after: text.quoteLast(open), sentence: sentence, pieces: &pieces, kind: .direct)
        record(p, pieces: pieces, kind: .direct, cue: ":", subject: SpeakerSpan(paragraph: p, first: first, last: chunk.last), role: nil, at: colon)
        return resume
    }

    /// The most tokens between a quotation's closing mark and the verb of a post-posed
    /// attribution with an unlisted verb (`“…,” the senior senator from Ohio barked`).
    static let longestPostposedSpeaker = 6

    /// `“Go back to Univision,” Trump barked.`, `“Why now?” snapped the judge.`: a quotation
    /// opens the sentence and ends in a comma, a question or an exclamation mark, and a speaker
    /// and a verb the cue list lacks follow. The punctuation, not the verb, says the sentence
    /// goes on to its attribution. Listed verbs are left to the cue rules.
    mutating func unlistedVerbAfterQuotation(_ p: Int, _ sentence: Range<Int>) -> Int? {
        let text = texts[p]
        let tokens = text.tokens
        let open = sentence.lowerBound, b = sentence.upperBound
        guard tokens[open].isOpenQuote, text.quoteOf[open] == Int32(open), !claimed[p][open], (text.closeOf[open] ?? -1) > open else { return nil }
        let close = text.quoteLast(open)
        guard close > open + 2, close + 2 < b else { return nil }
        let lastInside = text.scalars[Int(tokens[close - 1].start)]
        var j = close + 1
        if tokens[j].kind == .comma {
            j += 1
        } else if !(tokens[close - 1].kind == .comma || lastInside == "?" || lastInside == "!") {
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
            guard let np = forwardSpeaker(p, from: afterVerb + 1, to: b), text.endsClause(np.end, b) else { return nil }
            verb = j
            subject = SubjectPhrase(first: np.speaker.first, last: np.speaker.last, boundary: close, role: np.role)
            end = np.end
        } else {
            var last = -1
            if H.subjectPronouns.contains(tokens[j].hash), tokens[j].hash != H.it {
                last = j
            } else if text.chunkOf[j] >= 0, text.chunks[Int(text.chunkOf[j])].titleStart == j {
                last = text.chunks[Int(text.chunkOf[j])].last
            } else if H.determiners.contains(tokens[j].hash) {
                var k = j + 1
                while k < b, k - j < Self.longestPostposedSpeaker, tokens[k].kind == .word, !text.isSpeakingVerb(k), !H.clauseWords.contains(tokens[k].hash) { k += 1 }
                // (`the bespectacled, 71-year-old diplomat said`: an adjective in -ed is no verb
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
            let first = H.determiners.contains(tokens[j].hash) ? j : (text.chunkOf[j] >= 0 ? text.chunks[Int(text.chunkOf[j])].titleStart : j)
            subject = SubjectPhrase(first: first, last: last, boundary: close, role: nil)
        }
        guard let subject, verb >= 0 else { return nil }
        let cue = text.text(tokens: verb, text.verbEnd(verb, b)).lowercased()
        var pieces = [inside(p, open)]
        let resume = continuePieces(p, after: end, sentence: sentence, pieces: &pieces, kind: .direct)
        record(p, pieces: pieces, kind: .direct, cue: cue, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: verb)
        return resume
    }

    /// `“…” — Carla Sanchez.`: a quotation signed with a dash and a name.
    mutating func dashAttribution(_ p: Int, _ sentence: Range<Int>) {
        let text = texts[p]
        let first = sentence.lowerBound
        guard text.tokens[first].isOpenQuote, text.quoteOf[first] == Int32(first), (text.closeOf[first] ?? -1) >= 0 else { return }
        let dash = text.quoteLast(first) + 1
        guard dash + 1 < sentence.upperBound, text.tokens[dash].kind == .dash, let chunkIndex = Optional(text.chunkOf[dash + 1]), chunkIndex >= 0 else { return }
        let chunk = text.chunks[Int(chunkIndex)]
        guard chunk.titleStart == dash + 1, chunk.kind == .person else { return }
        var end = chunk.last + 1
        var role: String?
        if end + 1 < sentence.upperBound, text.tokens[end].kind == .comma, let r = roleAfter(p, end + 1, sentence.upperBound) {
            role = text.text(tokens: end + 1, r)
            end = r + 1
        }
        guard end >= sentence.upperBound || text.tokens[end].kind == .period else { return }
        record(p, pieces: [inside(p, first)], kind: .direct, cue: "—", subject: SpeakerSpan(paragraph: p, first: chunk.titleStart, last: chunk.last), role: role, at: dash)
    }

    /// Tries the cue at token `c`; on success records the attribution and returns the token to go on from.
    mutating func tryCue(_ p: Int, _ si: Int, _ c: Int) -> Int? {
        let text = texts[p]
        let t = text.tokens[c]
        let sentence = text.sentences[si]
        if t.hash == H.according, text.is(c + 1, H.to) { return accordingTo(p, sentence, c) }
        if t.hash == H.in { return inWords(p, sentence, c) }
        if t.hash == H.as, let next = asSomeonePutIt(p, sentence, c) { return next }
        if t.capitalized, c == sentence.lowerBound, H.sayForms.contains(t.hash) { return sentenceOpeningCue(p, sentence, c) }
        // (Capitals in a headline-like first paragraph may be cues, but never inside a name:
        // `the United States House of Representatives issued …`.)
        guard !t.capitalized || p == 0 && text.chunkOf[c] < 0, var verb = H.cues[t.hash] else { return nil }
        if verb.thought && !text.is(c + 1, H.that) && !text.opensClause(c + 1, sentence.upperBound) { return nil }
        // `Do you think …?`: a question put to someone reports nothing they said.
        if verb.thought, c > sentence.lowerBound, text.tokens[c - 1].hash == H.you { return nil }
        if t.hash == H.point || t.hash == H.points || t.hash == H.pointed {
            guard text.is(c + 1, H.out) else { return nil }
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
            if !contraction && !nounWithThat && (prev.hash == H.soCalled || prev.kind == .possessive || H.nounMarkers.contains(prev.hash)),
               !(text.isParticiple(c) && H.prepositions.contains(prev.hash))
            {
                return nil
            }
            // `was told`, `was on Wednesday reported` are passive; `is telling` is not.
            if !text.isParticiple(c) {
                var j = c - 1
                while j > sentence.lowerBound, c - j < 4, text.tokens[j].kind == .word, H.circumstance.contains(text.tokens[j].hash) || text.isAdverb(j) || text.tokens[j].capitalized && c - j > 1 {
                    j -= 1
                }
                if H.passiveAux.contains(text.tokens[j].hash) { return nil }
            }
            // `Some reports suggest`, `ten states`: a plural noun after a quantifier or a number.
            if H.quantifiers.contains(prev.hash) || prev.kind == .number, text.scalars[Int(t.end) - 1] == "s" { return nil }
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
        verb.object = verb.object || t.hash == H.pointed
        return verbCue(p, sentence, c, verb)
    }

    // MARK: verbs

    /// `Said Dora Poynter, who grew up nearby, “We were all so proud of him.”`: the cue opens
    /// the sentence, the speaker follows, and the quotation closes it.
    mutating func sentenceOpeningCue(_ p: Int, _ sentence: Range<Int>, _ c: Int) -> Int? {
        let text = texts[p]
        let b = sentence.upperBound
        guard let np = forwardSpeaker(p, from: c + 1, to: b), np.end + 1 < b else { return nil }
        // The quotation opens after the speaker's commas (a relative clause may stand between).
        var k = np.end + 1
        while k < b, !text.tokens[k].isOpenQuote, text.quoteOf[k] < 0, k - np.end <= Self.longestRelativeClause { k += 1 }
        guard k < b, text.tokens[k].isOpenQuote, text.quoteOf[k] == Int32(k), text.tokens[k - 1].kind == .comma || text.tokens[k - 1].kind == .colon else { return nil }
        let cue = text.text(tokens: c, c).lowercased()
        var pieces = [inside(p, k)]
        let resume = continuePieces(p, after: text.quoteLast(k), sentence: sentence, pieces: &pieces, kind: .direct)
        record(p, pieces: pieces, kind: .direct, cue: cue, subject: np.speaker, role: np.role, at: c)
        return resume
    }

    /// The most tokens between an inverted speaker and the quotation it introduces.
    static let longestRelativeClause = 16

    mutating func verbCue(_ p: Int, _ sentence: Range<Int>, _ c: Int, _ verb: CueVerb) -> Int? {
        let text = texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound, b = sentence.upperBound
        var cueEnd = c
        if tokens[c].hash == H.pointed || tokens[c].hash == H.point || tokens[c].hash == H.points { cueEnd = c + 1 }
        let cueText = text.text(tokens: c, cueEnd).lowercased()

        // Skip modifiers back from the cue: `Kerry also said`, `he has repeatedly said`.
        var before = c - 1
        while before >= a, tokens[before].kind == .word && !tokens[before].capitalized
            && (H.modifiers.contains(tokens[before].hash) || text.isAdverb(before))
            || tokens[before].kind == .possessive && before > a && H.pronouns.contains(tokens[before - 1].hash)
        {
            before -= 1
        }

        // Inverted: `“…,” said Alexander Panov, former …` / `…, said X.` (Never `…, told X` or
        // `…, telling X`: after those comes whom they spoke to.)
        if before >= a, before < c, !text.isParticiple(c), !H.tellForms.contains(tokens[c].hash), tokens[before].kind == .comma || tokens[before].isCloseQuote && text.quoteOf[before] >= 0 {
            let contentLast = text.contentEndBefore(before)
            if let np = forwardSpeaker(p, from: cueEnd + 1, to: b), contentLast >= a, text.endsClause(np.end, b) {
                if let content = contentRegion(p, a, contentLast), !(verb.needsQuote && content.kind == .indirect) {
                    var pieces = content.pieces
                    let kind = content.kind
                    let resume = continuePieces(p, after: np.end, sentence: sentence, pieces: &pieces, kind: kind)
                    record(p, pieces: pieces, kind: kind, cue: cueText, subject: np.speaker, role: np.role, at: c)
                    return resume
                }
            }
        }

        // Subject before the cue; a participle or a second verb takes the sentence's subject
        // (`Trump attacked Clinton, saying, “…”`, `she … and repeatedly says, “…”`).
        var subject = backwardSubject(p, a, before)
        // `footage of Trump saying …`: the name right before a participle is its subject.
        if before >= a, before == c - 1, text.isParticiple(c), let chunk = chunkEnding(p, before) {
            // `a banner from People's Vote saying …`: an owner's name and the name it owns are one.
            var first = chunk.titleStart
            if first - 2 >= a, tokens[first - 1].kind == .possessive, let owner = chunkEnding(p, first - 2) { first = owner.titleStart }
            subject = SubjectPhrase(first: first, last: chunk.last, boundary: first - 1, role: nil)
        } else if before >= a, text.isParticiple(c), text.afterComma(before), let last = found.last, last.place.paragraph == p,
                  last.place.token >= a, last.place.token < c, let s = last.subject, s.paragraph == p
        {
            // `Zapata said the winds were strong, adding …`: the participle goes with the last speaker.
            subject = SubjectPhrase(first: s.first, last: s.last, boundary: a - 1, role: last.role)
        } else if before >= a, text.isParticiple(c) && (text.afterComma(before) || H.subordinators.contains(tokens[before].hash))
            || tokens[before].kind == .word && H.andBut.contains(tokens[before].hash)
        {
            if let s = sentenceSubject(p, a, before) { subject = s }
        }
        // A reported thought needs its thinker: not the words before `and` (`lists Saha as
        // belonging to the Air Force and states it runs flights`).
        if verb.thought, let s = subject, s.last >= a, tokens[s.last].kind == .word, H.andBut.contains(tokens[s.last].hash) { return nil }
        let tail = text.tailAfterCue(cueEnd + 1, b, verb)
        // A quotation just before the subject makes the cue post-posed whatever follows it.
        var quoteFirst = false
        if let subject, subject.boundary >= a, tokens[a].isOpenQuote, text.quoteOf[a] == Int32(a) {
            let close = text.quoteLast(a)
            quoteFirst = close == subject.boundary || close + 1 == subject.boundary && tokens[subject.boundary].kind == .comma
        }
        // `X said, “…”` opens what is said after the cue.
        let opensQuote = tail.end + 2 < b && tokens[tail.end + 1].kind == .comma && tokens[tail.end + 2].isOpenQuote

        // Post-posed: `CONTENT, X said.` / `“…,” X said, “…”`
        if let subject, tail.onlyTail && (!opensQuote || quoteFirst) || quoteFirst {
            let boundary = subject.boundary
            if boundary >= a, tokens[boundary].kind == .comma || tokens[boundary].isCloseQuote && text.quoteOf[boundary] >= 0 {
                let contentLast = text.contentEndBefore(boundary)
                // `X said she felt … because “…,” she said. “…”`: the clause is already X's
                // report; only the quotations after it are what this cue adds.
                if contentLast >= a, claimed[p][contentLast], tail.onlyTail {
                    var pieces: [TextSpan] = []
                    let resume = continuePieces(p, after: tail.end, sentence: sentence, pieces: &pieces, kind: .direct)
                    record(p, pieces: pieces, kind: .direct, cue: cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
                    return resume
                }
                if contentLast >= a, !text.isOpeningPhrase(a, contentLast), let content = contentRegion(p, a, contentLast),
                   !(verb.needsQuote && content.kind == .indirect)
                {
                    var pieces = content.pieces
                    // After a long tail (`said after Pagliano failed to …`) the rest of the sentence
                    // is no part of the quote, but quotation-only sentences after it still are.
                    var resume = tail.end + 1
                    if tail.onlyTail {
                        resume = continuePieces(p, after: tail.end, sentence: sentence, pieces: &pieces, kind: content.kind)
                    } else if content.kind == .direct {
                        _ = continuePieces(p, after: b - 1, sentence: sentence, pieces: &pieces, kind: content.kind)
                    }
                    record(p, pieces: pieces, kind: content.kind, cue: cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
                    return resume
                }
            } else if boundary < a, let previous = previousQuoteSentence(p, sentence) {
                // `“…!” Trump said.`: the quotation is the sentence before.
                var pieces = previous
                let resume = continuePieces(p, after: tail.end, sentence: sentence, pieces: &pieces, kind: .direct)
                record(p, pieces: pieces, kind: .direct, cue: cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
                return resume
            }
        }

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
        var last = b - 1
        while last >= start, tokens[last].kind == .period && text.quoteOf[last] < 0 { last -= 1 }
        if start > last {
            // `X said:` at the end of a paragraph opens the next one.
            if last >= 0, tokens[b - 1].kind == .colon, let next = leadingQuote(p + 1) {
                var pieces = next.pieces
                _ = continuePieces(p + 1, after: next.last, sentence: texts[p + 1].sentences[0], pieces: &pieces, kind: .direct)
                record(p, pieces: pieces, kind: .direct, cue: cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
                return b
            }
            return nil
        }
        last = text.clauseEnd(start, last)
        // `says, “Don’t you do it,” until gunshots are heard`: the quotation alone is what was said.
        if tokens[start].isOpenQuote, text.quoteOf[start] == Int32(start) {
            let close = text.quoteLast(start)
            if close < last, close > start + 1, tokens[close - 1].kind == .comma, tokens[close + 1].kind == .word,
               !tokens[close + 1].capitalized, H.cues[tokens[close + 1].hash] == nil
            {
                last = close
            }
        }
        if verb.needsQuote {
            // The quoted fragment of a labelling verb comes soon, in the same clause.
            var q = start
            while q <= last, !tokens[q].isOpenQuote, tokens[q].kind != .comma, q - start < 12 { q += 1 }
            guard q <= last, tokens[q].isOpenQuote else { return nil }
            last = text.fragmentEnd(start, last)
        }
        // `said before he died`, `said as he left`: a circumstance of the saying, not what was
        // said (`said if elected he would …` is a report).
        guard let content = contentRegion(p, start, last) else { return nil }
        if content.kind == .indirect, tokens[start].kind == .word, H.subordinators.contains(tokens[start].hash), tokens[start].hash != H.if { return nil }
        if verb.needsQuote && content.kind == .indirect { return nil }
        // `said by telephone this week.`: circumstances of the saying and nothing said.
        if content.kind == .indirect, text.isOnlyCircumstance(start, last) { return nil }
        // `Harlow Motors recalled 9,000 vans`: a recall that takes no clause is no memory.
        if content.kind == .indirect, H.recallForms.contains(tokens[c].hash), tokens[start].hash != H.that, !text.opensClause(start, b) { return nil }
        var words = 0
        for k in start...last where tokens[k].isWord { words += 1 }
        guard words >= 2 else { return nil }
        var pieces = content.pieces
        var resume = b
        var kind = content.kind
        if content.kind == .direct {
            resume = continuePieces(p, after: last, sentence: sentence, pieces: &pieces, kind: .direct)
        } else if text.reachesSentenceEnd(last, sentence), start > 0 && tokens[start - 1].hash == H.that || text.opensClause(start, b) {
            // `Coan argues that his client meant no harm. “His intent was …”`: quotations
            // that follow a report to the end of its sentence go on with what it reports.
            let reported = pieces.count
            _ = continuePieces(p, after: b - 1, sentence: sentence, pieces: &pieces, kind: .direct)
            if pieces.count > reported { kind = .mixed }
        }
        record(p, pieces: pieces, kind: kind, cue: cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
        for k in start...last { claimed[p][k] = true }
        return content.kind == .direct ? resume : last + 1
    }

    /// The subject that opens the sentence: a name or a pronoun after any opening connectors.
    func sentenceSubject(_ p: Int, _ a: Int, _ before: Int) -> SubjectPhrase? {
        let text = texts[p]
        var k = a
        // `During a speech earlier in the day, Trump attacked …`: an opening phrase ends at a comma.
        if text.tokens[k].kind == .word, H.connectors.contains(text.tokens[k].hash) {
            var j = k + 1
            while j < before, j - k < 16, text.tokens[j].kind != .comma, text.quoteOf[j] < 0 { j += 1 }
            if j < before, text.tokens[j].kind == .comma { k = j + 1 }
        }
        while k < before, text.tokens[k].kind != .word || text.quoteOf[k] >= 0 || H.connectors.contains(text.tokens[k].hash) && text.chunkOf[k] < 0 { k += 1 }
        guard k < before else { return nil }
        if text.chunkOf[k] >= 0 {
            var chunk = text.chunks[Int(text.chunkOf[k])]
            // `Democratic presidential nominee Hillary Clinton chimed in …`: the name after the title words.
            var j = chunk.last + 1
            while j < before, j - chunk.last <= 4, text.tokens[j].kind == .word, !text.tokens[j].capitalized,
                  H.titles.contains(text.tokens[j].hash) || H.titleAdjectives.contains(text.tokens[j].hash)
            {
                j += 1
            }
            if j < before, j > chunk.last + 1, text.chunkOf[j] >= 0 {
                let next = text.chunks[Int(text.chunkOf[j])]
                if next.titleStart == j, next.kind == .person { chunk = next }
            }
            if chunk.titleStart >= k { return SubjectPhrase(first: chunk.titleStart, last: chunk.last, boundary: a - 1, role: nil) }
        }
        if H.pronouns.contains(text.tokens[k].hash) { return SubjectPhrase(first: k, last: k, boundary: a - 1, role: nil) }
        return nil
    }

    /// Content from token `first` to `last` inclusive: one direct quotation, or a clause
    /// (mixed when it holds a double mark).
    func contentRegion(_ p: Int, _ first: Int, _ lastIn: Int) -> Content? {
        let text = texts[p]
        var last = lastIn
        while last >= first, text.tokens[last].kind == .comma { last -= 1 }
        guard first <= last else { return nil }
        var hasWord = false
        for k in first...last where text.tokens[k].isWord { hasWord = true; break }
        guard hasWord else { return nil }
        let t0 = text.tokens[first]
        if t0.isOpenQuote, text.quoteOf[first] == Int32(first), text.quoteLast(first) >= last {
            return Content(pieces: [inside(p, first)], kind: .direct)
        }
        var mixed = false
        for k in first...last where text.tokens[k].kind == .openDouble || text.tokens[k].kind == .closeDouble || text.quoteOf[k] >= 0 {
            mixed = true
            break
        }
        // A clause that starts with a quotation, and has only a few words after it, reads as
        // the quotation alone (`“…” he says, adding …`).
        return Content(pieces: [TextSpan(paragraph: p, range: text.scalarRange(first, last))], kind: mixed ? .mixed : .indirect)
    }

    /// The words inside the quotation opened at `open`, marks and a final comma left out.
    func inside(_ p: Int, _ open: Int) -> TextSpan {
        let text = texts[p]
        let lastTok = text.quoteLast(open)
        var hi = Int(text.tokens[lastTok].end)
        if text.closeOf[open] ?? -1 >= 0 { hi = Int(text.tokens[lastTok].start) }
        var lo = Int(text.tokens[open].end)
        while lo < hi, text.scalars[lo] == " " { lo += 1 }
        while hi > lo, text.scalars[hi - 1] == " " || text.scalars[hi - 1] == "," { hi -= 1 }
        return TextSpan(paragraph: p, range: lo..<hi)
    }

    /// The quotation that makes up the whole sentence before `sentence`, if not yet taken.
    func previousQuoteSentence(_ p: Int, _ sentence: Range<Int>) -> [TextSpan]? {
        let text = texts[p]
        let index = text.sentenceIndex(containing: sentence.lowerBound)
        guard index > 0 else { return nil }
        let prev = text.sentences[index - 1]
        guard isQuoteOnly(p, prev) else { return nil }
        return [inside(p, prev.lowerBound)]
    }

    /// Whether a sentence is one quotation and nothing else, not yet taken.
    func isQuoteOnly(_ p: Int, _ sentence: Range<Int>) -> Bool {
        let text = texts[p]
        let first = sentence.lowerBound
        guard first < sentence.upperBound, text.tokens[first].isOpenQuote, text.quoteOf[first] == Int32(first), !claimed[p][first] else { return false }
        let last = text.quoteLast(first)
        var k = last + 1
        while k < sentence.upperBound {
            if text.tokens[k].isWord { return false }
            k += 1
        }
        return true
    }

    /// The quotation that opens paragraph `p`, if any.
    func leadingQuote(_ p: Int) -> LeadingQuotation? {
        guard p < texts.count, let first = texts[p].sentences.first, isQuoteOnly(p, first) else { return nil }
        return LeadingQuotation(pieces: [inside(p, first.lowerBound)], last: texts[p].quoteLast(first.lowerBound))
    }

    /// Adds the rest of a split quotation: `, “…”` after the attribution, then the sentences of
    /// the paragraph that are quotations only, then paragraphs that continue a quotation left
    /// open. Returns the token to go on from.
    mutating func continuePieces(_ p: Int, after end: Int, sentence: Range<Int>, pieces: inout [TextSpan], kind: Quote.Kind) -> Int {
        let text = texts[p]
        var k = end + 1
        // Go on right after the attribution: the rest of the sentence may report more.
        var resume = end + 1
        // `“…,” he said, “…”` within the sentence, also after a phrase (`Tester said,
        // referring to …, “…”`).
        if k < sentence.upperBound, text.tokens[k].kind == .comma || text.tokens[k].kind == .colon {
            var j = k
            while j + 1 < sentence.upperBound, j - k < 16, !text.tokens[j + 1].isOpenQuote, text.quoteOf[j + 1] < 0,
                  text.tokens[j + 1].kind != .word || (H.cues[text.tokens[j + 1].hash].map { $0.needsQuote && text.isParticiple(j + 1) } ?? true)
            {
                j += 1
            }
            if j + 1 < sentence.upperBound, text.tokens[j].kind == .comma || text.tokens[j].kind == .colon,
               text.tokens[j + 1].isOpenQuote, text.quoteOf[j + 1] == Int32(j + 1)
            {
                pieces.append(inside(p, j + 1))
                k = text.quoteLast(j + 1) + 1
                resume = max(resume, k)
            }
        }
        // `Climate change, Obama said, is the greatest threat.`: the clause goes on after the attribution.
        if kind != .direct, resume == end + 1, k < sentence.upperBound, text.tokens[k].kind == .comma {
            var last = sentence.upperBound - 1
            while last > k, text.tokens[last].kind == .period && text.quoteOf[last] < 0 { last -= 1 }
            var words = 0
            var hasCue = false
            if k + 1 <= last {
                for j in (k + 1)...last where text.tokens[j].kind == .word {
                    words += 1
                    if H.cues[text.tokens[j].hash] != nil && text.quoteOf[j] < 0 || j == k + 1 && H.connectors.contains(text.tokens[j].hash) { hasCue = true }
                }
            }
            if words >= 3, !hasCue, !text.tokens[k + 1].capitalized {
                pieces.append(TextSpan(paragraph: p, range: text.scalarRange(k + 1, last)))
                resume = sentence.upperBound
            }
        }
        guard kind != .indirect else { return resume }
        // Following sentences that are quotations only.
        var para = p
        var lastOpen = pieces.last.flatMap { span in openMark(before: span) }
        guard end >= 0, end < text.tokens.count else { return resume }
        var si = text.sentenceIndex(containing: end) + 1
        while true {
            let t = texts[para]
            while si < t.sentences.count, isQuoteOnly(para, t.sentences[si]) {
                let open = t.sentences[si].lowerBound
                pieces.append(inside(para, open))
                claimed[para][open] = true
                lastOpen = Place(paragraph: para, token: open)
                if para == p { resume = max(resume, t.sentences[si].upperBound) }
                si += 1
            }
            // A quotation left open at the end of the paragraph goes on in the next one.
            guard si >= t.sentences.count, let mark = lastOpen, mark.paragraph == para, (texts[mark.paragraph].closeOf[mark.token] ?? -1) < 0,
                  para + 1 < texts.count, let first = texts[para + 1].sentences.first, isQuoteOnly(para + 1, first)
            else { break }
            para += 1
            si = 0
        }
        return resume
    }

    /// The opening mark just before a piece, when the piece is a quotation.
    func openMark(before span: TextSpan) -> Place? {
        let text = texts[span.paragraph]
        // The quotation that holds the piece is the one the piece's first token lies in.
        let k = text.tokenIndex(atOrAfter: span.range.lowerBound)
        guard k < text.tokens.count, text.quoteOf[k] >= 0 else { return nil }
        let open = Int(text.quoteOf[k])
        return Int(text.tokens[text.quoteLast(open)].end) >= span.range.upperBound ? Place(paragraph: span.paragraph, token: open) : nil
    }

    mutating func record(_ p: Int, pieces: [TextSpan], kind: Quote.Kind, cue: String, subject: SpeakerSpan?, role: String?, at c: Int) {
        guard !pieces.isEmpty else { return }
        for piece in pieces {
            let text = texts[piece.paragraph]
            var k = text.tokenIndex(atOrAfter: piece.range.lowerBound)
            while k < text.tokens.count, Int(text.tokens[k].end) <= piece.range.upperBound {
                claimed[piece.paragraph][k] = true
                k += 1
            }
        }
        found.append(Found(paragraph: pieces[0].paragraph, pieces: pieces, kind: kind, cue: cue, subject: subject, role: role, place: Place(paragraph: p, token: c)))
    }

}
