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
}
