/// `Mayor Says She Will Run Again Next Spring`: a headline in title case, where
/// capitals tell no names and the verb is capitalized like every other word. The words before
/// the verb are the speaker, the words after it what was said.
enum HeadlineCue: AttributionRule {
    /// The most words of a headline's speaker (`Former Clinton Campaign Pollster`).
    static let longestHeadlineSpeaker = 5

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        let k = site.token
        return site.paragraph == 0 && text.tokens[k].capitalized && H.headlineCues.contains(text.tokens[k].hash)
            && k > site.sentence.lowerBound && k - site.sentence.lowerBound <= longestHeadlineSpeaker && k + 2 < site.sentence.upperBound
    }

    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, sentence = site.sentence, c = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound
        guard text.isTitleCase(sentence) else { return nil }
        // The speaker is a plain run of capitalized words (`Trump`, `Top Clinton Aide`).
        guard (a..<c).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized || tokens[$0].kind == .possessive || tokens[$0].kind == .period && tokens[$0].abbreviation })
        else { return nil }
        // A bare title (`Minister Says …`) names no one, and the headline is read no further.
        guard text.isInName(c - 1), !H.titles.contains(tokens[c - 1].hash) else { return sentence.upperBound }
        var last = sentence.upperBound - 1
        last = text.beforeClosingPeriods(last, stoppingAt: c)
        guard last > c + 1, let content = run.contentRegion(p, c + 1, last) else { return nil }
        run.record(p, pieces: content.pieces, kind: content.kind, cue: text.text(tokens: c, c).lowercased(), subject: SpeakerSpan(paragraph: p, first: a, last: c - 1), role: nil, at: c)
        for k in (c + 1)...last { run.claimed[p][k] = true }
        return sentence.upperBound
    }
}
