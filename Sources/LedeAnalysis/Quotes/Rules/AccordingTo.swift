/// `According to X, CONTENT.` and `CONTENT, according to X.`
enum AccordingTo: AttributionRule {
    /// The most tokens of a source's description after `according to` (`surveys carried out
    /// for the broadcaster and two newspapers by a polling company`).
    static let longestSourceDescription = 16
    /// The fewest words of a clause going on after `, according to X,`.
    static let shortestContinuation = 3

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        return text.tokens[site.token].hash == H.according && text.is(site.token + 1, H.to)
    }

    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph
        let sentence = site.sentence
        let c = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        var a = sentence.lowerBound
        let b = sentence.upperBound
        // `And it hasn't gone unnoticed: According to recent polls, …`: a colon starts anew.
        if let colon = (a..<c).last(where: { tokens[$0].kind == .colon && text.quoteOf[$0] < 0 }) { a = colon + 1 }
        // `according to preliminary results of the survey`: an adjective of time opens the source.
        var from = c + 2
        if from + 1 < b, tokens[from].kind == .word, H.sourceAdjectives.contains(tokens[from].hash) { from += 1 }
        guard var np = run.forwardSpeaker(p, from: from, to: b) else { return nil }
        np.speaker.first = c + 2
        // `Rescuers, …, according to the ministry recovered ten survivors`: a verb with its object
        // right after the source (the comma left out) is no part of the source; the clause the
        // source interrupts goes on with it.
        let verbAfterSource = np.end + 2 < b && tokens[np.end + 1].kind == .word && !tokens[np.end + 1].capitalized && text.isPastTense(np.end + 1)
            && (tokens[np.end + 2].kind == .number || tokens[np.end + 2].kind == .word && H.determiners.contains(tokens[np.end + 2].hash)
                || text.boundsCount(at: np.end + 2))
        // `according to preliminary results of surveys carried out for the broadcaster by a pollster,`:
        // a source's own description runs to the comma.
        if np.end + 1 < b, tokens[np.end + 1].kind != .comma, tokens[np.end + 1].kind != .period, np.role == nil, !verbAfterSource,
           let comma = (np.end + 1..<min(b, np.end + 1 + Self.longestSourceDescription)).first(where: { tokens[$0].kind == .comma || tokens[$0].kind == .period && !tokens[$0].abbreviation }),
           (np.end + 1..<comma).allSatisfy({ tokens[$0].kind != .word || !H.finiteVerbs.contains(tokens[$0].hash) && !H.clauseWords.contains(tokens[$0].hash) || tokens[$0].hash == H.to })
        {
            np.speaker.last = comma - 1
            np.end = comma - 1
        }
        var lead = a
        while lead < c, tokens[lead].kind == .word && H.connectors.contains(tokens[lead].hash) || tokens[lead].kind == .comma { lead += 1 }
        if lead == c {
            // `According to these videos and NPR, the police then surrounded the attacker, …`:
            // what follows the source is the content, not its role, when it has a verb.
            // (`a retired general`: a past participle after a determiner, or opening the stretch,
            // describes; roles holding clause words never get this far.)
            if np.role != nil, np.end > np.speaker.last + 1, let comma = (np.speaker.last + 1..<np.end).first(where: { tokens[$0].kind == .comma }),
               stride(from: comma + 2, through: np.end, by: 1).contains(where: { k in
                   tokens[k].kind == .word && !tokens[k].capitalized && text.isPastTense(k)
                       && !(tokens[k - 1].kind == .word && H.determiners.contains(tokens[k - 1].hash))
               }) {
                np.role = nil
                np.end = comma - 1
            }
            // `According to the study, skulls with spikes …`: only a person has a role, and a
            // role reads as one (an article, a title, a capital), not as the start of a clause.
            if np.role != nil, np.end > np.speaker.last, let roleComma = (np.speaker.last + 1...np.end).first(where: { tokens[$0].kind == .comma }) {
                let roleFirst = roleComma + 1
                let isPerson = text.isInName(np.speaker.last) && text.nameChunk(np.speaker.last).kind == .person
                let roleLike = tokens[roleFirst].capitalized || H.determiners.contains(tokens[roleFirst].hash) || H.titles.contains(tokens[roleFirst].hash)
                    || NameRegistry.qualifierHashes.contains(tokens[roleFirst].hash) || H.pronouns.contains(tokens[roleFirst].hash)
                if !isPerson || !roleLike {
                    np.role = nil
                    np.end = roleComma - 1
                }
            }
            // `According to those who attended, …`: a relative clause belongs to the source.
            if np.end + 1 < b, tokens[np.end + 1].kind == .word, H.personRelatives.contains(tokens[np.end + 1].hash) {
                var j = np.end + 1
                while j < b, tokens[j].kind != .comma, j - np.end <= AttributionRun.longestRelativeClause { j += 1 }
                if j < b, tokens[j].kind == .comma {
                    np.speaker.last = j - 1
                    np.end = j - 1
                }
            }
            // `According to Tom Berg, the plan reeks of fear.`: a role runs on to a comma before
            // what was said; one that runs to the sentence's end was what was said.
            if np.role != nil, np.end + 1 >= b || tokens[np.end + 1].kind != .comma,
               let roleComma = (np.speaker.last + 1..<min(b, np.end + 1)).first(where: { tokens[$0].kind == .comma })
            {
                np.role = nil
                np.end = roleComma - 1
            }
            var start = np.end + 1
            guard start < b, tokens[start].kind == .comma else { return nil }
            start += 1
            // Skip a relative clause on the source: `according to the report, which …, X`.
            if start < b, H.relatives.contains(tokens[start].hash) {
                while start < b, tokens[start].kind != .comma { start += 1 }
                start += 1
            }
            var last = b - 1
            last = text.beforeClosingPeriods(last, stoppingAt: start - 1)
            last = text.clauseEnd(start, last)
            guard start <= last, let content = run.contentRegion(p, start, last) else { return nil }
            run.record(p, pieces: content.pieces, kind: content.kind, cue: "according to", subject: np.speaker, role: np.role, at: c)
            return b
        }
        var last = c - 1
        while last >= a, tokens[last].kind == .comma { last -= 1 }
        guard last >= a, let content = run.contentRegion(p, a, last) else { return nil }
        // `The fire, according to investigators, started in the kitchen.`: a verb after the
        // source's comma goes on with the clause; it is no role.
        if np.role != nil, let roleComma = (np.speaker.last + 1..<min(b, np.end + 1)).first(where: { tokens[$0].kind == .comma }), roleComma + 1 < b,
           tokens[roleComma + 1].kind == .word, !tokens[roleComma + 1].capitalized,
           H.finiteVerbs.contains(tokens[roleComma + 1].hash) || text.isPastTense(roleComma + 1) || H.modifiers.contains(tokens[roleComma + 1].hash)
        {
            np.role = nil
            np.end = roleComma - 1
        }
        // In the middle of a sentence the clause may go on after the source: `Although most pages
        // were labelled “internal”, according to an official, three were later classed` (what follows
        // a subordinate clause is what was said); `Behind the delay, according to
        // Ortiz, was a choice …` (both parts).
        let rest = verbAfterSource ? np.end + 1 : np.end + 2
        if np.end + 1 < b, tokens[np.end + 1].kind == .comma || verbAfterSource, rest < b, tokens[rest].kind == .word {
            var end = b - 1
            while end > rest, tokens[end].kind == .period && text.quoteOf[end] < 0 { end -= 1 }
            end = text.clauseEnd(rest, end)
            let words = (rest...max(rest, end)).filter { tokens[$0].isWord }.count
            if words >= Self.shortestContinuation, let after = run.contentRegion(p, rest, end) {
                let opensWithSubordinate = tokens[a].kind == .word && H.subordinators.contains(tokens[a].hash)
                let continues = !tokens[rest].capitalized || text.isInName(rest) && !opensWithSubordinate
                if opensWithSubordinate {
                    run.record(p, pieces: after.pieces, kind: after.kind, cue: "according to", subject: np.speaker, role: np.role, at: c)
                    return b
                } else if continues, !tokens[rest].capitalized {
                    let kind: Quote.Kind = content.kind == .indirect && after.kind == .indirect ? .indirect : .mixed
                    run.record(p, pieces: content.pieces + after.pieces, kind: kind, cue: "according to", subject: np.speaker, role: np.role, at: c)
                    return b
                }
            }
        }
        run.record(p, pieces: content.pieces, kind: content.kind, cue: "according to", subject: np.speaker, role: np.role, at: c)
        return np.end + 1
    }
}
