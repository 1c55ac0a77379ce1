/// `The mayor seemed to concede the point.`, `The council is expected to vote on Monday.`,
/// `Her rival appeared shaken.`, `The bill is widely seen as a compromise.`: the writer tells
/// how someone seems, or what is expected or thought of them, without naming who thinks so. Such a clause is attributed to no one; what is
/// attributed is the clause itself, its subject and what follows the verb, the verb left out.
enum SeemingClause: AttributionRule {
    /// The most tokens of a subject before the verb (`the deepening split between the party's
    /// two wings over taxes`).
    static let longestSubject = 24

    static func starts(at site: RuleSite, in text: ParagraphText) -> Bool {
        let k = site.token
        let t = text.tokens[k]
        guard t.kind == .word, !t.capitalized, k > site.sentence.lowerBound, k + 2 < site.sentence.upperBound, text.quoteOf[k + 1] < 0 else { return false }
        let next = text.tokens[k + 1]
        guard next.kind == .word, !next.capitalized else { return false }
        // `seemed to falter`, `appears to be`: the infinitive that says how they seem.
        let infinitive = next.hash == H.to && text.tokens[k + 2].kind == .word && !text.tokens[k + 2].capitalized
        if H.seemForms.contains(t.hash) {
            // `seemed irritated`, `seems unlikely`, `seemed a reminder`; not `seemed on track`.
            return infinitive || !H.prepositions.contains(next.hash) && !H.clauseWords.contains(next.hash) && !H.andBut.contains(next.hash)
        }
        if H.appearForms.contains(t.hash) {
            // `appeared shaken`; `appeared on television`, `appeared with him` are no impressions.
            return infinitive || text.isPastTense(k + 1) && !text.is(k + 2, H.by)
        }
        // The rest are passives only (`she expected to win` is her own expectation): `is expected
        // to`, `is widely seen as`, `was considered a long shot`. (`is said to`, `is believed to`
        // pass on hearsay, and stay unattributed.)
        guard H.passiveAux.contains(text.tokens[text.beforeAdverbs(of: k, from: site.sentence.lowerBound)].hash) else { return false }
        if t.hash == H.expected { return infinitive }
        if H.passiveViewForms.contains(t.hash) { return next.hash == H.as }
        return t.hash == H.considered && !H.prepositions.contains(next.hash) && !H.clauseWords.contains(next.hash)
    }

    static func apply(at site: RuleSite, in run: inout AttributionRun) -> Int? {
        let p = site.paragraph, sentence = site.sentence, c = site.token
        let text = run.texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound
        // (`may seem`, `is widely expected`: modals, auxiliaries and adverbs go with the verb.)
        let before = text.beforeModifiers(of: c, from: a)
        guard before >= a else { return nil }
        let first = subjectStart(text, run.claimed[p], a, before)
        guard first <= before, before - first < Self.longestSubject,
              (first...before).contains(where: { tokens[$0].isWord }),
              // (`He said the plan seemed …`: a cue before the verb is another report.)
              !(first...before).contains(where: { tokens[$0].kind == .word && !tokens[$0].capitalized && H.cues[tokens[$0].hash] != nil && text.isFiniteForm($0) })
        else { return nil }
        let start = c + 1
        var last = sentence.upperBound - 1
        last = text.beforeClosingPeriods(last, stoppingAt: start)
        last = text.clauseEnd(start, last)
        guard start <= last, let subject = run.contentRegion(p, first, before), let rest = run.contentRegion(p, start, last) else { return nil }
        let kind: Quote.Kind = subject.kind == .indirect && rest.kind == .indirect ? .indirect : .mixed
        // (`Trump seemed to waver`, `The Tribune is expected to endorse`: a name, or a pronoun for
        // one, is whom the impression is of, and the one a reader looks the statement up by.)
        let named = isName(text, first, before) ? SpeakerSpan(paragraph: p, first: first, last: before) : nil
        run.record(p, pieces: subject.pieces + rest.pieces, kind: kind, cue: text.text(tokens: c, c).lowercased(), subject: named, role: nil, at: c)
        for k in start...last { run.claimed[p][k] = true }
        return last + 1
    }

    /// Where the subject of the verb ending at `before` starts: after the last clause break before
    /// it (a subordinator or relative, `, and`, `, but`, a semicolon, colon or dash, an opening
    /// phrase closed by a comma), stepping back over an aside between commas (`Ann Lee, who
    /// chairs the board, seemed …`), and never into what was already taken.
    static func subjectStart(_ text: ParagraphText, _ claimed: [Bool], _ a: Int, _ before: Int) -> Int {
        let tokens = text.tokens
        var k = before
        while k > a {
            let t = tokens[k - 1]
            if claimed[k - 1] || text.quoteOf[k - 1] >= 0 && !t.isCloseQuote { break }
            if t.kind == .semicolon || t.kind == .colon || t.kind == .dash { break }
            if t.kind == .word, !t.capitalized, H.subordinators.contains(t.hash) || H.relatives.contains(t.hash) || t.hash == H.that { break }
            if t.kind == .word, H.andBut.contains(t.hash), k - 2 >= a, tokens[k - 2].kind == .comma { break }
            if t.kind == .comma {
                // `Ann Lee, who chairs the board, seemed`: the aside belongs to the subject before it.
                if tokens[k].kind == .word, H.relatives.contains(tokens[k].hash) || text.isParticiple(k) {
                    k -= 1
                    continue
                }
                break
            }
            k -= 1
        }
        return k
    }

    /// Whether tokens `first...last` are a name and nothing else (`Mayor Ann Lee`, `the Tribune`,
    /// `Lee herself`), or a personal pronoun.
    static func isName(_ text: ParagraphText, _ first: Int, _ lastIn: Int) -> Bool {
        let tokens = text.tokens
        if first == lastIn { return tokens[first].kind == .word && H.personPronouns.contains(tokens[first].hash) }
        var last = lastIn
        if tokens[last].kind == .word, H.reflexives.contains(tokens[last].hash) { last -= 1 }
        guard last >= first, text.isInName(last) else { return false }
        let chunk = text.nameChunk(last)
        guard !chunk.thing, chunk.last == last else { return false }
        return chunk.titleStart == first || chunk.titleStart == first + 1 && tokens[first].hash == H.the
    }
}
