/// A word that may head an attribution the rules left out (`wants to repeal the law`, `backed
/// the measure`, `doubts the figures`): the word, what it would report and who would report it,
/// and the features the cue model weighs.
struct CueCandidate {
    let paragraph: Int
    let token: Int
    let stem: UInt64
    let content: Content
    let subject: SubjectPhrase?
    let features: [UInt64]
}

/// Reads candidates and their features. What a candidate reports is the rest of its clause
/// after the word; its speaker is the subject before it, read as for a reporting verb.
enum CueFeatures {
    /// The templates a feature is built from; the raw value keeps model files stable, so new
    /// cases go at the end.
    enum Template: UInt64 {
        case bias = 1, word, previous, next, beforePrevious, afterNext, wordNext, previousWord, suffix, claimed, subject,
             subjectWord, listedCue, contentWords, contentOpening, contentKind, place, wordContentWords, wordClaimed,
             stem, stemNext, stemPrevious, stemSubject, stemContentWords, subjectHead, stemSuffix
    }

    /// The suffixes `stem` takes off (`supported`, `supporting`, `supports` share `support`),
    /// longest first, with the fewest scalars a word must keep.
    static let inflections: [[Unicode.Scalar]] = [["i", "n", "g"], ["i", "e", "s"], ["i", "e", "d"], ["e", "d"], ["e", "s"], ["e"], ["s"]]
    static let shortestStem = 3

    /// The hash of a word without its inflection: what its forms share.
    static func stem(_ text: ParagraphText, _ k: Int) -> UInt64 {
        let t = text.tokens[k]
        var end = Int(t.end)
        let start = Int(t.start)
        for suffix in inflections where end - start - suffix.count >= shortestStem {
            if zip(text.scalars[(end - suffix.count)..<end], suffix).allSatisfy({ $0 == $1 }) {
                end -= suffix.count
                break
            }
        }
        var h = WordHash.offset
        for i in start..<end { h = WordHash.step(h, WordHash.fold(text.scalars[i].value)) }
        return h
    }

    /// Stand-ins for tokens that are not plain lowercase words.
    enum Slot: UInt64 {
        case outside = 0x51, name, capitalized, number, pronoun
    }

    /// Where a reported clause's length is cut into buckets (in words).
    static let contentWordBuckets = [1, 2, 4, 8, 16]
    /// Where a word's place in its sentence is cut into buckets (in tokens from the start).
    static let placeBuckets = [0, 1, 3, 8]

    /// One feature: a template and a value mixed into one key.
    @inline(__always) static func key(_ template: Template, _ value: UInt64) -> UInt64 {
        var h = (value ^ (template.rawValue &* 0x9e37_79b9_7f4a_7c15)) &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 31
        return h
    }

    @inline(__always) static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* 0x94d0_49bb_1331_11eb) ^ b }

    /// A token as context: its word if lowercase, or what kind of token it is.
    static func describe(_ text: ParagraphText, _ k: Int, in sentence: Range<Int>) -> UInt64 {
        guard sentence.contains(k) else { return Slot.outside.rawValue }
        let t = text.tokens[k]
        switch t.kind {
        case .word:
            if text.isInName(k) { return Slot.name.rawValue }
            if H.pronouns.contains(t.hash) { return Slot.pronoun.rawValue }
            return t.capitalized && k > sentence.lowerBound ? Slot.capitalized.rawValue : t.hash
        case .number: return Slot.number.rawValue
        default: return 0x100 + UInt64(t.kind.rawValue)
        }
    }

    static func bucket(_ value: Int, _ bounds: [Int]) -> UInt64 {
        UInt64(bounds.firstIndex(where: { value <= $0 }) ?? bounds.count)
    }

    /// The candidate at token `k` of `sentence`, or nil when no clause follows the word.
    static func candidate(_ run: AttributionRun, paragraph p: Int, sentence: Range<Int>, token k: Int) -> CueCandidate? {
        let text = run.texts[p]
        let tokens = text.tokens
        let b = sentence.upperBound
        let start = k + 1
        guard start < b, !isPassive(text, k, from: sentence.lowerBound), !isRefusedCue(run, p, k, sentence) else { return nil }
        var last = text.beforeClosingPeriods(b - 1, stoppingAt: k)
        guard last >= start else { return nil }
        last = text.clauseEnd(start, last)
        // (A clause that is one quotation is the rules' to read: they know where quotations end.)
        guard let content = run.contentRegion(p, start, last), content.kind != .direct else { return nil }
        // (What a rule already reports is not reported twice: `Nearly 6 in 10 voters see …`;
        // nor is a clause that holds a rule's cue: `A fan named Amir said …`, `Tom Reyes, standing
        // on the bridge, said …`.)
        guard !run.found.contains(where: { $0.pieces == content.pieces || $0.place.paragraph == p && (start...last).contains($0.place.token) }) else { return nil }
        let before = text.beforeModifiers(of: k, from: sentence.lowerBound)
        let site = CueSite(paragraph: p, sentence: sentence, cue: k, cueEnd: k, cueText: "", verb: CueVerb(object: false, needsQuote: false, thought: false), before: before)
        var subject = ReportingVerb.subjectBefore(site, in: run)
        // `has thrown his support behind Ryan`, `trying to cast himself as …`: read back from a
        // word inside a verb phrase, the subject holds verbs; the sentence's subject is meant.
        // (`without`, `Across`, `The`: a subject must name, point back, or be a noun phrase.)
        if subject.map({ s in s.first < sentence.lowerBound || (s.first...s.last).contains { isVerbal(text, $0) } || !isSubjectLike(text, s) }) ?? true {
            subject = run.sentenceSubject(p, sentence.lowerBound, k) ?? openingNounPhrase(text, sentence, before: k)
        }
        guard !followsShare(text, k, subject) else { return nil }
        // (`Judged by …, Mr. Sanders …`, `Likewise, …`: a lone opening word in -ed, -ing or -ly,
        // or a sentence adverb, names no one; nor does a headline in title case.)
        if let s = subject, s.first == s.last, s.first == sentence.lowerBound,
           text.isPastTense(s.first) || text.isParticiple(s.first) || text.token(s.first, endsWith: "ly", longerThan: 3) || H.sentenceAdverbs.contains(tokens[s.first].hash)
        {
            subject = nil
        }
        guard !text.isTitleCase(sentence) else { return nil }

        let w = tokens[k].hash
        let previous = describe(text, k - 1, in: sentence)
        let next = describe(text, k + 1, in: sentence)
        var words = 0
        for j in start...last where tokens[j].isWord { words += 1 }
        let suffix: UInt64 = text.isParticiple(k) ? 1 : text.isPastTense(k) ? 2 : text.token(k, endsWith: "s", longerThan: 2) ? 3 : 4
        let subjectKind: UInt64
        if let s = subject {
            subjectKind = text.isInName(s.last) ? 1 : H.pronouns.contains(tokens[s.last].hash) ? 2 : 3
        } else {
            subjectKind = 0
        }
        let claimed: UInt64 = run.claimed[p][k] ? 1 : 0
        let cue = H.cues[w]
        let listed: UInt64 = cue == nil ? 0 : cue!.thought ? 2 : cue!.needsQuote ? 3 : 1
        let kind: UInt64 = content.kind == .direct ? 1 : content.kind == .mixed ? 2 : 3
        let wordsBucket = bucket(words, contentWordBuckets)
        let root = stem(text, k)
        let head = subject.map { s in describe(text, s.last, in: sentence) } ?? Slot.outside.rawValue
        let features = [
            key(.stem, root),
            key(.stemNext, pair(root, next)),
            key(.stemPrevious, pair(root, previous)),
            key(.stemSubject, pair(root, subjectKind)),
            key(.stemContentWords, pair(root, wordsBucket)),
            key(.stemSuffix, pair(root, suffix)),
            key(.subjectHead, head),
            key(.bias, 0),
            key(.word, w),
            key(.previous, previous),
            key(.next, next),
            key(.beforePrevious, describe(text, k - 2, in: sentence)),
            key(.afterNext, describe(text, k + 2, in: sentence)),
            key(.wordNext, pair(w, next)),
            key(.previousWord, pair(previous, w)),
            key(.suffix, suffix),
            key(.claimed, claimed),
            key(.subject, subjectKind),
            key(.subjectWord, pair(subjectKind, w)),
            key(.listedCue, listed),
            key(.contentWords, wordsBucket),
            key(.contentOpening, describe(text, start, in: sentence)),
            key(.contentKind, kind),
            key(.place, bucket(k - sentence.lowerBound, placeBuckets)),
            key(.wordContentWords, pair(w, wordsBucket)),
            key(.wordClaimed, pair(w, claimed)),
        ]
        return CueCandidate(paragraph: p, token: k, stem: root, content: content, subject: subject, features: features)
    }

    /// Candidates the model may score high that the rules' readings rule out, applied after
    /// scoring (training sees them as the model does): a time that opens the sentence as the
    /// holder (`Last month saw a petition …`), and for a verb of the cue list a circumstance of the saying as what was
    /// said (`said before the crowd left`, `said by telephone`); what follows a comma or a colon.
    static func isRuledOut(_ candidate: CueCandidate, in text: ParagraphText) -> Bool {
        let k = candidate.token
        if k >= 2, text.tokens[k - 1].kind == .word, H.timeWords.contains(text.tokens[k - 1].hash), text.opensSentence(k - 2) { return true }
        // (`said, “…”` that the rules did not read: a clause that opens with a comma or colon is
        // no stance.)
        if k + 1 < text.tokens.count, text.tokens[k + 1].kind == .comma || text.tokens[k + 1].kind == .colon { return true }
        guard H.cues[text.tokens[k].hash] != nil, candidate.content.kind == .indirect, let piece = candidate.content.pieces.first else { return false }
        let start = text.tokenIndex(atOrAfter: piece.range.lowerBound)
        var last = start
        while last + 1 < text.tokens.count, Int(text.tokens[last + 1].end) <= piece.range.upperBound { last += 1 }
        let first = text.tokens[start]
        return first.kind == .word && H.subordinators.contains(first.hash) && first.hash != H.if || text.isOnlyCircumstance(start, last)
    }

    /// A lowercase word that reads as a verb: no part of a speaker's name or role.
    static func isVerbal(_ text: ParagraphText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        guard t.kind == .word, !t.capitalized else { return false }
        return H.finiteVerbs.contains(t.hash) || H.cues[t.hash] != nil || H.irregularPast.contains(t.hash) || text.isPastTense(k) || text.isParticiple(k)
    }

    /// The most tokens of a noun phrase that opens a sentence as the subject of a stance.
    static let longestOpeningNounPhrase = 8

    /// `The U.S. Secretary of State, in the opinion of experts, was hoping …`, `Neither side,
    /// however, has expressed …`: a short noun phrase after a determiner that opens the
    /// sentence, up to a comma or a verb.
    static func openingNounPhrase(_ text: ParagraphText, _ sentence: Range<Int>, before k: Int) -> SubjectPhrase? {
        let a = sentence.lowerBound
        let opening = text.tokens[a].hash
        guard a < k, text.tokens[a].kind == .word, H.determiners.contains(opening) && opening != H.that || H.distributives.contains(opening) else { return nil }
        var j = a + 1
        while j < k, j - a < Self.longestOpeningNounPhrase, text.quoteOf[j] < 0,
              text.tokens[j].kind == .word && !isVerbal(text, j) && !H.clauseWords.contains(text.tokens[j].hash) || text.tokens[j].kind == .possessive
                || text.tokens[j].kind == .period && text.tokens[j].abbreviation
        {
            j += 1
        }
        guard j > a + 1, j < k, text.tokens[j].kind == .comma || isVerbal(text, j), text.tokens[j - 1].kind == .word, !H.prepositions.contains(text.tokens[j - 1].hash) else { return nil }
        return SubjectPhrase(first: a, last: j - 1, boundary: a - 1, role: nil)
    }

    /// A subject that names someone, points back to them, or is a noun phrase after its article.
    static func isSubjectLike(_ text: ParagraphText, _ s: SubjectPhrase) -> Bool {
        let last = text.tokens[s.last], first = text.tokens[s.first]
        guard last.kind == .word else { return false }
        if text.isInName(s.last) || H.pronouns.contains(last.hash) { return true }
        return s.last > s.first && first.kind == .word && (H.determiners.contains(first.hash) || H.articlesAndOwners.contains(first.hash)) && !H.prepositions.contains(last.hash)
    }

    /// Whether token `k` may be a candidate at all: a lowercase word outside quotation marks,
    /// not a preposition or an adverb in -ly (`widely seen`, `talk about`: the rules read those
    /// constructions), and not a verb of the cue list that only cues a quotation (`called it
    /// sound`).
    /// The same goes for verbs of talking (`eager to talk about`), for `named` (`a fan named
    /// Amir`) and for forms that are as often a performer's part as a view (`portrayed the
    /// harbor master in two films`).
    @inline(__always) static func mayHead(_ text: ParagraphText, _ k: Int) -> Bool {
        let t = text.tokens[k]
        return t.kind == .word && !t.capitalized && text.quoteOf[k] < 0 && !(H.cues[t.hash]?.needsQuote ?? false) && !H.prepositions.contains(t.hash)
            && !H.talkForms.contains(t.hash) && !H.performanceForms.contains(t.hash) && t.hash != H.named && !text.isAdverb(k)
    }

    /// `The request was refused`, `is said to have fled`: a passive with no agent holds no
    /// one's stance; nor does a label (`known as Brexit`).
    static func isPassive(_ text: ParagraphText, _ k: Int, from a: Int) -> Bool {
        let h = text.tokens[k].hash
        guard text.isPastTense(k) || H.irregularParticiples.contains(h) || H.cues[h] != nil && !text.isParticiple(k) else { return false }
        if text.is(k + 1, H.as) { return true }
        let before = text.beforeAdverbs(of: k, from: a)
        return before >= a && text.tokens[before].kind == .word && H.passiveAux.contains(text.tokens[before].hash)
    }

    /// A verb of the cue list where the rules refuse it on purpose: already read as a cue, a
    /// thought put as a question to someone (`Do you think …`), what someone is suspected or
    /// accused of (`suspected of asking`), no answer (`did not respond`), a recall of goods, a
    /// noun (`in answer to`), an infinitive of purpose (`to discuss the strike`).
    static func isRefusedCue(_ run: AttributionRun, _ p: Int, _ k: Int, _ sentence: Range<Int>) -> Bool {
        let text = run.texts[p]
        guard let verb = H.cues[text.tokens[k].hash] else { return false }
        if run.found.contains(where: { $0.place.paragraph == p && $0.place.token == k }) { return true }
        guard k > sentence.lowerBound else { return false }
        let previous = text.tokens[k - 1].hash
        if verb.thought && previous == H.you || text.isParticiple(k) && previous == H.of { return true }
        // (`in answer to a question`: a noun; `appeared on the show to discuss the strike`: an
        // infinitive of purpose, where no control verb governs it.)
        if H.nounMarkers.contains(previous) && !text.isParticiple(k) { return true }
        if previous == H.to, k < sentence.lowerBound + 2 || !H.controlVerbs.contains(text.tokens[k - 2].hash) { return true }
        // (`did not respond to our letters`: no answer is no report.)
        if H.respondForms.contains(text.tokens[k].hash), H.negationsAndHedges.contains(previous) { return true }
        // (`Harlow Motors recalled 9,000 vans`: a recall that takes no clause is no memory.)
        return H.recallForms.contains(text.tokens[k].hash) && !text.is(k + 1, H.that) && !text.opensClause(k + 1, sentence.upperBound)
    }

    /// `The top 1 percent would see the largest cuts`: a verb of opinion after a share is a
    /// poll's answer, which `PollShare` reads (or refuses).
    static func followsShare(_ text: ParagraphText, _ k: Int, _ subject: SubjectPhrase?) -> Bool {
        guard H.opinionVerbs.contains(text.tokens[k].hash), let s = subject else { return false }
        return (s.first...s.last).contains { text.isShareOfPeople($0) }
    }
}
