/// `As Ines Corrado put it, CONTENT.`, `CONTENT, as she put it.`
enum AsSomeonePutIt: AttributionRule {
    /// The most words of an unnamed speaker between `as` and `put it` (`as one longtime
    /// grower in the valley put it`).
    static let longestAsSpeaker = 7

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        text.tokens[site.token].hash == H.as
    }

    /// `As Ines Corrado put it, CONTENT.`, `CONTENT, as she put it.`, `Farmers, as one grower put
    /// it, are …`: what the sentence says around the aside is what the speaker said.
    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph
        let sentence = site.sentence
        let c = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound, b = sentence.upperBound
        var k = c + 1
        guard k < b, tokens[k].kind == .word else { return nil }
        let subjectFirst = k
        var subjectLast = k
        var role: String?
        if H.subjectPronouns.contains(tokens[k].hash), tokens[k].hash != H.it {
            k += 1
        } else if text.isInName(k), text.nameChunk(k).titleStart == k {
            k = text.nameChunk(k).last + 1
            // `As Ines Corrado, a grower in the valley, once put it`: a role between commas.
            if k + 1 < b, tokens[k].kind == .comma, let roleLast = run.roleAfter(p, k + 1, b), roleLast + 1 < b, tokens[roleLast + 1].kind == .comma {
                role = text.text(tokens: k + 1, roleLast)
                k = roleLast + 2
            }
        } else if H.determiners.contains(tokens[k].hash) || H.quantifiers.contains(tokens[k].hash) || tokens[k].hash == H.one {
            while k < b, k - subjectFirst < Self.longestAsSpeaker, tokens[k].kind == .word, tokens[k].hash != H.put, !H.clauseWords.contains(tokens[k].hash) || k == subjectFirst {
                if text.isInName(k) { k = text.nameChunk(k).last }
                k += 1
            }
        } else {
            return nil
        }
        subjectLast = role == nil ? k - 1 : text.nameChunk(subjectFirst).last
        // `as she once put it`, `as Corrado memorably put it`.
        while k < b, tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].hash != H.put, H.modifiers.contains(tokens[k].hash) || text.isAdverb(k) { k += 1 }
        guard subjectLast >= subjectFirst, k + 1 < b, tokens[k].hash == H.put, tokens[k + 1].hash == H.it else { return nil }
        let cueEnd = k + 1
        var after = cueEnd + 1
        // `as she put it in a letter to the board last May,`: where and when it was put.
        if after < b, tokens[after].kind == .word, let comma = (after..<min(b, after + ParagraphText.longestReachAfterCue)).first(where: { tokens[$0].kind == .comma }),
           comma > after, text.isOnlyCircumstance(after, comma - 1)
        {
            after = comma
        }
        guard after >= b || tokens[after].kind == .comma || tokens[after].kind == .colon || tokens[after].kind == .period else { return nil }
        var last = b - 1
        last = text.beforeClosingPeriods(last, stoppingAt: cueEnd)
        var lead = a
        while lead < c, tokens[lead].kind == .word && H.connectors.contains(tokens[lead].hash) || tokens[lead].kind == .comma { lead += 1 }
        var pieces: [TextSpan] = []
        var kinds: [Quote.Kind] = []
        // Before the aside: `Farmers, as one grower put it,` / `…, as she put it.`
        if lead < c, c > a, tokens[c - 1].kind == .comma, let before = run.contentRegion(p, lead, c - 1) {
            pieces += before.pieces
            kinds.append(before.kind)
        }
        // After it: `As Ines Corrado put it, the money was already spent.`
        if after + 1 <= last, tokens[after].kind == .comma || tokens[after].kind == .colon {
            let end = text.clauseEnd(after + 1, last)
            if let rest = run.contentRegion(p, after + 1, end) {
                pieces += rest.pieces
                kinds.append(rest.kind)
            }
        }
        guard !pieces.isEmpty else { return nil }
        let kind: Quote.Kind = kinds.count == 1 ? kinds[0] : kinds.allSatisfy({ $0 == .indirect }) ? .indirect : kinds.contains(.direct) || kinds.contains(.mixed) ? .mixed : .indirect
        run.record(p, pieces: pieces, kind: kind, cue: "put it", subject: SpeakerSpan(paragraph: p, first: subjectFirst, last: subjectLast), role: role, at: k)
        return b
    }
}
