/// Named readings of a paragraph's tokens that the attribution rules share: where a clause
/// opens and ends, what follows a cue, whether a stretch is only circumstances, which words
/// are verbs in -ed or -ing. They read the tokens and never change anything.
extension ParagraphText {
    /// The fewest words a stretch needs to read as a headline in title case, and how many in
    /// ten of them must be capitalized.
    static let shortestHeadline = 4
    static let headlineCapitalsInTen = 6

    /// How far after a cue its tail, a `that`, a colon or a quotation may come (`told “Morning
    /// Joe” on Friday that …`).
    static let longestReachAfterCue = 14

    /// How far after a cue a `that` may still open what is said, when only an addressee and
    /// circumstances come before it (`said Thursday during taping of a town hall in Buffalo,
    /// New York, that …`).
    static let longestReachToThat = 20

    /// The most words of a state or country after a town and its comma (`Akron, Ohio,`,
    /// `Keene, New Hampshire,`).
    static let longestStateName = 3

    /// The most words of an addressee that no marker ends (`told reporters`, `told the Harbour
    /// Gazette`).
    static let longestBareAddressee = 4

    /// The most words of a clause's subject after a thought verb (`found the river had …`).
    static let longestClauseSubject = 4
    /// The most words of such a subject with an `of` in it (`the chances of those trapped were`).
    static let longestClauseSubjectWithOf = 8

    /// The most tokens an opening phrase without a verb may have (`In a new study released by
    /// the Florida Museum of Natural History on Monday,` has 15).
    static let longestOpeningPhrase = 20

    /// The most tokens of circumstance after an inverted speaker (`said X in a follow-up
    /// interview on Tuesday.`).
    static let longestCircumstance = 10

    /// The most tokens of an aside between dashes after a cue.
    static let longestAside = 12

    /// The most tokens of an addressee before a comma (`told the crowd in Dayton,`).
    static let longestAddressee = 5

    /// The most tokens of a quoted name between a cue and `that` (`“Good Morning America”`).
    static let longestQuotedName = 6

    /// Particles that belong to a verb of speaking (`shot back`, `chimed in`, `went on`).
    static let speakingParticles: WordSet = WordHash.set(["back", "in", "on", "up", "out"])

    /// Whether the paragraph opens with `Editor’s note:` or a correction label.
    var isEditorsNote: Bool {
        if tokens.count > 3, tokens[0].kind == .word, tokens[0].hash == H.editor, tokens[1].kind == .possessive,
           tokens[2].kind == .word, tokens[2].hash == H.note, tokens[3].kind == .colon
        {
            return true
        }
        // `Correction: An earlier version of this article …`, `CLARIFICATION: …`.
        return tokens.count > 2 && tokens[0].kind == .word && H.correctionLabels.contains(tokens[0].hash) && tokens[1].kind == .colon
    }

    /// Whether the quotation opened at `open` is a title: closed, and every word capitalized but
    /// the small ones (`“Gone with the Wind,”`).
    func isQuotedTitle(_ open: Int) -> Bool {
        guard opensClosedQuotation(open) else { return false }
        var words = 0, capitalized = 0
        for k in open...quoteLast(open) where tokens[k].kind == .word {
            words += 1
            if tokens[k].capitalized || words > 1 && H.phraseWords.contains(tokens[k].hash) { capitalized += 1 }
        }
        return words > 0 && capitalized == words
    }

    /// Whether most words of a stretch are capitalized (a headline in title case, where
    /// capitals tell no names).
    func isTitleCase(_ stretch: Range<Int>) -> Bool {
        var words = 0, capitalized = 0
        for k in stretch where tokens[k].kind == .word {
            words += 1
            if tokens[k].capitalized { capitalized += 1 }
        }
        return words >= Self.shortestHeadline && capitalized * 10 >= words * Self.headlineCapitalsInTen
    }

    /// Whether a clause starts at `k` without `that` (`believes he can win`, `thinks Clinton
    /// will lose`): a subject pronoun, or a name, then a verb-like lowercase word.
    func opensClause(_ k: Int, _ b: Int) -> Bool {
        guard k + 1 < b, tokens[k].kind == .word, quoteOf[k] < 0 else { return false }
        let t = tokens[k]
        if H.subjectPronouns.contains(t.hash) || t.hash == H.i { return tokens[k + 1].kind == .word && !tokens[k + 1].capitalized }
        // `found the river had been polluted`: a short noun phrase, then a finite verb.
        if H.articlesAndOwners.contains(t.hash) || H.quantifiers.contains(t.hash) {
            var j = k + 1
            var longest = Self.longestClauseSubject
            while j < b, j - k <= longest, tokens[j].kind == .word || tokens[j].kind == .possessive, quoteOf[j] < 0 {
                let h = tokens[j].hash
                if H.finiteVerbs.contains(h) && h != H.that || H.irregularPast.contains(h) || isPastTense(j) && j > k + 1 { return j > k + 1 }
                if h == H.of, j > k + 1 {
                    longest = Self.longestClauseSubjectWithOf
                    j += 1
                    continue
                }
                // (Right after the article a cue word is a noun: `the state would`, `the suspect was`.)
                if H.prepositions.contains(h) || H.cues[h] != nil && j > k + 1 { return false }
                j += 1
            }
            return false
        }
        guard t.capitalized, chunkOf[k] >= 0 else { return false }
        let after = chunks[Int(chunkOf[k])].last + 1
        guard after < b, tokens[after].kind == .word, !tokens[after].capitalized else { return false }
        let h = tokens[after].hash
        return H.finiteVerbs.contains(h) || H.modifiers.contains(h) || isPastTense(after)
    }

    /// Whether every letter of a name's words is a capital (`PENCE`, `CHRIS WALLACE`): a
    /// transcript's speaker label.
    func isAllCapitals(_ chunk: NameChunk) -> Bool {
        (chunk.titleStart...chunk.last).allSatisfy { k in
            tokens[k].kind != .word || scalars[Int(tokens[k].start)..<Int(tokens[k].end)].allSatisfy { !$0.properties.isLowercase }
        }
    }

    /// Whether a name opens at `k` and a reporting participle follows it (`Trump calling it …`).
    func opensNamedParticipleReport(_ k: Int, _ last: Int) -> Bool {
        guard tokens[k].kind == .word, isInName(k) else { return false }
        let chunk = nameChunk(k)
        guard chunk.titleStart == k, chunk.kind == .person || chunk.kind == .organization else { return false }
        let verb = chunk.last + 1
        return verb <= last && tokens[verb].kind == .word && !tokens[verb].capitalized && isParticiple(verb) && H.cues[tokens[verb].hash] != nil
    }

    /// Whether a relative pronoun follows the noun phrase that starts at `k` (`the bomber who
    /// went`): an apposition, not a new subject. (A verb before it ends the noun phrase: in
    /// `his aides argued that …` the `that` opens the aides' own report.)
    func opensRelativeClause(after k: Int, _ last: Int) -> Bool {
        var j = k
        while j <= last, j - k <= Self.longestClauseSubject, tokens[j].kind == .word || tokens[j].kind == .possessive {
            if H.relatives.contains(tokens[j].hash) { return true }
            if j > k, H.finiteVerbs.contains(tokens[j].hash) && tokens[j].hash != H.that || H.irregularPast.contains(tokens[j].hash) || isPastTense(j) { return false }
            j += 1
        }
        return false
    }

    /// Whether tokens `first...last` are a prepositional phrase with no verb in it (`by
    /// telephone this week`, `about halfway through the debate`).
    func isOnlyCircumstance(_ first: Int, _ last: Int) -> Bool {
        let t = tokens[first]
        // (`to …` and `about …` after a cue are what was urged or spoken of.)
        guard t.kind == .word, H.circumstancePrepositions.contains(t.hash) || t.hash == H.by || t.hash == H.from else { return false }
        for k in first...last {
            let token = tokens[k]
            if token.isOpenQuote || token.isCloseQuote { return false }
            if token.kind == .word, H.finiteVerbs.contains(token.hash) || H.cues[token.hash] != nil || H.subjectPronouns.contains(token.hash) || isPastTense(k) {
                return false
            }
        }
        return true
    }

    /// Whether nothing but closing punctuation follows token `last` in the sentence.
    func reachesSentenceEnd(_ last: Int, _ sentence: Range<Int>) -> Bool {
        var k = last + 1
        while k < sentence.upperBound {
            if tokens[k].kind != .period || quoteOf[k] >= 0 { return false }
            k += 1
        }
        return true
    }

    /// `last` moved back over sentence-ending periods outside quotation marks, down to `floor`
    /// at most: where the words of a clause that runs to the sentence's end stop.
    func beforeClosingPeriods(_ last: Int, stoppingAt floor: Int) -> Int {
        var last = last
        while last > floor, tokens[last].kind == .period && quoteOf[last] < 0 { last -= 1 }
        return last
    }

    /// Where a reported clause that starts at `start` ends, at most at `last`: before a comma
    /// or closing mark followed by a new clause (`, but …`, `, adding …`, `” when …`), a dash or
    /// a semicolon outside quotation marks.
    /// The most tokens of an aside between two dashes, inside what is said (`who refused - as
    /// some rivals have - were “nuts”`) or between a subject and its cue (`Many speakers — including
    /// Muslims, Christians, Jews — said`).
    static let longestDashAside = 16
    /// The most lowercase words describing a speaker before their name after a comma (`senior
    /// adviser Ana Ruiz said`).
    static let longestDescriptionBeforeSpeaker = 3

    func clauseEnd(_ start: Int, _ last: Int) -> Int {
        guard start < last else { return last }
        let tokens = tokens
        var k = start + 1
        // Whether a quotation has closed before token `k`.
        var quotedWordsGiven = false
        while k <= last {
            let t = tokens[k]
            if quoteOf[k] < 0 || closeOf[Int(quoteOf[k])] == k {
                if t.kind == .semicolon || t.kind == .dash && (k + 1 > last || tokens[k + 1].start > t.end) && t.start > tokens[k - 1].end {
                    // `that Republicans who refused - as some rivals have - were “nuts.”`: an aside
                    // between two dashes, after which the clause goes on, is stepped over.
                    if t.kind == .dash, let closing = (k + 1..<min(last + 1, k + 1 + Self.longestDashAside)).first(where: { tokens[$0].kind == .dash }),
                       closing + 1 <= last, closing > k + 1, tokens[closing + 1].kind == .word && !tokens[closing + 1].capitalized || tokens[closing + 1].isOpenQuote
                    {
                        k = closing + 1
                        continue
                    }
                    return k - 1
                }
                // `Ryan saying he was “very encouraged” and Trump calling it a “great meeting”`,
                // `…, with Sen. John McCain calling it a “Chinese menu.”`: a name and a reporting
                // participle open someone else's report.
                if t.kind == .word, H.andBut.contains(t.hash) || t.hash == H.with && k - 1 > start && tokens[k - 1].kind == .comma,
                   k + 1 <= last, opensNamedParticipleReport(k + 1, last)
                {
                    return tokens[k - 1].kind == .comma ? k - 2 : k - 1
                }
                // `… is “depleted” and says he will …`, `… “witness,” and then tweeted that …`: a
                // second reporting verb starts a new report.
                if t.kind == .word, H.andBut.contains(t.hash), k + 1 <= last {
                    var verb = k + 1
                    if verb + 1 <= last, tokens[verb].kind == .word, H.sequenceAdverbs.contains(tokens[verb].hash) { verb += 1 }
                    // (`says he'd sit Putin down and tell him …`: a bare form goes on with the
                    // reported clause; only a finite verb is the speaker's next report.)
                    if tokens[verb].kind == .word, !tokens[verb].capitalized, H.cues[tokens[verb].hash] != nil, !isParticiple(verb), isFiniteForm(verb) {
                        return k - 1
                    }
                    // `calling it “disqualifying” and asserting …`, `called her “third-rate” and
                    // boycotted …`: right after the quoted words, a verb in the past or a reporting
                    // participle is the writer's next report of what the speaker did (`faulted the
                    // council for “dragging its feet” and wasting …` goes on with the complement).
                    if tokens[k - 1].isCloseQuote, quoteOf[k - 1] >= 0, tokens[verb].kind == .word, !tokens[verb].capitalized,
                       isParticiple(verb) && H.cues[tokens[verb].hash] != nil || isPastTense(verb)
                    {
                        return k - 1
                    }
                }
                // `“tied for second place” with Rubio, in a finish that …`, `“rapists” (although …)`:
                // a circumstance or an aside after a quoted fragment is the writer's.
                if k > start, tokens[k - 1].isCloseQuote || tokens[k - 1].kind == .comma && k >= 2 && tokens[k - 2].isCloseQuote,
                   t.kind == .openParen || t.kind == .comma && k + 1 <= last && tokens[k + 1].kind == .word && H.circumstancePrepositions.contains(tokens[k + 1].hash)
                {
                    return tokens[k - 1].kind == .comma ? k - 2 : k - 1
                }
                // `called Clinton a “disgrace” Wednesday on …`: the day right after the closing
                // mark is the writer's. (Not `during …`, as often the speaker's: `to refrain from
                // “illegal immigrant” during the rest of her campaign`.)
                if k > start, tokens[k - 1].isCloseQuote, quoteOf[k - 1] >= 0, t.kind == .word, H.reportDays.contains(t.hash) {
                    return k - 1
                }
                // Once the speaker's quoted words are given, an aside after a comma is the
                // writer's: a relative clause (`“not there yet” on the bill, which the House
                // passed …`) or a summing-up noun phrase (`would “not budge,” a stance that …`).
                // (The comma may stand inside the closing mark: `“racist,” which …`.)
                let commaBefore = t.kind == .comma && quoteOf[k] < 0 || t.isCloseQuote && tokens[k - 1].kind == .comma
                if commaBefore, quotedWordsGiven || t.isCloseQuote, k + 1 <= last, tokens[k + 1].kind == .word,
                   H.nonRestrictiveRelatives.contains(tokens[k + 1].hash) || isSummingUpPhrase(after: k, last)
                {
                    return t.isCloseQuote ? k : k - 1
                }
                // Only after a comma: `, but …`, `,” adding …` (a comma inside or after the mark).
                if t.kind == .comma || t.isCloseQuote, k + 1 <= last {
                    var n = k + 1
                    var comma = t.kind == .comma || tokens[k - 1].kind == .comma
                    if tokens[n].kind == .comma, n + 1 <= last { n += 1; comma = true }
                    // `,” further remarking, …`
                    if n + 1 <= last, tokens[n].kind == .word, H.modifiers.contains(tokens[n].hash) || isAdverb(n) || tokens[n].hash == H.further,
                       isParticiple(n + 1), H.cues[tokens[n + 1].hash] != nil
                    {
                        n += 1
                    }
                    let next = tokens[n]
                    // (`…, but that she and her aides “tried everything”`: a second `that` goes on
                    // with the same report when a subject follows it; `…, but that is not …` and
                    // `…, but that office stands vacant` are the writer's.)
                    let secondThat = n + 2 <= last && tokens[n + 1].hash == H.that && tokens[n + 2].kind == .word
                        && (H.subjectPronouns.contains(tokens[n + 2].hash) || H.determiners.contains(tokens[n + 2].hash) || tokens[n + 2].capitalized)
                    // (`…, but instead Obama is giving them “lectures.”`: a clause after `but` that
                    // quotes the speaker, with no cue of its own, goes on with the report.)
                    let quotedContinuation = H.andBut.contains(next.hash) && !quotedWordsGiven && continuesWithQuotation(after: n, last)
                    // (`… found in emails on the server, elevating the issue …`: once quoted
                    // words are given, a participle after a comma is the writer's aside.)
                    // (`including …` is a preposition, whose list goes on with the report.)
                    let participleAside = isParticiple(n) && next.hash != H.including && (H.cues[next.hash] != nil || quotedWordsGiven || t.isCloseQuote)
                        // (`suggested her tone was …, called her “third-rate”`: a second verb of the
                        // list in the past starts the speaker's next report.)
                        || isPastTense(n) && H.cues[next.hash] != nil && !(n + 1 <= last && tokens[n + 1].hash == H.by)
                    // (`are “right to be angry,” but also hungry for …`, `“negotiable,” but only minor
                    // details`: `but` before no subject of its own joins a second predicate to the
                    // same report.)
                    let butJoinsPredicate = next.hash == H.but && n + 1 <= last && tokens[n + 1].kind == .word && !tokens[n + 1].capitalized
                        && quoteOf[n + 1] < 0 && H.predicateJoiners.contains(tokens[n + 1].hash)
                    if comma, next.kind == .word, !next.capitalized,
                       H.clauseBreakers.contains(next.hash) && !secondThat && !quotedContinuation && !butJoinsPredicate || participleAside
                    {
                        return t.isCloseQuote ? k : k - 1
                    }
                    // `… whether Clinton “has the integrity,” 75 percent of Democrats said yes`,
                    // `… “protect our citizens,” the crowd applauded`: once quoted words are given, a
                    // new subject and its verb after the comma are the writer's next sentence.
                    // (Not after a subordinate clause, whose main clause goes on with the report:
                    // `while members are “horrified,” they admire …`; nor after a phrase with no verb
                    // of its own: `by refusing to say “radical Islam,” Democrats are …`; nor before
                    // an apposition: `“interact” with Albusalha, the bomber who went …`.)
                    // (When the cue itself stands in the sentence's opening subordinate clause, its
                    // comma closes the report whatever came before it: `Although Obama has said he
                    // opposes “boots on the ground” if …, his administration has carved out …`.)
                    if comma, next.kind == .word, opensClause(n, last + 1), holdsVerb(start, k - 1), !opensRelativeClause(after: n, last),
                       isInOpeningSubordinateClause(start)
                        || (quotedWordsGiven || t.isCloseQuote)
                        && !(start..<k).contains(where: { tokens[$0].kind == .word && quoteOf[$0] < 0 && H.subordinators.contains(tokens[$0].hash) })
                    {
                        return t.isCloseQuote ? k : k - 1
                    }
                    // `… because “most people don’t know,” she said.`: a second attribution
                    // closes the clause the first one reports.
                    // (`…, he did say …`, `…, she would later tell …`: an auxiliary may come between.)
                    let pronounCue = n + 2 <= last && tokens[n + 1].kind == .word && H.cueAuxiliaries.contains(tokens[n + 1].hash) ? n + 2 : n + 1
                    // (Not after a phrase with no verb: `According to her account, after examining
                    // the leg, she insisted that …` reports all of it.)
                    if comma, next.kind == .word, H.subjectPronouns.contains(next.hash), pronounCue <= last,
                       tokens[pronounCue].kind == .word, H.cues[tokens[pronounCue].hash] != nil,
                       !(tokens[start].kind == .word && (H.subordinators.contains(tokens[start].hash) || isParticiple(start)) && !holdsVerb(start, k - 1))
                    {
                        return t.isCloseQuote ? k : k - 1
                    }
                    // (`When the firm signaled it would sell, Mr. Ames said, “we were stunned.”`:
                    // so does a named speaker's, after words describing them: `…, artist Leisha
                    // Riddell emphasized …`.)
                    var named = n
                    while named < last, named - n < Self.longestDescriptionBeforeSpeaker, isDescriptionWord(named) { named += 1 }
                    if comma, next.kind == .word, isInName(named), nameChunk(named).titleStart == named, nameChunk(named).kind == .person {
                        let verb = nameChunk(named).last + 1
                        if verb <= last, tokens[verb].kind == .word, !tokens[verb].capitalized, H.cues[tokens[verb].hash] != nil, isFiniteForm(verb) {
                            return t.isCloseQuote ? k : k - 1
                        }
                    }
                }
            }
            if t.isCloseQuote, quoteOf[k] >= 0 { quotedWordsGiven = true }
            k += 1
        }
        return last
    }

    /// Whether tokens `range` hold a double quotation mark or quoted words: what makes a report
    /// mixed.
    func holdsQuotation(_ range: ClosedRange<Int>) -> Bool {
        range.contains { tokens[$0].kind == .openDouble || tokens[$0].kind == .closeDouble || quoteOf[$0] >= 0 }
    }

    /// Whether the words after token `k` up to `last` quote someone (a double mark opens
    /// there) and hold no cue outside the marks, so they go on with the report before them.
    func continuesWithQuotation(after k: Int, _ last: Int) -> Bool {
        guard k < last else { return false }
        for j in (k + 1)...last {
            let t = tokens[j]
            if t.kind == .openDouble || opensQuotation(j) && t.kind != .openSingle { return true }
            if t.kind == .word, quoteOf[j] < 0, !t.capitalized, H.cues[t.hash] != nil { return false }
        }
        return false
    }

    /// Whether the comma (or closing mark) at `k` opens a noun phrase that sums up what came
    /// before (`, a charge that …`, `, an admission …`), rather than an appositive to a name
    /// (`Mr. Diaz, a lawyer, …`), which goes on with the clause, or the next of a list of
    /// quoted labels (`a “bully,” a “liar”`).
    func isSummingUpPhrase(after k: Int, _ last: Int) -> Bool {
        guard k + 2 <= last, tokens[k + 1].kind == .word, tokens[k + 1].hash == H.a || tokens[k + 1].hash == H.an,
              tokens[k + 2].kind == .word
        else { return false }
        var before = k - 1
        while before > 0, tokens[before].kind != .word { before -= 1 }
        return !tokens[before].capitalized
    }

    /// `described Clinton as a “disgrace” after she …`: what a labelling verb reports ends with
    /// its last quoted fragment when a new clause or circumstance follows it.
    func fragmentEnd(_ start: Int, _ last: Int) -> Int {
        var k = last
        while k > start {
            let t = tokens[k]
            if t.isCloseQuote, quoteOf[k] >= 0, closeOf[Int(quoteOf[k])] == k {
                var n = k + 1
                while n <= last, tokens[n].kind == .comma { n += 1 }
                if n <= last, tokens[n].kind == .word,
                   H.subordinators.contains(tokens[n].hash) || H.circumstance.contains(tokens[n].hash)
                    || H.andBut.contains(tokens[n].hash) && n + 1 <= last && H.cues[tokens[n + 1].hash] != nil
                {
                    return k
                }
                return last
            }
            k -= 1
        }
        return last
    }

    /// `On Thursday,` / `Earlier this week on live television,`: a short phrase of time or place
    /// that opens a sentence, not something said.
    func isOpeningPhrase(_ first: Int, _ last: Int) -> Bool {
        let t = tokens[first]
        guard t.kind == .word, H.connectors.contains(t.hash) || H.circumstance.contains(t.hash), last - first < Self.longestOpeningPhrase else { return false }
        for k in first...last where tokens[k].isOpenQuote || tokens[k].kind == .word && (H.finiteVerbs.contains(tokens[k].hash) || H.cues[tokens[k].hash] != nil) {
            return false
        }
        // `This includes a special force …`: a pronoun and a verb in -s open a clause (`These
        // days,` and `This week,` open a phrase of time).
        if first + 1 <= last, H.subjectPronouns.contains(t.hash) || H.determiners.contains(t.hash), tokens[first + 1].kind == .word, !tokens[first + 1].capitalized,
           !H.timeWords.contains(tokens[first + 1].hash), token(first + 1, endsWith: "s", longerThan: 3), !token(first + 1, endsWith: "ss", longerThan: 3)
        {
            return false
        }
        // `As a newcomer, Reyes drew less attention`: a verb in the past after a name or a
        // pronoun makes a clause of what follows the phrase.
        for k in (first + 1)...max(first + 1, last) where k <= last && tokens[k].kind == .word && !tokens[k].capitalized
            && (H.irregularPast.contains(tokens[k].hash) || isPastTense(k))
        {
            var subject = k - 1
            while subject > first, tokens[subject].kind == .word, isAdverb(subject) { subject -= 1 }
            if tokens[subject].kind == .word && (tokens[subject].capitalized && isInName(subject) || H.subjectPronouns.contains(tokens[subject].hash)) { return false }
        }
        return true
    }

    /// Whether tokens `first...last` make a statement of their own, not a phrase that sets the
    /// scene (`On Tuesday's show`, `Asked about the vote`, `Holding up a map`, `A few minutes
    /// later`): they open with a subject (an article or determiner, a pronoun, a person's or an
    /// organization's name) or a subordinator of condition or contrast (`If the bill stalls`),
    /// and hold a verb.
    func opensStatement(_ first: Int, _ last: Int) -> Bool {
        let t = tokens[first]
        guard first <= last, t.kind == .word, quoteOf[first] < 0, !isParticiple(first) else { return false }
        let named = isInName(first) && nameChunk(first).titleStart == first && (nameChunk(first).kind == .person || nameChunk(first).kind == .organization)
        guard H.statementSubordinators.contains(t.hash) || H.determiners.contains(t.hash) || H.subjectPronouns.contains(t.hash) || named else { return false }
        return (first + 1...max(first + 1, last)).contains { k in
            k <= last && tokens[k].kind == .word && !tokens[k].capitalized && quoteOf[k] < 0
                && (H.finiteVerbs.contains(tokens[k].hash) && tokens[k].hash != H.that || H.irregularPast.contains(tokens[k].hash) || isPastTense(k))
        }
    }

    /// Whether the quotation whose closing mark is token `close` ends, inside its marks, in a
    /// comma, a question mark or an exclamation mark (`“…,” he said`, `“…?” she asked`): what
    /// hands a quotation over to its attribution.
    func quotationHandsOver(closingAt close: Int) -> Bool {
        guard close > 0 else { return false }
        let lastInside = scalars[Int(tokens[close - 1].start)]
        return tokens[close - 1].kind == .comma || lastInside == "?" || lastInside == "!"
    }

    /// Whether token `k` lies in a subordinate clause that opens its sentence (`While Sanders has
    /// said that …`, `Although the mayor insisted …`), with no comma outside quotation marks
    /// before it: the first clause of the sentence is then the writer's frame, not the report.
    func isInOpeningSubordinateClause(_ k: Int) -> Bool {
        let index = sentenceIndex(containing: k)
        guard index < sentences.count else { return false }
        var first = sentences[index].lowerBound
        while first < k, tokens[first].kind != .word { first += 1 }
        guard first < k, quoteOf[first] < 0, H.subordinators.contains(tokens[first].hash) else { return false }
        return !(first..<k).contains { tokens[$0].kind == .comma && quoteOf[$0] < 0 }
    }

    /// Whether tokens `first...last` hold a lowercase word that reads as a finite verb (`is`,
    /// `would`, `went`, `voted`, `runs`): a clause rather than a noun phrase.
    func holdsVerb(_ first: Int, _ last: Int) -> Bool {
        guard first <= last else { return false }
        return (first...last).contains { k in
            tokens[k].kind == .word && !tokens[k].capitalized && (H.finiteVerbs.contains(tokens[k].hash) || H.irregularPast.contains(tokens[k].hash) || isFiniteForm(k))
        }
    }

    /// Whether token `k` is a lowercase word that may describe the person named after it: no
    /// pronoun, verb, cue, clause word, relative or conjunction.
    func isDescriptionWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.kind == .word && !t.capitalized && !H.subjectPronouns.contains(t.hash) && H.cues[t.hash] == nil && !H.clauseWords.contains(t.hash)
            && !H.finiteVerbs.contains(t.hash) && !isParticiple(k) && !isPastTense(k) && !H.relatives.contains(t.hash) && !H.andBut.contains(t.hash)
    }

    /// Whether `at least` or `at most` opens at token `k`: a bound on a count (`recovered at
    /// least ten survivors`), not a preposition's place.
    func boundsCount(at k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].kind == .word && tokens[k].hash == H.at && tokens[k + 1].kind == .word && H.quantityBounds.contains(tokens[k + 1].hash)
    }

    /// A comma, or a closing mark right after a comma (`…,” adding`).
    func afterComma(_ k: Int) -> Bool {
        return tokens[k].kind == .comma || tokens[k].isCloseQuote && k > 0 && tokens[k - 1].kind == .comma
    }

    /// A cue in `-ing` (`saying`, `adding`).
    func isParticiple(_ k: Int) -> Bool {
        return token(k, endsWith: "ing", longerThan: 4)
    }

    /// Whether the speaker phrase after an inverted cue closes the clause: the sentence ends, or
    /// a comma, colon or dash follows, or circumstances (`said Alexander Panov on Tuesday.`).
    func endsClause(_ end: Int, _ b: Int) -> Bool {
        var k = end + 1
        if k >= b { return true }
        if tokens[end].kind == .word && H.andBut.contains(tokens[end].hash) { return false }
        // After an article, the nouns of a circumstance (`in an interview`, `during the second GOP
        // debate`, `in a Friday tweet`) may follow.
        var inNounPhrase = false
        while k < b, k - end < Self.longestCircumstance, tokens[k].kind == .word || tokens[k].kind == .period && tokens[k].abbreviation {
            let t = tokens[k]
            if t.kind == .word {
                let isArticle = H.articlesAndOwners.contains(t.hash)
                guard H.circumstance.contains(t.hash) || H.notSpeakerStart.contains(t.hash) || H.determiners.contains(t.hash) || t.capitalized
                    || H.venues.contains(t.hash)
                    || inNounPhrase && !H.clauseWords.contains(t.hash) && H.cues[t.hash] == nil && !H.relatives.contains(t.hash)
                else { break }
                if isArticle { inNounPhrase = true }
            }
            k += 1
        }
        if k >= b { return true }
        let t = tokens[k]
        // `said an aide whose name was withheld.`: a relative clause about the speaker.
        if t.kind == .word, H.personRelatives.contains(t.hash) { return true }
        return t.kind == .period || t.kind == .comma || t.kind == .colon || t.kind == .dash || t.kind == .semicolon
    }

    /// A token that makes a share of people: `percent`, `half`, `a majority` (not a title:
    /// `Senate Majority Leader`, `the majority whip`), `%`, or the `in` of `4 in 10`.
    func isShareOfPeople(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.kind == .word, H.shareWords.contains(t.hash) {
            // (`the majority leader`, `Senate Minority Whip`: a title.)
            return !H.titles.contains(t.hash) || !t.capitalized && (k + 1 == tokens.count || !H.titles.contains(tokens[k + 1].hash))
        }
        if t.kind == .other, scalars[Int(t.start)] == "%" { return true }
        if t.kind == .number, scalars[Int(t.end) - 1] == "%" { return true }
        return t.hash == H.in && k > 0 && k + 1 < tokens.count && tokens[k - 1].kind == .number && tokens[k + 1].kind == .number
    }

    /// A slash right between two words (`CNN/ORC`, `Reuters/Ipsos`).
    func isSlashJoin(_ k: Int) -> Bool {
        guard k > 0, k + 1 < tokens.count, tokens[k].kind == .other, scalars[Int(tokens[k].start)] == "/" else { return false }
        return tokens[k - 1].kind == .word && tokens[k - 1].end == tokens[k].start && tokens[k + 1].kind == .word && tokens[k + 1].start == tokens[k].end
    }

    /// A verb form that carries its own tense (`tweeted`, `says`, `told`), not a bare form that
    /// an auxiliary or `to` governs (`tell`, `say`).
    func isFiniteForm(_ k: Int) -> Bool {
        return isPastTense(k) || token(k, endsWith: "s", longerThan: 2) || H.verbOnlyCueForms.contains(tokens[k].hash) || H.irregularPast.contains(tokens[k].hash)
    }

    /// The token before the modifiers that lead up to the verb at `verb` (`has repeatedly
    /// declined`, `also refused`, `strongly called`), no further back than `start`: where the
    /// subject ends.
    func beforeModifiers(of verb: Int, from start: Int) -> Int {
        var before = verb - 1
        while before >= start, tokens[before].kind == .word, !tokens[before].capitalized, H.modifiers.contains(tokens[before].hash) || isAdverb(before) {
            before -= 1
        }
        return before
    }

    /// The token before the adverbs and negation that lead up to the verb at `verb` (`is widely
    /// expected`, `was not expected`), no further back than `start`.
    func beforeAdverbs(of verb: Int, from start: Int) -> Int {
        var before = verb - 1
        while before > start, tokens[before].kind == .word, !tokens[before].capitalized, isAdverb(before) || H.negationsAndHedges.contains(tokens[before].hash) {
            before -= 1
        }
        return before
    }

    /// A word ending in `-ly` (an adverb between subject and verb).
    func isAdverb(_ k: Int) -> Bool {
        guard token(k, endsWith: "ly", longerThan: 3), !H.lyNouns.contains(tokens[k].hash) else { return false }
        // `the rally`, `his family`: after an article or an owner, a word in -ly is a noun.
        return k == 0 || !(tokens[k - 1].kind == .possessive || H.articlesAndOwners.contains(tokens[k - 1].hash))
    }

    /// The last content token before a boundary comma or closing mark: a comma right after a
    /// closing mark or right before one belongs to neither.
    func contentEndBefore(_ boundary: Int) -> Int {
        if tokens[boundary].isCloseQuote { return boundary }
        var k = boundary - 1
        while k >= 0, tokens[k].kind == .comma { k -= 1 }
        return k
    }

    /// What follows a cue up to the end of the clause, when it only holds the speaker, the
    /// addressee and circumstances (`said Tuesday`, `told Izvestia`, `said in a statement`).
    func tailAfterCue(_ from: Int, _ b: Int, _ verb: CueVerb) -> CueTail {
        var k = from
        var count = 0
        while k < b {
            let t = tokens[k]
            if t.kind == .period && !t.abbreviation { return CueTail(onlyTail: true, end: k) }
            if t.kind == .comma || t.kind == .semicolon || t.kind == .dash || t.kind == .openParen { return CueTail(onlyTail: true, end: k - 1) }
            if t.isOpenQuote || t.isCloseQuote || t.kind == .colon { return CueTail(onlyTail: false, end: k) }
            if t.kind == .word, t.hash == H.that || (H.clauseWords.contains(t.hash) && t.hash != H.to) { return CueTail(onlyTail: false, end: k) }
            // (`Bob said he arrived in …`: a subject pronoun with words after it opens a clause;
            // `“…,” said he.` ends the sentence.)
            if t.kind == .word, !t.capitalized, H.subjectPronouns.contains(t.hash), k + 1 < b, tokens[k + 1].kind == .word { return CueTail(onlyTail: false, end: k) }
            count += 1
            if count > Self.longestReachAfterCue { return CueTail(onlyTail: false, end: k) }
            k += 1
        }
        return CueTail(onlyTail: true, end: b - 1)
    }

    /// `proposed legislation that would fund …`: a `that` after a noun and before a verb is a
    /// relative pronoun, not the start of what was said.
    func isRelativeThat(_ k: Int, after from: Int) -> Bool {
        k > from && k + 1 < tokens.count && tokens[k + 1].kind == .word && H.finiteVerbs.contains(tokens[k + 1].hash) && tokens[k + 1].hash != H.that
    }

    /// Where what is said starts after a pre-posed cue: after an addressee and circumstances,
    /// at `that`, a colon, a comma or an opening mark when one comes soon.
    func afterCueStart(_ from: Int, _ b: Int, _ verb: CueVerb) -> Int {
        // `responded to a Gold Star mother Wednesday night by saying his refusal …`: what `by
        // saying` introduces is what was said; the addressee and the time before it are not.
        var m = from
        while m + 2 < b, m - from < Self.longestReachAfterCue, tokens[m].kind == .word || tokens[m].kind == .possessive, quoteOf[m] < 0 {
            if tokens[m].hash == H.by, H.sayingParticiples.contains(tokens[m + 1].hash) {
                let start = tokens[m + 2].kind == .comma ? m + 3 : m + 2
                if start < b { return start }
            }
            m += 1
        }
        // `told “Morning Joe” on Friday that …`: a `that` soon after the cue opens what is said.
        var j = from
        while j < b, j - from < Self.longestReachToThat {
            let t = tokens[j]
            // `in Akron, Ohio, on Friday that`, `in Salem, New Hampshire on Monday that`: a town
            // and its state are one name (`the Middle East, China and elsewhere` is a list, and
            // ends the search).
            if t.kind == .comma, quoteOf[j] < 0, j > from, tokens[j - 1].kind == .word, tokens[j - 1].capitalized {
                var closing = j + 1
                while closing < b, closing - j <= Self.longestStateName, tokens[closing].kind == .word, tokens[closing].capitalized { closing += 1 }
                if closing > j + 1, closing < b, tokens[closing].kind == .comma {
                    j = closing + 1
                    continue
                }
                if closing > j + 1, closing < b, tokens[closing].kind == .word, tokens[closing].hash == H.that || H.circumstancePrepositions.contains(tokens[closing].hash) {
                    j = closing
                    continue
                }
            }
            // `admitted to the newspaper that`, `explained to reporters that`: an addressee
            // after `to` comes before what is said.
            if t.kind == .word, t.hash == H.to, j == from, !verb.object, j + 1 < b, tokens[j + 1].kind == .word,
               H.determiners.contains(tokens[j + 1].hash) || tokens[j + 1].capitalized || H.pronouns.contains(tokens[j + 1].hash)
            {
                j += 1
                continue
            }
            // `He said "That's pretty cool"`: a quotation opens what is said, whatever it holds;
            // a short quoted name on the way does not (`told “Good Morning America” that`).
            if t.isOpenQuote {
                let close = closeOf[j]
                guard j > from || verb.object, close > j, close - j <= Self.longestQuotedName else { break }
                j = close + 1
                continue
            }
            if t.kind == .word, t.hash == H.that, !isRelativeThat(j, after: from) { return j }
            if t.kind == .period && !t.abbreviation || t.kind == .colon || t.kind == .comma && quoteOf[j] < 0 { break }
            // (`said in May that`: a capital makes the month, not the verb.)
            // (`said during this week's debate that`: after a preposition, `this` is a
            // determiner, not a subject.)
            let determinerAfterPreposition = j > from && H.determiners.contains(t.hash) && tokens[j - 1].kind == .word
                && (H.prepositions.contains(tokens[j - 1].hash) || H.circumstancePrepositions.contains(tokens[j - 1].hash))
            if t.kind == .word, quoteOf[j] < 0, !t.capitalized, H.clauseWords.contains(t.hash) || H.subjectPronouns.contains(t.hash),
               !(verb.object && t.hash == H.to), !determinerAfterPreposition
            {
                break
            }
            j += 1
        }
        var k = from
        var steps = 0
        // `said — as reported by Hurriyet Daily News — “…”`: an aside between dashes.
        if k < b, tokens[k].kind == .dash,
           let closing = (k + 1..<min(b, k + 1 + Self.longestAside)).first(where: { tokens[$0].kind == .dash }), closing + 1 < b
        {
            k = closing + 1
            if tokens[k].isOpenQuote { return k }
        }
        while k < b, steps < Self.longestReachAfterCue {
            let t = tokens[k]
            if t.kind == .word, t.hash == H.that, quoteOf[k] < 0, !isRelativeThat(k, after: from) { return k }
            if t.kind == .colon { return k + 1 }
            // `said “…”` and `told reporters “…”` open with the quotation; `said the tax breaks
            // “do nothing …”` is a clause that holds one.
            if t.isOpenQuote {
                var objectOnly = verb.object
                if objectOnly, k > from {
                    for j in from..<k where !(tokens[j].capitalized || H.determiners.contains(tokens[j].hash) || H.pronouns.contains(tokens[j].hash)) {
                        objectOnly = false
                    }
                }
                // `said Randolph “would have no chance,”`: a name or a pronoun right before a
                // quotation that opens in lowercase is the subject of the clause it goes on.
                if !verb.object, k > from, isSubjectOfQuotedPredicate(from, k) { return from }
                if k == from || objectOnly || isCircumstance(from, k) { return k }
                return from
            }
            if t.kind == .comma {
                // `said, “…”`, `said Tuesday, …`, `told reporters, …`; but in `reported on a
                // distress call from someone on the boat, who …` the comma ends what was said.
                let addressee = verb.object && k - from <= Self.longestAddressee
                    && (from..<k).allSatisfy { tokens[$0].kind == .word && (tokens[$0].capitalized || H.determiners.contains(tokens[$0].hash) || H.pronouns.contains(tokens[$0].hash) || !H.clauseWords.contains(tokens[$0].hash)) }
                let quotationNext = k + 1 < b && tokens[k + 1].isOpenQuote
                return quotationNext || isCircumstance(from, k) || addressee ? k + 1 : from
            }
            if t.kind == .period && !t.abbreviation { break }
            if t.kind == .word, H.clauseWords.contains(t.hash) || H.subjectPronouns.contains(t.hash), !(verb.object && t.hash == H.to) { break }
            if t.kind == .word, verb.object, t.hash == H.to, k > from { return k }
            k += 1
            steps += 1
        }
        // No marker: what is said begins at once, after the addressee of `told`: where a clause
        // opens (`told reporters the state would …`) or after a time (`told reporters today …`).
        if verb.object {
            var opening = from + 1
            while opening < b, opening - from <= Self.longestAddressee, tokens[opening].kind == .word, quoteOf[opening] < 0 {
                if opensClause(opening, b) { return opening }
                if H.timeWords.contains(tokens[opening].hash), opening + 1 < b, tokens[opening + 1].kind == .word { return opening + 1 }
                opening += 1
            }
            var j = from
            while j < b, tokens[j].kind == .word, !H.clauseWords.contains(tokens[j].hash), j - from < Self.longestBareAddressee,
                  tokens[j].capitalized || H.determiners.contains(tokens[j].hash) || H.pronouns.contains(tokens[j].hash) || j == from
            {
                j += 1
            }
            return j
        }
        // `indicated on Monday the chances … were`: a circumstance, then the clause.
        var opening = from + 1
        while opening < b, opening - from <= Self.longestAside, isCircumstance(from, opening) {
            if H.circumstancePrepositions.contains(tokens[from].hash) || H.timeWords.contains(tokens[from].hash), opensClause(opening, b) {
                return opening
            }
            opening += 1
        }
        return from
    }

    /// Whether tokens `from..<open` are a person's name or a subject pronoun alone, and the
    /// quotation opened at `open` starts with a lowercase word: a subject and its quoted
    /// predicate (`Randolph “would have no chance”`), not an addressee and a quotation.
    func isSubjectOfQuotedPredicate(_ from: Int, _ open: Int) -> Bool {
        guard open + 1 < tokens.count, tokens[open + 1].kind == .word, !tokens[open + 1].capitalized else { return false }
        let first = tokens[from]
        if open == from + 1, first.kind == .word, H.subjectPronouns.contains(first.hash) { return true }
        guard isInName(from) else { return false }
        let chunk = nameChunk(from)
        return chunk.titleStart == from && chunk.last == open - 1 && chunk.kind == .person
    }

    /// Whether tokens `from..<upTo` only say when, where or how something was said (`on Friday`,
    /// `in a statement`, `on Twitter`), so a quotation after them is what was said.
    func isCircumstance(_ from: Int, _ upTo: Int) -> Bool {
        guard from < upTo else { return true }
        for k in from..<upTo {
            let t = tokens[k]
            switch t.kind {
            case .comma, .number: continue
            case .word:
                if quoteOf[k] >= 0 { return false }
                if t.capitalized || H.circumstance.contains(t.hash) || H.articlesAndOwners.contains(t.hash) || H.venues.contains(t.hash) { continue }
                return false
            default:
                return false
            }
        }
        return true
    }

    /// A lowercase word that reads as a verb of a post-posed attribution the cue list lacks:
    /// a past form in -ed (`barked`, `interjected`) or one of a few irregular ones (`shot back`).
    func isSpeakingVerb(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.capitalized, H.cues[t.hash] == nil, !H.clauseWords.contains(t.hash), !H.finiteVerbs.contains(t.hash) else { return false }
        return isPastTense(k) || H.irregularSpeakingVerbs.contains(t.hash)
    }

    /// The verb's last token: the verb itself, or a particle right after it (`shot back`).
    func verbEnd(_ verb: Int, _ b: Int) -> Int {
        return verb + 1 < b && tokens[verb + 1].kind == .word && Self.speakingParticles.contains(tokens[verb + 1].hash) ? verb + 1 : verb
    }

    /// `opposition leader`, `fire chief`: a lowercase word that is neither a verb nor a function
    /// word, right before a title, is part of the role.
    func isNounBeforeTitle(_ k: Int) -> Bool {
        let t = tokens[k]
        guard k + 1 < tokens.count, t.kind == .word, !t.capitalized, tokens[k + 1].kind == .word, !tokens[k + 1].capitalized,
              H.titles.contains(tokens[k + 1].hash)
        else { return false }
        return H.cues[t.hash] == nil && !isPastTense(k) && !H.prepositions.contains(t.hash) && !H.determiners.contains(t.hash)
            && !H.andBut.contains(t.hash) && !H.clauseWords.contains(t.hash) && !isAdverb(k) && !isParticiple(k)
    }

    /// A lowercase word in `-ed` (a verb in the past tense, most of the time).
    func isPastTense(_ k: Int) -> Bool {
        return token(k, endsWith: "ed", longerThan: 4)
    }

    // MARK: tokens

    /// Whether token `k` opens a quotation that is paired with its closing mark or runs on.
    func opensQuotation(_ k: Int) -> Bool { tokens[k].isOpenQuote && quoteOf[k] == Int32(k) }

    /// Whether token `k` opens a quotation whose closing mark is in this paragraph.
    func opensClosedQuotation(_ k: Int) -> Bool { opensQuotation(k) && closeOf[k] > k }

    /// Whether token `k` is the first of its sentence.
    func opensSentence(_ k: Int) -> Bool { sentences[sentenceIndex(containing: k)].lowerBound == k }

    /// Whether token `k` belongs to a name chunk.
    func isInName(_ k: Int) -> Bool { chunkOf[k] >= 0 }

    /// The name chunk token `k` belongs to (only where `isInName(k)`).
    func nameChunk(_ k: Int) -> NameChunk { chunks[Int(chunkOf[k])] }
}
