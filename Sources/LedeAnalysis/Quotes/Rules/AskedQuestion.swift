/// `Asked whether she would run again, the mayor smiled.`, `When asked about the budget, …`,
/// `Voters were also asked to rank the candidates.`: a question put to someone the writer does
/// not name as the asker. What is attributed is the question, to no one: it runs from its
/// opening word (`whether`, `if`, `about`, `how` …) to the comma that closes the phrase, or for
/// a passive to the end of the clause.
enum AskedQuestion: AttributionRule {
    /// The most tokens of circumstance between `asked` and the question (`Asked at a briefing on
    /// Monday in the capital about …`).
    static let longestCircumstanceBeforeQuestion = 10

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        let k = site.token
        guard text.tokens[k].hash == H.asked, k + 1 < site.sentence.upperBound else { return false }
        if k == site.sentence.lowerBound { return true }
        let before = text.tokens[k - 1]
        guard before.kind == .word else { return false }
        // `When asked …`, `after being asked …`, `was asked …`.
        if H.questionOccasions.contains(before.hash) { return true }
        return H.passiveAux.contains(text.tokens[text.beforeAdverbs(of: k, from: site.sentence.lowerBound)].hash)
    }

    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, sentence = site.sentence, c = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        let b = sentence.upperBound
        let passive = c > sentence.lowerBound && tokens[c - 1].kind == .word && !H.questionOccasions.contains(tokens[c - 1].hash)
        // The question opens soon after the verb; circumstances may come first.
        guard let start = (c + 1..<min(b, c + 1 + Self.longestCircumstanceBeforeQuestion)).first(where: { k in
            tokens[k].isOpenQuote || tokens[k].kind == .word && (H.questionOpeners.contains(tokens[k].hash) || passive && tokens[k].hash == H.to)
        }), (c + 1..<start).allSatisfy({ tokens[$0].kind != .comma || text.quoteOf[$0] >= 0 }) else { return nil }
        var last = b - 1
        last = text.beforeClosingPeriods(last, stoppingAt: start)
        if !passive {
            // The phrase ends at its comma; what follows is the answer, reported on its own.
            guard let comma = (start + 1..<b).first(where: { tokens[$0].kind == .comma && text.quoteOf[$0] < 0 || tokens[$0].kind == .comma && tokens[$0 - 1].isCloseQuote })
            else { return nil }
            last = comma - 1
        } else {
            last = text.clauseEnd(start, last)
        }
        guard start < last, let content = run.contentRegion(p, start, last) else { return nil }
        run.record(p, pieces: content.pieces, kind: content.kind, cue: text.text(tokens: c, c).lowercased(), subject: nil, role: nil, at: c)
        for k in start...last { run.claimed[p][k] = true }
        return last + 1
    }
}
