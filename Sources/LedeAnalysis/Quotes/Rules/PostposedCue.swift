/// `CONTENT, X said.` / `“…,” X said, “…”`: what was said first, then the speaker and the cue.
enum PostposedCue: CueReading {
    /// The fewest words of a clause before an attribution that a quotation after it resumes
    /// (`The streets were empty, he added, “…”`); fewer make an opening phrase.
    static let shortestClauseBeforeResumedQuotation = 4

    static func apply(_ site: CueSite, subject: SubjectPhrase?, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, sentence = site.sentence, c = site.cue, verb = site.verb
        let cueEnd = site.cueEnd, cueText = site.cueText
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound, b = sentence.upperBound
        guard var subject else { return nil }
        let tail = text.tailAfterCue(cueEnd + 1, b, verb)
        // A quotation just before the subject makes the cue post-posed whatever follows it.
        var quoteFirst = false
        if subject.boundary >= a, text.opensQuotation(a) {
            let close = text.quoteLast(a)
            quoteFirst = close == subject.boundary || close + 1 == subject.boundary && tokens[subject.boundary].kind == .comma
            // `“…,” this source told the Post`, `“…,” CBS This Morning co-anchor Dana Lee said`:
            // the words between the quotation and the name are the speaker's description.
            if !quoteFirst, text.opensClosedQuotation(a), let opening = descriptionStart(after: close, before: subject.first, text) {
                quoteFirst = true
                subject = SubjectPhrase(first: subject.first, last: subject.last, boundary: opening - 1, role: subject.role)
            }
        }
        // `X said, “…”` opens what is said after the cue.
        let opensQuote = tail.end + 2 < b && tokens[tail.end + 1].kind == .comma && tokens[tail.end + 2].isOpenQuote
        // `The streets were empty, he added, “but people still …”`, `…, she said: “…”`: a clause
        // before the attribution and a quotation after it are one report in two pieces.
        let colonQuote = cueEnd + 2 < b && tokens[cueEnd + 1].kind == .colon && text.opensQuotation(cueEnd + 2)
        // (`An economic downturn, he said, “could be a good time to borrow.”`: a quotation that
        // opens in lowercase goes on with the sentence the words before the attribution began,
        // whatever they are.)
        let resumesInLowercase = opensQuote && tail.end + 3 < b && tokens[tail.end + 3].kind == .word && !tokens[tail.end + 3].capitalized
        let resumedAfterClause = (tail.onlyTail && opensQuote || colonQuote) && !quoteFirst && subject.boundary > a
            && tokens[subject.boundary].kind == .comma
            && (resumesInLowercase && !text.holdsQuotation(a...subject.boundary) && !text.isOpeningPhrase(a, subject.boundary - 1)
                || text.opensStatement(a, text.contentEndBefore(subject.boundary))
                && (a..<subject.boundary).filter({ tokens[$0].isWord }).count >= Self.shortestClauseBeforeResumedQuotation)

        // `“…?” Trump told Britain’s ITV in an interview aired Monday when asked how.`: after a
        // question or an exclamation that ends the sentence before, a long tail of
        // circumstances still leaves the quotation as what was said.
        let afterQuestion = subject.boundary < a && !tail.onlyTail && run.previousQuoteSentence(p, sentence) != nil
            && text.quotationHandsOver(closingAt: text.quoteLast(text.sentences[text.sentenceIndex(containing: a) - 1].lowerBound))
            && onlyCircumstances(cueEnd + 1, b, text)
        if tail.onlyTail && (!opensQuote || quoteFirst) || quoteFirst || resumedAfterClause || afterQuestion {
            let boundary = subject.boundary
            if boundary >= a, tokens[boundary].kind == .comma || tokens[boundary].isCloseQuote && text.quoteOf[boundary] >= 0 {
                let contentLast = text.contentEndBefore(boundary)
                // `X said she felt … because “…,” she said. “…”`: the clause is already X's
                // report; only the quotations after it are what this cue adds.
                if contentLast >= a, run.claimed[p][contentLast], tail.onlyTail {
                    var pieces: [TextSpan] = []
                    let resume = run.continuePieces(p, after: tail.end, sentence: sentence, pieces: &pieces, kind: .direct)
                    run.record(p, pieces: pieces, kind: .direct, cue: cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
                    return resume
                }
                // (`His final assessment: “It is not quite optimistic,” he said.`: words that end in
                // a colon right before the quotation are the writer's introduction to it.)
                let contentFirst = (a..<max(a, contentLast)).last(where: { k in
                    tokens[k].kind == .colon && text.quoteOf[k] < 0 && text.opensQuotation(k + 1)
                }).map { $0 + 1 } ?? a
                if contentLast >= a, !text.isOpeningPhrase(a, contentLast), let content = run.contentRegion(p, contentFirst, contentLast),
                   !(verb.needsQuote && content.kind == .indirect), !(verb.aimed && content.kind != .direct)
                {
                    var pieces = content.pieces
                    // (The introduction is the writer's and no one else's report.)
                    for k in a..<contentFirst { run.claimed[p][k] = true }
                    // After a long tail (`said after Pagliano failed to …`) the rest of the sentence
                    // is no part of the quote, but quotation-only sentences after it still are.
                    var resume = tail.end + 1
                    // `said before adding: “…”`: a second cue in the tail is read on its own.
                    if let second = (cueEnd + 1..<min(b, tail.end + 1)).first(where: { tokens[$0].kind == .word && !tokens[$0].capitalized && H.cues[tokens[$0].hash] != nil }) {
                        resume = second
                    }
                    let kind = content.kind
                    if resumedAfterClause, resumesInLowercase, let rest = resumedClause(p, openingAt: tail.end + 2, sentence, run) {
                        // (`“is a perfect example of adapting” to the changing economics of golf`:
                        // what follows the quoted words goes on with the same clause.)
                        pieces += rest.content.pieces
                        resume = run.continuePieces(p, after: rest.last, sentence: sentence, pieces: &pieces, kind: .mixed)
                    } else if resumedAfterClause {
                        // (`record` makes the report mixed when a quotation joined it.)
                        resume = run.continuePieces(p, after: colonQuote ? cueEnd : tail.end, sentence: sentence, pieces: &pieces, kind: .mixed)
                    } else if tail.onlyTail {
                        resume = run.continuePieces(p, after: tail.end, sentence: sentence, pieces: &pieces, kind: content.kind)
                    } else if content.kind == .direct {
                        _ = run.continuePieces(p, after: b - 1, sentence: sentence, pieces: &pieces, kind: content.kind)
                    }
                    run.record(p, pieces: pieces, kind: kind, cue: cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
                    return resume
                }
            } else if boundary < a, let previous = run.previousQuoteSentence(p, sentence) {
                // `“…!” Trump said.`: the quotation is the sentence before.
                var pieces = previous
                let resume = run.continuePieces(p, after: tail.end, sentence: sentence, pieces: &pieces, kind: .direct)
                run.record(p, pieces: pieces, kind: .direct, cue: cueText, subject: SpeakerSpan(paragraph: p, first: subject.first, last: subject.last), role: subject.role, at: c)
                return resume
            }
        }
        return nil
    }

    /// The clause that a quotation resumed after an attribution makes, from its opening mark at
    /// `open` to the clause's end: the quotation alone when it runs to the end, or the quoted
    /// words and what goes on after them (`“is a perfect example of adapting” to the changing
    /// economics of golf`).
    static func resumedClause(_ p: Int, openingAt open: Int, _ sentence: Range<Int>, _ run: AttributionRun) -> ResumedClause? {
        let text = run.texts[p]
        guard text.opensClosedQuotation(open) else { return nil }
        let last = text.clauseEnd(open, text.beforeClosingPeriods(sentence.upperBound - 1, stoppingAt: open))
        guard last >= text.quoteLast(open), let content = run.contentRegion(p, open, last) else { return nil }
        return ResumedClause(content: content, last: last)
    }

    /// A clause resumed after an attribution, and its last token.
    struct ResumedClause {
        var content: Content
        var last: Int
    }

    /// Whether tokens `from..<b` after a cue hold no report of their own: no `that`, quotation
    /// mark, colon or semicolon, no finite verb, and a cue only after a subordinator (`when
    /// asked how`).
    static func onlyCircumstances(_ from: Int, _ b: Int, _ text: ParagraphText) -> Bool {
        let tokens = text.tokens
        for k in from..<max(from, b) {
            let t = tokens[k]
            if t.isOpenQuote || t.isCloseQuote || t.kind == .colon || t.kind == .semicolon { return false }
            guard t.kind == .word, !t.capitalized else { continue }
            if H.finiteVerbs.contains(t.hash) { return false }
            if H.cues[t.hash] != nil {
                // (`… when asked how ties would fare if he won`: what follows `when asked` is the
                // question, part of the circumstance.)
                guard k > from, tokens[k - 1].kind == .word, H.subordinators.contains(tokens[k - 1].hash) else { return false }
                return true
            }
        }
        return true
    }

    /// The most words of a description between a quotation and the speaker's name.
    static let longestDescriptionAfterQuotation = 8

    /// Where a description of the speaker starts right after the quotation that closes at
    /// `close` (after its comma, if one follows the mark), when every token up to `first` is a
    /// word, a possessive, an abbreviation's stop or a number, none a verb, cue or clause word.
    static func descriptionStart(after close: Int, before first: Int, _ text: ParagraphText) -> Int? {
        let tokens = text.tokens
        var opening = close + 1
        if opening < first, tokens[opening].kind == .comma { opening += 1 }
        guard opening < first, first - opening <= Self.longestDescriptionAfterQuotation else { return nil }
        for k in opening..<first {
            let t = tokens[k]
            switch t.kind {
            case .word:
                if t.capitalized || H.determiners.contains(t.hash) { continue }
                // (`state Sen. Jo Hale`: a cue word before a capitalized word is a noun.)
                let beforeCapital = k + 1 < first && tokens[k + 1].kind == .word && tokens[k + 1].capitalized
                if H.cues[t.hash] != nil && beforeCapital && !text.isPastTense(k) { continue }
                if H.clauseWords.contains(t.hash) || H.cues[t.hash] != nil || H.relatives.contains(t.hash) || H.andBut.contains(t.hash) || text.isPastTense(k) { return nil }
            case .possessive, .number:
                continue
            case .period where t.abbreviation:
                continue
            default:
                return nil
            }
        }
        return opening
    }
}
