/// `“…” — Carla Sanchez.`: a quotation signed with a dash and a name.
enum DashSignature: AttributionRule {
    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        site.token == site.sentence.lowerBound
    }

    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph
        let sentence = site.sentence
        let text = run.texts[p]
        let first = sentence.lowerBound
        if first == 0, let signed = signedParagraph(p, in: run) {
            run.record(p, pieces: [signed.quoted], kind: .direct, cue: "—", subject: signed.speaker, role: nil, at: signed.dash)
            return nil
        }
        guard text.opensClosedQuotation(first) else { return nil }
        let dash = text.quoteLast(first) + 1
        guard dash + 1 < sentence.upperBound, text.tokens[dash].kind == .dash, let chunkIndex = Optional(text.chunkOf[dash + 1]), chunkIndex >= 0 else { return nil }
        let chunk = text.chunks[Int(chunkIndex)]
        guard chunk.titleStart == dash + 1, chunk.kind == .person else { return nil }
        var end = chunk.last + 1
        var role: String?
        if end + 1 < sentence.upperBound, text.tokens[end].kind == .comma, let r = run.roleAfter(p, end + 1, sentence.upperBound) {
            role = text.text(tokens: end + 1, r)
            end = r + 1
        }
        guard end >= sentence.upperBound || text.tokens[end].kind == .period else { return nil }
        run.record(p, pieces: [run.inside(p, first)], kind: .direct, cue: "—", subject: SpeakerSpan(paragraph: p, first: chunk.titleStart, last: chunk.last), role: role, at: dash)
        return nil
    }

    /// A paragraph of quoted sentences signed at its end (`“… I’d rather live in what he calls
    /// “hell” than …” ― Adriana Rodarte`): from the opening mark to the closing mark before the
    /// dash, whatever marks stand inside (readers' comments nest them loosely).
    struct SignedParagraph {
        var quoted: TextSpan
        var speaker: SpeakerSpan
        var dash: Int
    }

    static func signedParagraph(_ p: Int, in run: AttributionRun) -> SignedParagraph? {
        let text = run.texts[p]
        let tokens = text.tokens
        guard tokens.count > Self.shortestSignedParagraph, tokens[0].isOpenQuote, !run.claimed[p][0] else { return nil }
        var last = tokens.count - 1
        if tokens[last].kind == .period { last -= 1 }
        guard last > 2, text.isInName(last) else { return nil }
        let chunk = text.nameChunk(last)
        let dash = chunk.titleStart - 1
        guard chunk.kind == .person, chunk.last == last, dash > 1, tokens[dash].kind == .dash, tokens[dash - 1].isCloseQuote else { return nil }
        let lo = Int(tokens[0].end), hi = Int(tokens[dash - 1].start)
        guard lo < hi else { return nil }
        return SignedParagraph(quoted: TextSpan(paragraph: p, range: lo..<hi), speaker: SpeakerSpan(paragraph: p, first: chunk.titleStart, last: chunk.last), dash: dash)
    }

    /// The fewest tokens of a signed paragraph: a mark, a word, a mark, a dash and a name.
    static let shortestSignedParagraph = 5
}
