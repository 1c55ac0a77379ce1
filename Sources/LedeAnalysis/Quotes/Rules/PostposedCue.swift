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
        guard let subject else { return nil }
        let tail = text.tailAfterCue(cueEnd + 1, b, verb)
        // A quotation just before the subject makes the cue post-posed whatever follows it.
        var quoteFirst = false
        if subject.boundary >= a, text.opensQuotation(a) {
            let close = text.quoteLast(a)
            quoteFirst = close == subject.boundary || close + 1 == subject.boundary && tokens[subject.boundary].kind == .comma
        }
        // `X said, “…”` opens what is said after the cue.
        let opensQuote = tail.end + 2 < b && tokens[tail.end + 1].kind == .comma && tokens[tail.end + 2].isOpenQuote
        // `The streets were empty, he added, “but people still …”`, `…, she said: “…”`: a clause
        // before the attribution and a quotation after it are one report in two pieces.
        let colonQuote = cueEnd + 2 < b && tokens[cueEnd + 1].kind == .colon && text.opensQuotation(cueEnd + 2)
        let resumedAfterClause = (tail.onlyTail && opensQuote || colonQuote) && !quoteFirst && subject.boundary > a
            && tokens[subject.boundary].kind == .comma && text.opensStatement(a, text.contentEndBefore(subject.boundary))
            && (a..<subject.boundary).filter({ tokens[$0].isWord }).count >= Self.shortestClauseBeforeResumedQuotation

        if tail.onlyTail && (!opensQuote || quoteFirst) || quoteFirst || resumedAfterClause {
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
                if contentLast >= a, !text.isOpeningPhrase(a, contentLast), let content = run.contentRegion(p, a, contentLast),
                   !(verb.needsQuote && content.kind == .indirect), !(verb.aimed && content.kind != .direct)
                {
                    var pieces = content.pieces
                    // After a long tail (`said after Pagliano failed to …`) the rest of the sentence
                    // is no part of the quote, but quotation-only sentences after it still are.
                    var resume = tail.end + 1
                    // `said before adding: “…”`: a second cue in the tail is read on its own.
                    if let second = (cueEnd + 1..<min(b, tail.end + 1)).first(where: { tokens[$0].kind == .word && !tokens[$0].capitalized && H.cues[tokens[$0].hash] != nil }) {
                        resume = second
                    }
                    let kind = content.kind
                    if resumedAfterClause {
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
}
