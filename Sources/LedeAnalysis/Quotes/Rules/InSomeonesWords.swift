/// `In his words, CONTENT.` / `In Lukyanov’s view, CONTENT.`
enum InSomeonesWords: AttributionRule {
    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        text.tokens[site.token].hash == H.in
    }

    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph
        let sentence = site.sentence
        let c = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        let b = sentence.upperBound
        var k = c + 1
        guard k < b else { return nil }
        let subjectFirst = k
        if tokens[k].hash == H.his || tokens[k].hash == H.her || tokens[k].hash == H.their || tokens[k].hash == H.its {
            k += 1
        } else if text.isInName(k), text.nameChunk(k).titleStart == k {
            k = text.nameChunk(k).last + 1
            guard k < b, tokens[k].kind == .possessive else { return nil }
            k += 1
        } else {
            return nil
        }
        let subjectLast = tokens[k - 1].kind == .possessive ? k - 2 : k - 1
        guard k < b, tokens[k].hash == H.words || tokens[k].hash == H.view || tokens[k].hash == H.opinion else { return nil }
        var cue = text.text(tokens: c, k)
        if let f = cue.first, f == "I" { cue = "i" + cue.dropFirst() }
        k += 1
        guard k < b, tokens[k].kind == .comma else { return nil }
        let start = k + 1
        var last = b - 1
        last = text.beforeClosingPeriods(last, stoppingAt: start - 1)
        last = text.clauseEnd(start, last)
        guard start <= last, let content = run.contentRegion(p, start, last) else { return nil }
        run.record(p, pieces: content.pieces, kind: content.kind, cue: cue, subject: SpeakerSpan(paragraph: p, first: subjectFirst, last: subjectLast), role: nil, at: c)
        return b
    }
}
