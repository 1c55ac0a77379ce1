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
        if text.tokens[open].isOpenQuote, text.quoteOf[open] == Int32(open), isTitleCase(text, open..<(text.quoteLast(open) + 1)) { return }
        if text.tokens[open].isOpenQuote, text.quoteOf[open] == Int32(open), text.quoteLast(open) < last {
            var pieces = [inside(p, open)]
            _ = continuePieces(p, after: text.quoteLast(open), sentence: text.sentences[0], pieces: &pieces, kind: .direct)
            record(p, pieces: pieces, kind: .direct, cue: ":", subject: SpeakerSpan(paragraph: p, first: 0, last: chunk.last), role: nil, at: colon)
            return
        }
        guard let content = contentRegion(p, colon + 1, last) else { return }
        record(p, pieces: content.pieces, kind: content.kind, cue: ":", subject: SpeakerSpan(paragraph: p, first: 0, last: chunk.last), role: nil, at: colon)
    }

    /// Whether most words of a stretch are capitalized (a headline in title case, where
    /// capitals tell no names).
    func isTitleCase(_ text: ParagraphText, _ stretch: Range<Int>) -> Bool {
        var words = 0, capitalized = 0
        for k in stretch where text.tokens[k].kind == .word {
            words += 1
            if text.tokens[k].capitalized { capitalized += 1 }
        }
        return words >= 4 && capitalized * 10 >= words * 6
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
              !isTitleCase(text, open..<(text.quoteLast(open) + 1))
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
                || isNounBeforeTitle(text, first - 1)
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

    /// Particles that belong to a verb of speaking (`shot back`, `chimed in`, `went on`).
    static let speakingParticles: Set<UInt64> = WordHash.set(["back", "in", "on", "up", "out"])

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
        guard !isTitleCase(text, open..<(close + 1)), tokens[j].kind == .word else { return nil }
        // The verb and, after it, where the attribution ends.
        var verb = -1
        var subject: SubjectPhrase?
        var end = -1
        if !tokens[j].capitalized, isSpeakingVerb(text, j) {
            // Inverted: `“…,” barked Trump.`
            let afterVerb = verbEnd(text, j, b)
            guard let np = forwardSpeaker(p, from: afterVerb + 1, to: b), endsClause(text, np.end, b) else { return nil }
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
                while k < b, k - j < Self.longestPostposedSpeaker, tokens[k].kind == .word, !isSpeakingVerb(text, k), !H.clauseWords.contains(tokens[k].hash) { k += 1 }
                // (`the bespectacled, 71-year-old diplomat said`: an adjective in -ed is no verb
                // right after the article.)
                last = k - 1 > j ? k - 1 : -1
            }
            guard last >= j, last + 1 < b else { return nil }
            var v = last + 1
            while v < b, tokens[v].kind == .word, !tokens[v].capitalized, isAdverb(text, v) || H.modifiers.contains(tokens[v].hash) { v += 1 }
            guard v < b, tokens[v].kind == .word, !tokens[v].capitalized, isSpeakingVerb(text, v) else { return nil }
            verb = v
            end = verbEnd(text, v, b)
            guard endsClause(text, end, b) else { return nil }
            let first = H.determiners.contains(tokens[j].hash) ? j : (text.chunkOf[j] >= 0 ? text.chunks[Int(text.chunkOf[j])].titleStart : j)
            subject = SubjectPhrase(first: first, last: last, boundary: close, role: nil)
        }
        guard let subject, verb >= 0 else { return nil }
        let cue = text.text(tokens: verb, verbEnd(text, verb, b)).lowercased()
        var pieces = [inside(p, open)]
        let resume = continuePieces(p, after: end, sentence: sentence, pieces: &pieces, kind: .direct)
        record(p, pieces: pieces, kind: .direct, cue: cue, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: verb)
        return resume
    }

    /// A lowercase word that reads as a verb of a post-posed attribution the cue list lacks:
    /// a past form in -ed (`barked`, `interjected`) or one of a few irregular ones (`shot back`).
    func isSpeakingVerb(_ text: ParagraphText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        guard t.kind == .word, !t.capitalized, H.cues[t.hash] == nil, !H.clauseWords.contains(t.hash), !H.finiteVerbs.contains(t.hash) else { return false }
        return isPastTense(text, k) || H.irregularSpeakingVerbs.contains(t.hash)
    }

    /// The verb's last token: the verb itself, or a particle right after it (`shot back`).
    func verbEnd(_ text: ParagraphText, _ verb: Int, _ b: Int) -> Int {
        verb + 1 < b && text.tokens[verb + 1].kind == .word && Self.speakingParticles.contains(text.tokens[verb + 1].hash) ? verb + 1 : verb
    }

    /// `opposition leader`, `fire chief`: a lowercase word that is neither a verb nor a function
    /// word, right before a title, is part of the role.
    func isNounBeforeTitle(_ text: ParagraphText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        guard k + 1 < text.tokens.count, t.kind == .word, !t.capitalized, text.tokens[k + 1].kind == .word, !text.tokens[k + 1].capitalized,
              H.titles.contains(text.tokens[k + 1].hash)
        else { return false }
        return H.cues[t.hash] == nil && !isPastTense(text, k) && !H.prepositions.contains(t.hash) && !H.determiners.contains(t.hash)
            && !H.andBut.contains(t.hash) && !H.clauseWords.contains(t.hash) && !isAdverb(text, k) && !isParticiple(text, k)
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
        if verb.thought && !text.is(c + 1, H.that) && !opensClause(text, c + 1, sentence.upperBound) { return nil }
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
               !(isParticiple(text, c) && H.prepositions.contains(prev.hash))
            {
                return nil
            }
            // `was told`, `was on Wednesday reported` are passive; `is telling` is not.
            if !isParticiple(text, c) {
                var j = c - 1
                while j > sentence.lowerBound, c - j < 4, text.tokens[j].kind == .word, H.circumstance.contains(text.tokens[j].hash) || isAdverb(text, j) || text.tokens[j].capitalized && c - j > 1 {
                    j -= 1
                }
                if H.passiveAux.contains(text.tokens[j].hash) { return nil }
            }
            // `Some reports suggest`, `ten states`: a plural noun after a quantifier or a number.
            if H.quantifiers.contains(prev.hash) || prev.kind == .number, text.scalars[Int(t.end) - 1] == "s" { return nil }
            // `suspected of asking`, `accused of saying`: what someone is suspected of is no report.
            if isParticiple(text, c), prev.hash == H.of, c >= 2, text.tokens[c - 2].kind == .word, isPastTense(text, c - 2) { return nil }
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
           !next.needsQuote, !isParticiple(text, c), !isPastTense(text, c), !H.verbOnlyCueForms.contains(t.hash),
           isPastTense(text, c + 1) || H.verbOnlyCueForms.contains(text.tokens[c + 1].hash)
        {
            return nil
        }
        if H.thoughtExtra.contains(t.hash), text.is(c + 1, H.to) { return nil }
        if t.capitalized && c == sentence.lowerBound { return nil }
        verb.object = verb.object || t.hash == H.pointed
        return verbCue(p, sentence, c, verb)
    }

    // MARK: verbs

    /// The most words of a clause's subject after a thought verb (`found the river had …`).
    static let longestClauseSubject = 4
    /// The most words of such a subject with an `of` in it (`the chances of those trapped were`).
    static let longestClauseSubjectWithOf = 8

    /// Whether a clause starts at `k` without `that` (`believes he can win`, `thinks Clinton
    /// will lose`): a subject pronoun, or a name, then a verb-like lowercase word.
    func opensClause(_ text: ParagraphText, _ k: Int, _ b: Int) -> Bool {
        guard k + 1 < b, text.tokens[k].kind == .word, text.quoteOf[k] < 0 else { return false }
        let t = text.tokens[k]
        if H.subjectPronouns.contains(t.hash) || t.hash == H.i { return text.tokens[k + 1].kind == .word && !text.tokens[k + 1].capitalized }
        // `found the river had been polluted`: a short noun phrase, then a finite verb.
        if H.articlesAndOwners.contains(t.hash) || H.quantifiers.contains(t.hash) {
            var j = k + 1
            var longest = Self.longestClauseSubject
            while j < b, j - k <= longest, text.tokens[j].kind == .word || text.tokens[j].kind == .possessive, text.quoteOf[j] < 0 {
                let h = text.tokens[j].hash
                if H.finiteVerbs.contains(h) && h != H.that || H.irregularPast.contains(h) || isPastTense(text, j) && j > k + 1 { return j > k + 1 }
                if h == H.of, j > k + 1 {
                    longest = Self.longestClauseSubjectWithOf
                    j += 1
                    continue
                }
                // (Right after the article a cue word is a noun: `the state would`, `the suspect was`.)
                if H.prepositions.contains(h) || H.cues[h] != nil && j > k + 1 { return false }
                j += 1
            }
            return false
        }
        guard t.capitalized, text.chunkOf[k] >= 0 else { return false }
        let after = text.chunks[Int(text.chunkOf[k])].last + 1
        guard after < b, text.tokens[after].kind == .word, !text.tokens[after].capitalized else { return false }
        let h = text.tokens[after].hash
        return H.finiteVerbs.contains(h) || H.modifiers.contains(h) || isPastTense(text, after)
    }

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
            && (H.modifiers.contains(tokens[before].hash) || isAdverb(text, before))
            || tokens[before].kind == .possessive && before > a && H.pronouns.contains(tokens[before - 1].hash)
        {
            before -= 1
        }

        // Inverted: `“…,” said Alexander Panov, former …` / `…, said X.` (Never `…, told X` or
        // `…, telling X`: after those comes whom they spoke to.)
        if before >= a, before < c, !isParticiple(text, c), !H.tellForms.contains(tokens[c].hash), tokens[before].kind == .comma || tokens[before].isCloseQuote && text.quoteOf[before] >= 0 {
            let contentLast = contentEndBefore(text, before)
            if let np = forwardSpeaker(p, from: cueEnd + 1, to: b), contentLast >= a, endsClause(text, np.end, b) {
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
        if before >= a, before == c - 1, isParticiple(text, c), let chunk = chunkEnding(p, before) {
            // `a banner from People's Vote saying …`: an owner's name and the name it owns are one.
            var first = chunk.titleStart
            if first - 2 >= a, tokens[first - 1].kind == .possessive, let owner = chunkEnding(p, first - 2) { first = owner.titleStart }
            subject = SubjectPhrase(first: first, last: chunk.last, boundary: first - 1, role: nil)
        } else if before >= a, isParticiple(text, c), afterComma(text, before), let last = found.last, last.place.paragraph == p,
                  last.place.token >= a, last.place.token < c, let s = last.subject, s.paragraph == p
        {
            // `Zapata said the winds were strong, adding …`: the participle goes with the last speaker.
            subject = SubjectPhrase(first: s.first, last: s.last, boundary: a - 1, role: last.role)
        } else if before >= a, isParticiple(text, c) && (afterComma(text, before) || H.subordinators.contains(tokens[before].hash))
            || tokens[before].kind == .word && H.andBut.contains(tokens[before].hash)
        {
            if let s = sentenceSubject(p, a, before) { subject = s }
        }
        // A reported thought needs its thinker: not the words before `and` (`lists Saha as
        // belonging to the Air Force and states it runs flights`).
        if verb.thought, let s = subject, s.last >= a, tokens[s.last].kind == .word, H.andBut.contains(tokens[s.last].hash) { return nil }
        let tail = tailAfterCue(text, cueEnd + 1, b, verb)
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
                let contentLast = contentEndBefore(text, boundary)
                // `X said she felt … because “…,” she said. “…”`: the clause is already X's
                // report; only the quotations after it are what this cue adds.
                if contentLast >= a, claimed[p][contentLast], tail.onlyTail {
                    var pieces: [TextSpan] = []
                    let resume = continuePieces(p, after: tail.end, sentence: sentence, pieces: &pieces, kind: .direct)
                    record(p, pieces: pieces, kind: .direct, cue: cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
                    return resume
                }
                if contentLast >= a, !isOpeningPhrase(text, a, contentLast), let content = contentRegion(p, a, contentLast),
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
        var start = verb.needsQuote ? cueEnd + 1 : afterCueStart(text, cueEnd + 1, b, verb)
        // `posted on Facebook: “…”`: circumstances before a colon are not what was said.
        if verb.needsQuote, let colon = (start..<min(b, start + Self.longestAside)).first(where: { tokens[$0].kind == .colon || tokens[$0].isOpenQuote }),
           tokens[colon].kind == .colon, colon > start, colon + 1 < b, tokens[colon + 1].isOpenQuote, isCircumstance(text, start, colon)
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
        last = clauseEnd(text, start, last)
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
            last = fragmentEnd(text, start, last)
        }
        // `said before he died`, `said as he left`: a circumstance of the saying, not what was
        // said (`said if elected he would …` is a report).
        guard let content = contentRegion(p, start, last) else { return nil }
        if content.kind == .indirect, tokens[start].kind == .word, H.subordinators.contains(tokens[start].hash), tokens[start].hash != H.if { return nil }
        if verb.needsQuote && content.kind == .indirect { return nil }
        // `said by telephone this week.`: circumstances of the saying and nothing said.
        if content.kind == .indirect, isOnlyCircumstance(text, start, last) { return nil }
        // `Harlow Motors recalled 9,000 vans`: a recall that takes no clause is no memory.
        if content.kind == .indirect, H.recallForms.contains(tokens[c].hash), tokens[start].hash != H.that, !opensClause(text, start, b) { return nil }
        var words = 0
        for k in start...last where tokens[k].isWord { words += 1 }
        guard words >= 2 else { return nil }
        var pieces = content.pieces
        var resume = b
        var kind = content.kind
        if content.kind == .direct {
            resume = continuePieces(p, after: last, sentence: sentence, pieces: &pieces, kind: .direct)
        } else if reachesSentenceEnd(text, last, sentence), start > 0 && tokens[start - 1].hash == H.that || opensClause(text, start, b) {
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

    /// Whether tokens `first...last` are a prepositional phrase with no verb in it (`by
    /// telephone this week`, `about halfway through the debate`).
    func isOnlyCircumstance(_ text: ParagraphText, _ first: Int, _ last: Int) -> Bool {
        let t = text.tokens[first]
        // (`to …` and `about …` after a cue are what was urged or spoken of.)
        guard t.kind == .word, H.circumstancePrepositions.contains(t.hash) || t.hash == H.by || t.hash == H.from else { return false }
        for k in first...last {
            let token = text.tokens[k]
            if token.isOpenQuote || token.isCloseQuote { return false }
            if token.kind == .word, H.finiteVerbs.contains(token.hash) || H.cues[token.hash] != nil || H.subjectPronouns.contains(token.hash) || isPastTense(text, k) {
                return false
            }
        }
        return true
    }

    /// Whether nothing but closing punctuation follows token `last` in the sentence.
    func reachesSentenceEnd(_ text: ParagraphText, _ last: Int, _ sentence: Range<Int>) -> Bool {
        var k = last + 1
        while k < sentence.upperBound {
            if text.tokens[k].kind != .period || text.quoteOf[k] >= 0 { return false }
            k += 1
        }
        return true
    }

    /// Where a reported clause that starts at `start` ends, at most at `last`: before a comma
    /// or closing mark followed by a new clause (`, but …`, `, adding …`, `” when …`), a dash or
    /// a semicolon outside quotation marks.
    func clauseEnd(_ text: ParagraphText, _ start: Int, _ last: Int) -> Int {
        guard start < last else { return last }
        let tokens = text.tokens
        var k = start + 1
        while k <= last {
            let t = tokens[k]
            if text.quoteOf[k] < 0 || text.closeOf[Int(text.quoteOf[k])] == k {
                if t.kind == .semicolon || t.kind == .dash && (k + 1 > last || tokens[k + 1].start > t.end) && t.start > tokens[k - 1].end {
                    return k - 1
                }
                // `… is “depleted” and says he will …`, `… “witness,” and then tweeted that …`: a
                // second reporting verb starts a new report.
                if t.kind == .word, H.andBut.contains(t.hash), k + 1 <= last {
                    var verb = k + 1
                    if verb + 1 <= last, tokens[verb].kind == .word, H.sequenceAdverbs.contains(tokens[verb].hash) { verb += 1 }
                    if tokens[verb].kind == .word, !tokens[verb].capitalized, H.cues[tokens[verb].hash] != nil, !isParticiple(text, verb) {
                        return k - 1
                    }
                }
                // `“tied for second place” with Rubio, in a finish that …`, `“rapists” (although …)`:
                // a circumstance or an aside after a quoted fragment is the writer's.
                if k > start, tokens[k - 1].isCloseQuote || tokens[k - 1].kind == .comma && k >= 2 && tokens[k - 2].isCloseQuote,
                   t.kind == .openParen || t.kind == .comma && k + 1 <= last && tokens[k + 1].kind == .word && H.circumstancePrepositions.contains(tokens[k + 1].hash)
                {
                    return tokens[k - 1].kind == .comma ? k - 2 : k - 1
                }
                // Only after a comma: `, but …`, `,” adding …` (a comma inside or after the mark).
                if t.kind == .comma || t.isCloseQuote, k + 1 <= last {
                    var n = k + 1
                    var comma = t.kind == .comma || tokens[k - 1].kind == .comma
                    if tokens[n].kind == .comma, n + 1 <= last { n += 1; comma = true }
                    // `,” further remarking, …`
                    if n + 1 <= last, tokens[n].kind == .word, H.modifiers.contains(tokens[n].hash) || isAdverb(text, n) || tokens[n].hash == H.further,
                       isParticiple(text, n + 1), H.cues[tokens[n + 1].hash] != nil
                    {
                        n += 1
                    }
                    let next = tokens[n]
                    if comma, next.kind == .word, !next.capitalized,
                       H.clauseBreakers.contains(next.hash) || isParticiple(text, n) && H.cues[next.hash] != nil
                    {
                        return t.isCloseQuote ? k : k - 1
                    }
                    // `… because “most people don’t know,” she said.`: a second attribution
                    // closes the clause the first one reports.
                    if comma, next.kind == .word, H.subjectPronouns.contains(next.hash), n + 1 <= last,
                       tokens[n + 1].kind == .word, H.cues[tokens[n + 1].hash] != nil
                    {
                        return t.isCloseQuote ? k : k - 1
                    }
                }
            }
            k += 1
        }
        return last
    }

    /// `described Clinton as a “disgrace” after she …`: what a labelling verb reports ends with
    /// its last quoted fragment when a new clause or circumstance follows it.
    func fragmentEnd(_ text: ParagraphText, _ start: Int, _ last: Int) -> Int {
        var k = last
        while k > start {
            let t = text.tokens[k]
            if t.isCloseQuote, text.quoteOf[k] >= 0, text.closeOf[Int(text.quoteOf[k])] == k {
                var n = k + 1
                while n <= last, text.tokens[n].kind == .comma { n += 1 }
                if n <= last, text.tokens[n].kind == .word,
                   H.subordinators.contains(text.tokens[n].hash) || H.circumstance.contains(text.tokens[n].hash)
                    || H.andBut.contains(text.tokens[n].hash) && n + 1 <= last && H.cues[text.tokens[n + 1].hash] != nil
                {
                    return k
                }
                return last
            }
            k -= 1
        }
        return last
    }

    /// `On Thursday,` / `Earlier this week on live television,`: a short phrase of time or place
    /// that opens a sentence, not something said.
    /// The most tokens an opening phrase without a verb may have (`In a new study released by
    /// the Florida Museum of Natural History on Monday,` has 15).
    static let longestOpeningPhrase = 20

    func isOpeningPhrase(_ text: ParagraphText, _ first: Int, _ last: Int) -> Bool {
        let t = text.tokens[first]
        guard t.kind == .word, H.connectors.contains(t.hash) || H.circumstance.contains(t.hash), last - first < Self.longestOpeningPhrase else { return false }
        for k in first...last where text.tokens[k].isOpenQuote || text.tokens[k].kind == .word && (H.finiteVerbs.contains(text.tokens[k].hash) || H.cues[text.tokens[k].hash] != nil) {
            return false
        }
        return true
    }

    /// A comma, or a closing mark right after a comma (`…,” adding`).
    func afterComma(_ text: ParagraphText, _ k: Int) -> Bool {
        text.tokens[k].kind == .comma || text.tokens[k].isCloseQuote && k > 0 && text.tokens[k - 1].kind == .comma
    }

    /// A cue in `-ing` (`saying`, `adding`).
    func isParticiple(_ text: ParagraphText, _ k: Int) -> Bool {
        text.token(k, endsWith: "ing", longerThan: 4)
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

    /// Whether the speaker phrase after an inverted cue closes the clause: the sentence ends, or
    /// a comma, colon or dash follows, or circumstances (`said Alexander Panov on Tuesday.`).
    /// The most tokens of circumstance after an inverted speaker (`said X in a follow-up
    /// interview on Tuesday.`).
    static let longestCircumstance = 10

    func endsClause(_ text: ParagraphText, _ end: Int, _ b: Int) -> Bool {
        var k = end + 1
        if k >= b { return true }
        if text.tokens[end].kind == .word && H.andBut.contains(text.tokens[end].hash) { return false }
        // After an article, the nouns of a circumstance (`in an interview`, `during the second GOP
        // debate`, `in a Friday tweet`) may follow.
        var inNounPhrase = false
        while k < b, k - end < Self.longestCircumstance, text.tokens[k].kind == .word || text.tokens[k].kind == .period && text.tokens[k].abbreviation {
            let t = text.tokens[k]
            if t.kind == .word {
                let isArticle = H.articlesAndOwners.contains(t.hash)
                guard H.circumstance.contains(t.hash) || H.notSpeakerStart.contains(t.hash) || H.determiners.contains(t.hash) || t.capitalized
                    || H.venues.contains(t.hash)
                    || inNounPhrase && !H.clauseWords.contains(t.hash) && H.cues[t.hash] == nil && !H.relatives.contains(t.hash)
                else { break }
                if isArticle { inNounPhrase = true }
            }
            k += 1
        }
        if k >= b { return true }
        let t = text.tokens[k]
        // `said a strategist who spoke on the condition of anonymity.`: a relative clause about the speaker.
        if t.kind == .word, H.personRelatives.contains(t.hash) { return true }
        return t.kind == .period || t.kind == .comma || t.kind == .colon || t.kind == .dash || t.kind == .semicolon
    }

    /// A word ending in `-ly` (an adverb between subject and verb).
    func isAdverb(_ text: ParagraphText, _ k: Int) -> Bool {
        guard text.token(k, endsWith: "ly", longerThan: 3), !H.lyNouns.contains(text.tokens[k].hash) else { return false }
        // `the rally`, `his family`: after an article or an owner, a word in -ly is a noun.
        return k == 0 || !(text.tokens[k - 1].kind == .possessive || H.articlesAndOwners.contains(text.tokens[k - 1].hash))
    }

    /// The last content token before a boundary comma or closing mark: a comma right after a
    /// closing mark or right before one belongs to neither.
    func contentEndBefore(_ text: ParagraphText, _ boundary: Int) -> Int {
        if text.tokens[boundary].isCloseQuote { return boundary }
        var k = boundary - 1
        while k >= 0, text.tokens[k].kind == .comma { k -= 1 }
        return k
    }

    /// What follows a cue up to the end of the clause, when it only holds the speaker, the
    /// addressee and circumstances (`said Tuesday`, `told Izvestia`, `said in a statement`).
    func tailAfterCue(_ text: ParagraphText, _ from: Int, _ b: Int, _ verb: CueVerb) -> CueTail {
        var k = from
        var count = 0
        while k < b {
            let t = text.tokens[k]
            if t.kind == .period && !t.abbreviation { return CueTail(onlyTail: true, end: k) }
            if t.kind == .comma || t.kind == .semicolon || t.kind == .dash || t.kind == .openParen { return CueTail(onlyTail: true, end: k - 1) }
            if t.isOpenQuote || t.isCloseQuote || t.kind == .colon { return CueTail(onlyTail: false, end: k) }
            if t.kind == .word, t.hash == H.that || (H.clauseWords.contains(t.hash) && t.hash != H.to) { return CueTail(onlyTail: false, end: k) }
            count += 1
            if count > 14 { return CueTail(onlyTail: false, end: k) }
            k += 1
        }
        return CueTail(onlyTail: true, end: b - 1)
    }

    /// Where what is said starts after a pre-posed cue: after an addressee and circumstances,
    /// at `that`, a colon, a comma or an opening mark when one comes soon.
    func afterCueStart(_ text: ParagraphText, _ from: Int, _ b: Int, _ verb: CueVerb) -> Int {
        // `told “Morning Joe” on Friday that …`: a `that` soon after the cue opens what is said.
        var j = from
        while j < b, j - from < 14 {
            let t = text.tokens[j]
            // `He said "That's pretty cool"`: a quotation opens what is said, whatever it holds;
            // a short quoted name on the way does not (`told “Good Morning America” that`).
            if t.isOpenQuote {
                let close = text.closeOf[j] ?? -1
                guard j > from || verb.object, close > j, close - j <= Self.longestQuotedName else { break }
                j = close + 1
                continue
            }
            if t.kind == .word, t.hash == H.that { return j }
            if t.kind == .period && !t.abbreviation || t.kind == .colon || t.kind == .comma && text.quoteOf[j] < 0 { break }
            // (`said in May that`: a capital makes the month, not the verb.)
            if t.kind == .word, text.quoteOf[j] < 0, !t.capitalized, H.clauseWords.contains(t.hash) || H.subjectPronouns.contains(t.hash),
               !(verb.object && t.hash == H.to)
            {
                break
            }
            j += 1
        }
        var k = from
        var steps = 0
        // `said — as reported by Hurriyet Daily News — “…”`: an aside between dashes.
        if k < b, text.tokens[k].kind == .dash,
           let closing = (k + 1..<min(b, k + 1 + Self.longestAside)).first(where: { text.tokens[$0].kind == .dash }), closing + 1 < b
        {
            k = closing + 1
            if text.tokens[k].isOpenQuote { return k }
        }
        while k < b, steps < 14 {
            let t = text.tokens[k]
            if t.kind == .word, t.hash == H.that, text.quoteOf[k] < 0 { return k }
            if t.kind == .colon { return k + 1 }
            // `said “…”` and `told reporters “…”` open with the quotation; `said the tax breaks
            // “do nothing …”` is a clause that holds one.
            if t.isOpenQuote {
                var objectOnly = verb.object
                if objectOnly, k > from {
                    for j in from..<k where !(text.tokens[j].capitalized || H.determiners.contains(text.tokens[j].hash) || H.pronouns.contains(text.tokens[j].hash)) {
                        objectOnly = false
                    }
                }
                if k == from || objectOnly || isCircumstance(text, from, k) { return k }
                return from
            }
            if t.kind == .comma {
                // `said, “…”`, `said Tuesday, …`, `told reporters, …`; but in `reported on a
                // distress call from someone on the boat, who …` the comma ends what was said.
                let addressee = verb.object && k - from <= Self.longestAddressee
                    && (from..<k).allSatisfy { text.tokens[$0].kind == .word && (text.tokens[$0].capitalized || H.determiners.contains(text.tokens[$0].hash) || H.pronouns.contains(text.tokens[$0].hash) || !H.clauseWords.contains(text.tokens[$0].hash)) }
                let quotationNext = k + 1 < b && text.tokens[k + 1].isOpenQuote
                return quotationNext || isCircumstance(text, from, k) || addressee ? k + 1 : from
            }
            if t.kind == .period && !t.abbreviation { break }
            if t.kind == .word, H.clauseWords.contains(t.hash) || H.subjectPronouns.contains(t.hash), !(verb.object && t.hash == H.to) { break }
            if t.kind == .word, verb.object, t.hash == H.to, k > from { return k }
            k += 1
            steps += 1
        }
        // No marker: what is said begins at once, after the addressee of `told`: where a clause
        // opens (`told reporters the state would …`) or after a time (`told reporters today …`).
        if verb.object {
            var opening = from + 1
            while opening < b, opening - from <= Self.longestAddressee, text.tokens[opening].kind == .word, text.quoteOf[opening] < 0 {
                if opensClause(text, opening, b) { return opening }
                if H.timeWords.contains(text.tokens[opening].hash), opening + 1 < b, text.tokens[opening + 1].kind == .word { return opening + 1 }
                opening += 1
            }
            var j = from
            while j < b, text.tokens[j].kind == .word, !H.clauseWords.contains(text.tokens[j].hash), j - from < 4,
                  text.tokens[j].capitalized || H.determiners.contains(text.tokens[j].hash) || H.pronouns.contains(text.tokens[j].hash) || j == from
            {
                j += 1
            }
            return j
        }
        // `indicated on Monday the chances … were`: a circumstance, then the clause.
        var opening = from + 1
        while opening < b, opening - from <= Self.longestAside, isCircumstance(text, from, opening) {
            if H.circumstancePrepositions.contains(text.tokens[from].hash) || H.timeWords.contains(text.tokens[from].hash), opensClause(text, opening, b) {
                return opening
            }
            opening += 1
        }
        return from
    }

    /// The most tokens of an aside between dashes after a cue.
    static let longestAside = 12

    /// The most tokens of an addressee before a comma (`told the crowd in Dayton,`).
    static let longestAddressee = 5

    /// The most tokens of a quoted name between a cue and `that` (`“Good Morning America”`).
    static let longestQuotedName = 6

    /// Whether tokens `from..<upTo` only say when, where or how something was said (`on Friday`,
    /// `in a statement`, `on Twitter`), so a quotation after them is what was said.
    func isCircumstance(_ text: ParagraphText, _ from: Int, _ upTo: Int) -> Bool {
        guard from < upTo else { return true }
        for k in from..<upTo {
            let t = text.tokens[k]
            switch t.kind {
            case .comma, .number: continue
            case .word:
                if text.quoteOf[k] >= 0 { return false }
                if t.capitalized || H.circumstance.contains(t.hash) || H.articlesAndOwners.contains(t.hash) || H.venues.contains(t.hash) { continue }
                return false
            default:
                return false
            }
        }
        return true
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
                  text.tokens[j + 1].kind != .word || (H.cues[text.tokens[j + 1].hash].map { $0.needsQuote && isParticiple(text, j + 1) } ?? true)
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
