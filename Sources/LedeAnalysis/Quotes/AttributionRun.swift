/// One article's attributions being found. The constructions are rule types under `Rules/`
/// (one per construction: `PostposedCue`, `InvertedCue`, `PreposedCue`, `AccordingTo`,
/// `NamedColon` …); `findAll` tries them over each sentence in reading order. What a rule takes
/// as said is claimed here so that no later rule takes it twice, and the quotation helpers
/// below (`contentRegion`, `continuePieces` …) are what every rule builds its content with.
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

    /// Reads every sentence in order: the constructions that can only open a sentence or a
    /// paragraph first, then each token where one of the others may start. A rule that matches
    /// claims what it took as said, so no later rule takes it again. Then the cue model, when
    /// given, reads what the rules left (see `LearnedCue`).
    mutating func findAll(model: CueModel? = .shipped) {
        for p in texts.indices {
            let text = texts[p]
            // An editor's note speaks for the publisher about the article: its opening sentence
            // reports nothing (`Editor's Note: An article on Monday … reported that …`); what it
            // goes on to give (`officials said`) is reported as anywhere else.
            for (si, sentence) in text.sentences.enumerated() where !(si == 0 && text.isEditorsNote) {
                let opening = RuleSite(paragraph: p, sentenceIndex: si, sentence: sentence, token: sentence.lowerBound)
                _ = DashSignature.apply(at: opening, in: &self)
                if ParagraphOpeningColon.starts(at: opening, in: text) { _ = ParagraphOpeningColon.apply(at: opening, in: &self) }
                var k = sentence.lowerBound
                if let next = UnlistedVerbAfterQuotation.apply(at: opening, in: &self) { k = next }
                while k < sentence.upperBound {
                    let site = RuleSite(paragraph: p, sentenceIndex: si, sentence: sentence, token: k)
                    if NamedColon.starts(at: site, in: text), let next = NamedColon.apply(at: site, in: &self) {
                        k = max(next, k + 1)
                        continue
                    }
                    if text.quoteOf[k] < 0, text.tokens[k].kind == .word, !claimed[p][k], let next = wordRule(at: site) {
                        k = max(next, k + 1)
                        continue
                    }
                    k += 1
                }
                UnlistedVerbBeforeFragment.apply(paragraph: p, sentence: sentence, in: &self)
                ColonBeforeQuotation.apply(paragraph: p, sentence: sentence, in: &self)
            }
        }
        guard let model else { return }
        for p in texts.indices where !texts[p].isEditorsNote {
            LearnedCue.apply(paragraph: p, model: model, in: &self)
        }
    }

    /// The construction a word outside quotation marks starts, tried in order; the first whose
    /// word this is decides.
    mutating func wordRule(at site: RuleSite) -> Int? {
        let text = texts[site.paragraph]
        guard H.ruleStarts.contains(text.tokens[site.token].hash) else { return nil }
        if AccordingTo.starts(at: site, in: text) { return AccordingTo.apply(at: site, in: &self) }
        if AskedQuestion.starts(at: site, in: text), let next = AskedQuestion.apply(at: site, in: &self) { return next }
        if InPoll.starts(at: site, in: text), let next = InPoll.apply(at: site, in: &self) { return next }
        if InSomeonesWords.starts(at: site, in: text) { return InSomeonesWords.apply(at: site, in: &self) }
        if AsSomeonePutIt.starts(at: site, in: text), let next = AsSomeonePutIt.apply(at: site, in: &self) { return next }
        if SentenceOpeningCue.starts(at: site, in: text) { return SentenceOpeningCue.apply(at: site, in: &self) }
        if HeadlineCue.starts(at: site, in: text), let next = HeadlineCue.apply(at: site, in: &self) { return next }
        if CitedTopic.starts(at: site, in: text), let next = CitedTopic.apply(at: site, in: &self) { return next }
        if PollShare.starts(at: site, in: text), let next = PollShare.apply(at: site, in: &self) { return next }
        if DocumentFinding.starts(at: site, in: text), let next = DocumentFinding.apply(at: site, in: &self) { return next }
        if StatedIntention.starts(at: site, in: text), let next = StatedIntention.apply(at: site, in: &self) { return next }
        if SeemingClause.starts(at: site, in: text), let next = SeemingClause.apply(at: site, in: &self) { return next }
        return ReportingVerb.apply(at: site, in: &self)
    }

    // MARK: verbs

    /// The most tokens between an inverted speaker and the quotation it introduces.
    static let longestRelativeClause = 16

    /// The most tokens of a phrase between an attribution and the quotation it resumes
    /// (`Tester said, referring to …, “…”`).
    static let longestPhraseBeforeResumedQuotation = 16

    /// Content from token `first` to `last` inclusive: one direct quotation, or a clause
    /// (mixed when it holds a double mark).
    func contentRegion(_ p: Int, _ firstIn: Int, _ lastIn: Int) -> Content? {
        let text = texts[p]
        var first = firstIn
        var last = lastIn
        // `cheered for “President Sanders”`, `turned to “little” Marco`: a preposition right
        // before the quotation is the verb's, not the speaker's words.
        // (Not `to`, as often an infinitive's: `promises to “make America great again”`. What
        // is left stays a report of the verb's, mixed, not a quotation on its own.)
        if first + 1 <= last, text.tokens[first].kind == .word, text.tokens[first].hash != H.to, H.prepositions.contains(text.tokens[first].hash),
           text.opensClosedQuotation(first + 1)
        {
            first += 1
        }
        while last >= first, text.tokens[last].kind == .comma { last -= 1 }
        guard first <= last else { return nil }
        var hasWord = false
        for k in first...last where text.tokens[k].isWord { hasWord = true; break }
        guard hasWord else { return nil }
        if first == firstIn, text.opensQuotation(first), text.quoteLast(first) >= last {
            return Content(pieces: [inside(p, first)], kind: .direct)
        }
        let mixed = text.holdsQuotation(first...last)
        // A clause that starts with a quotation, and has only a few words after it, reads as
        // the quotation alone (`“…” he says, adding …`).
        return Content(pieces: [TextSpan(paragraph: p, range: text.scalarRange(first, last))], kind: mixed ? .mixed : .indirect)
    }

    /// The words inside the quotation opened at `open`, marks and a final comma left out.
    func inside(_ p: Int, _ open: Int) -> TextSpan {
        let text = texts[p]
        let lastTok = text.quoteLast(open)
        var hi = Int(text.tokens[lastTok].end)
        if text.closeOf[open] >= 0 { hi = Int(text.tokens[lastTok].start) }
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
        guard first < sentence.upperBound, text.opensQuotation(first), !claimed[p][first] else { return false }
        let last = text.quoteLast(first)
        var k = last + 1
        while k < sentence.upperBound {
            if text.tokens[k].isWord { return false }
            k += 1
        }
        return true
    }

    /// Whether a sentence opens with a closed quotation, not yet taken, and the words after it
    /// hold no cue of their own (no new speaker comes).
    func opensWithQuotationAlone(_ p: Int, _ sentence: Range<Int>) -> Bool {
        let text = texts[p]
        let first = sentence.lowerBound
        guard first < sentence.upperBound, text.opensClosedQuotation(first), !claimed[p][first] else { return false }
        var k = text.quoteLast(first) + 1
        while k < sentence.upperBound {
            let t = text.tokens[k]
            if t.isOpenQuote || t.kind == .word && (H.cues[t.hash] != nil || t.hash == H.according || text.isInName(k)) { return false }
            k += 1
        }
        return true
    }

    /// Whether paragraph `p` is quotations only, each closed in it, none of them taken. (One
    /// left open runs on over paragraphs: an excerpt more often than a speaker going on.)
    func isQuotationsOnly(_ p: Int) -> Bool {
        texts[p].sentences.allSatisfy { isQuoteOnly(p, $0) && texts[p].opensClosedQuotation($0.lowerBound) }
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
            while j + 1 < sentence.upperBound, j - k < Self.longestPhraseBeforeResumedQuotation, !text.tokens[j + 1].isOpenQuote, text.quoteOf[j + 1] < 0,
                  text.tokens[j + 1].kind != .word || (H.cues[text.tokens[j + 1].hash].map { $0.needsQuote && text.isParticiple(j + 1) } ?? true)
            {
                j += 1
            }
            // (`“…,” she said, but despite …, “I think he will do it,” said Kunin.`: a quotation
            // handed over to an attribution of its own is that one's.)
            if j + 1 < sentence.upperBound, text.tokens[j].kind == .comma || text.tokens[j].kind == .colon,
               text.opensQuotation(j + 1), !hasOwnAttribution(p, quotationAt: j + 1, sentence)
            {
                pieces.append(inside(p, j + 1))
                k = text.quoteLast(j + 1) + 1
                resume = max(resume, k)
            }
        }
        // `Climate change, Obama said, is the greatest threat.`: the clause goes on after the attribution.
        if kind != .direct, resume == end + 1, k < sentence.upperBound, text.tokens[k].kind == .comma {
            var last = sentence.upperBound - 1
            last = text.beforeClosingPeriods(last, stoppingAt: k)
            var words = 0
            var hasCue = false
            if k + 1 <= last {
                for j in (k + 1)...last where text.tokens[j].kind == .word {
                    words += 1
                    if H.cues[text.tokens[j].hash] != nil && text.quoteOf[j] < 0 || j == k + 1 && H.connectors.contains(text.tokens[j].hash) { hasCue = true }
                }
            }
            // (`If the bill stalls, he said, Congress can …`: after a subordinate clause the main
            // clause follows, whatever its first word.)
            let afterSubordinate = text.tokens[sentence.lowerBound].kind == .word && H.subordinators.contains(text.tokens[sentence.lowerBound].hash)
            if words >= 3, !hasCue, !text.tokens[k + 1].capitalized || afterSubordinate {
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
            // `“After much consideration, I have concluded …” or to control the arsenal.`: a
            // sentence that opens with a quotation and reports nothing of its own goes on with
            // the quotation, and the run of quotations ends there.
            if si < t.sentences.count, opensWithQuotationAlone(para, t.sentences[si]) {
                let open = t.sentences[si].lowerBound
                pieces.append(inside(para, open))
                claimed[para][open] = true
                if para == p { resume = max(resume, t.quoteLast(open) + 1) }
                break
            }
            // A quotation left open at the end of the paragraph goes on in the next one; so does
            // a paragraph made only of quotations right after an attribution that ends its own
            // (`“…,” Moreau tells the Daily Post.` ¶ `“She’s the one we hoped for.”`).
            guard si >= t.sentences.count, para + 1 < texts.count,
                  let first = texts[para + 1].sentences.first, isQuoteOnly(para + 1, first)
            else { break }
            if let mark = lastOpen, mark.paragraph == para {
                guard texts[mark.paragraph].closeOf[mark.token] < 0 || para == p && isQuotationsOnly(para + 1) else { break }
            } else {
                guard para == p, isQuotationsOnly(para + 1) else { break }
            }
            para += 1
            si = 0
        }
        return resume
    }

    /// Whether the quotation opening at `open` hands over to a cue right after it (`“…,” said
    /// Kunin`, `“…,” Kunin said`, `“…,” she added`) within the sentence.
    func hasOwnAttribution(_ p: Int, quotationAt open: Int, _ sentence: Range<Int>) -> Bool {
        let text = texts[p]
        let close = text.quoteLast(open)
        guard text.closeOf[open] > open, text.quotationHandsOver(closingAt: close) else { return false }
        var k = close + 1
        guard k < sentence.upperBound, text.tokens[k].kind == .word else { return false }
        if text.isInName(k) { k = text.nameChunk(k).last + 1 } else if H.subjectPronouns.contains(text.tokens[k].hash) { k += 1 }
        guard k < sentence.upperBound, text.tokens[k].kind == .word, !text.tokens[k].capitalized else { return false }
        return H.cues[text.tokens[k].hash] != nil && text.isFiniteForm(k)
    }

    /// Whether a piece of content holds a double quotation mark or quoted words.
    func holdsQuotation(_ span: TextSpan) -> Bool {
        let text = texts[span.paragraph]
        let first = text.tokenIndex(atOrAfter: span.range.lowerBound)
        var last = first
        while last < text.tokens.count, Int(text.tokens[last].start) < span.range.upperBound { last += 1 }
        return last > first && text.holdsQuotation(first...(last - 1))
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
        // `Trump, Sexton said, has created a “strange … zone.”`: a report is mixed when any of
        // its pieces quotes, not only its first.
        var kind = kind
        if kind == .indirect, pieces.contains(where: { holdsQuotation($0) }) { kind = .mixed }
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
