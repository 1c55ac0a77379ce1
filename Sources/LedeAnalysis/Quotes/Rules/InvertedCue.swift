/// `“…,” said Alexander Panov, former …` / `…, said X.`: the cue after what was said, the
/// speaker after the cue.
enum InvertedCue: CueReading {
    static func apply(_ site: CueSite, subject: SubjectPhrase?, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, sentence = site.sentence, c = site.cue, verb = site.verb
        let cueEnd = site.cueEnd, cueText = site.cueText, before = site.before
        let text = run.texts[p]
        let tokens = text.tokens
        let b = sentence.upperBound
        var a = sentence.lowerBound
        // Inverted: `“…,” said Alexander Panov, former …` / `…, said X.` (Never `…, told X` or
        // `…, telling X`: after those comes whom they spoke to.)
        if before >= a, before < c, !text.isParticiple(c), !H.tellForms.contains(tokens[c].hash), tokens[before].kind == .comma || tokens[before].isCloseQuote && text.quoteOf[before] >= 0 {
            let contentLast = text.contentEndBefore(before)
            // What this cue reports is only the quotation before it when that quotation is set off
            // by a parenthesis (`… from members (“I want my dues back,” wrote Edward Nelson, …)`),
            // or by a comma after an attribution earlier in the sentence (`“…,” she said, but
            // despite …, “I think he will do it,” said Kunin`). (Only a verb of saying whose
            // speaker follows: not `…, described the impact as “horrendous,” he said`.)
            if contentLast > a, tokens[contentLast].isCloseQuote, text.quoteOf[contentLast] > Int32(a), !verb.object, !verb.needsQuote, !verb.aimed {
                let open = Int(text.quoteOf[contentLast])
                if tokens[open - 1].kind == .openParen || tokens[open - 1].kind == .comma && (a..<open).contains(where: { run.claimed[p][$0] }) { a = open }
            }
            // (`“…,” Kaplan, a writer, said dryly.`: an adverb after the cue is no speaker.)
            if let np = run.forwardSpeaker(p, from: cueEnd + 1, to: b), contentLast >= a,
               !(np.speaker.first == np.speaker.last && !tokens[np.speaker.first].capitalized && text.isAdverb(np.speaker.first)),
               text.endsClause(np.end, b) || closedQuotationBefore(a, contentLast, text)
            {
                // (`Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member …`:
                // a noun phrase before the comma is the subject, not what was said, unless its
                // verb comes after the speaker: `The paradox, says Carl Anthony, is that …`.)
                let verbAfterSpeaker = np.end + 2 < b && tokens[np.end + 1].kind == .comma && text.holdsVerb(np.end + 2, np.end + 2)
                if let content = run.contentRegion(p, a, contentLast), !((verb.needsQuote || verb.aimed) && content.kind != .direct),
                   content.kind != .indirect || verbAfterSpeaker || text.holdsVerb(a, contentLast)
                {
                    var pieces = content.pieces
                    let kind = content.kind
                    let resume = run.continuePieces(p, after: np.end, sentence: sentence, pieces: &pieces, kind: kind)
                    run.record(p, pieces: pieces, kind: kind, cue: cueText, subject: np.speaker, role: np.role, at: c)
                    // `said Lena Ortiz, a captain who said she would strike`: the relative clause
                    // about the speaker may report something of its own.
                    let relativeClause = np.end + 1 < b && tokens[np.end + 1].kind == .word && H.personRelatives.contains(tokens[np.end + 1].hash)
                    return relativeClause ? np.end + 1 : resume
                }
            }
        }
        return nil
    }

    /// `“…,” said Phil Musser of digital firm IMGE`, `“…,” said a source involved in the
    /// PAC’s creation`: when what comes before the cue is one whole quotation closed by a
    /// comma, a question or an exclamation, the cue is inverted whatever the speaker phrase
    /// runs on to.
    static func closedQuotationBefore(_ a: Int, _ contentLast: Int, _ text: ParagraphText) -> Bool {
        text.opensClosedQuotation(a) && text.quoteLast(a) == contentLast && contentLast - 1 > a && text.quotationHandsOver(closingAt: contentLast)
    }
}
