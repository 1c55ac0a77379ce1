/// Reading the speaker next to a cue: the subject before it, the name after an inverted cue,
/// `according to X` and `in X's words`.
extension AttributionRun {
    /// The speaker phrase that starts at `from` after an inverted cue (`said Alexander Panov,
    /// former Russian deputy foreign minister`), with its appositive role.
    func forwardSpeaker(_ p: Int, from: Int, to b: Int) -> SpeakerPhrase? {
        let text = texts[p]
        let tokens = text.tokens
        guard from < b, tokens[from].isWord else { return nil }
        // `said Tuesday`, `said in a statement`: circumstances, not a speaker.
        // `reported by local press as …`: a passive's agent, not an inverted speaker.
        if H.notSpeakerStart.contains(tokens[from].hash) || tokens[from].hash == H.by { return nil }
        var end = from
        if text.isInName(from), text.nameChunk(from).titleStart == from {
            end = text.nameChunk(from).last
            // `said Clinton ally James Carville`, `said Virginia delegate Beau Correll`: the
            // capitalized words are part of a role written before the name.
            if let named = nameAfterRolePrefix(p, after: end, to: b) { end = named.last }
        } else if H.pronouns.contains(tokens[from].hash) && !(H.articlesAndOwners.contains(tokens[from].hash) && from + 1 < b && tokens[from + 1].kind == .word) {
            // (`said his campaign manager Jeff Weaver`: an owner's pronoun opens a noun phrase.)
            end = from
        } else {
            // A noun phrase: `a spokesman for the ministry`, `the Kremlin`.
            var k = from
            while k < b, k - from < Self.longestNounPhraseSpeaker {
                let t = tokens[k]
                // A verb ends the phrase (`according to the ministry recovered …`); after an
                // article a cue word is a noun (`a report by the auditor`).
                // (`one engineer involved in the survey`: a participle and its preposition describe
                // the noun.)
                // (`the ministry recovered at least ten survivors`: `at least` counts an object; the
                // verb is finite.)
                func isDescribing(_ j: Int) -> Bool {
                    text.isPastTense(j) && H.cues[tokens[j].hash] == nil && j + 1 < b && tokens[j + 1].kind == .word && H.prepositions.contains(tokens[j + 1].hash)
                        && !text.boundsCount(at: j + 1)
                }
                let describing = isDescribing(k)
                // (`former secretary of state Hillary Clinton`: a cue word before a name is a noun.)
                let beforeName = k + 1 < b && text.isInName(k + 1) && !text.isPastTense(k) && !text.isParticiple(k)
                if t.kind == .word, k > from, !t.capitalized, !H.relatives.contains(tokens[k - 1].hash), !H.determiners.contains(tokens[k - 1].hash), !beforeName,
                   H.cues[t.hash] != nil || text.isPastTense(k) && !describing
                {
                    break
                }
                // `a strategist who spoke …`, `an official during the debate`: a relative clause
                // or a circumstance ends the phrase.
                if t.kind == .word, k > from, !t.capitalized, H.relatives.contains(t.hash) || H.circumstance.contains(t.hash) || t.hash == H.during { break }
                // (`a pilot involved in the talks`: the preposition of a describing participle.)
                let afterDescribing = k > from && tokens[k - 1].kind == .word && isDescribing(k - 1)
                if t.kind == .word, !H.clauseWords.contains(t.hash), t.hash != H.in && t.hash != H.on || k == from || afterDescribing {
                    if text.isInName(k) { k = text.nameChunk(k).last }
                    end = k
                    k += 1
                    continue
                }
                if t.kind == .possessive || t.kind == .period && t.abbreviation || t.kind == .number { end = k; k += 1; continue }
                if t.kind == .other, t.length == 1, text.scalars[Int(t.start)] == "/" || text.scalars[Int(t.start)] == "&" { k += 1; continue }
                break
            }
        }
        // `argued the government's lawyer, Richard Keen`: a description, then the name in apposition.
        if !text.tokens[from].capitalized || H.determiners.contains(tokens[from].hash), !text.isInName(from) || H.determiners.contains(tokens[from].hash),
           end + 2 < b, tokens[end + 1].kind == .comma, text.isInName(end + 2)
        {
            let named = text.nameChunk(end + 2)
            let after = named.last + 1
            if named.titleStart == end + 2, named.kind == .person, named.words >= 2 || named.titleStart < named.first,
               after >= b || [.period, .comma, .colon, .dash, .semicolon].contains(tokens[after].kind)
            {
                return SpeakerPhrase(speaker: SpeakerSpan(paragraph: p, first: named.titleStart, last: named.last), role: text.text(tokens: from, end), end: named.last)
            }
        }
        // `said former secretary of state Hillary Clinton`, `added his campaign manager Jeff
        // Weaver`: a description that ends in a person's name is the name's role.
        var speakerFirst = from
        var nameEnd = end
        var description: String?
        if !tokens[from].capitalized, let person = namedPerson(in: text, from: from, through: end) {
            speakerFirst = person.titleStart
            nameEnd = person.last
            // (`voter Stephanie Hooton of Derry`: where the person is from is the role's.)
            let whereFrom = person.last < end ? " " + text.text(tokens: person.last + 1, end) : ""
            description = text.text(tokens: from, speakerFirst - 1) + whereFrom
        } else if H.pronouns.contains(tokens[from].hash), end > from {
            // (`stressed his executive experience`: without a name the owner is the speaker.)
            return SpeakerPhrase(speaker: SpeakerSpan(paragraph: p, first: from, last: from), role: nil, end: from)
        }
        // `said Maria Costa of the Ohio delegation`: where the person is from or works.
        var affiliation: String?
        if text.isInName(nameEnd), text.nameChunk(nameEnd).kind == .person, end + 2 < b, tokens[end + 1].kind == .word,
           H.affiliation.contains(tokens[end + 1].hash), tokens[end + 2].capitalized || H.articlesAndOwners.contains(tokens[end + 2].hash)
        {
            var j = end + 2
            var last = -1
            while j < b, j - end <= Self.longestAffiliation {
                let t = tokens[j]
                if t.kind == .word, !t.capitalized, H.clauseWords.contains(t.hash) || H.cues[t.hash] != nil || H.circumstance.contains(t.hash) || H.relatives.contains(t.hash) { break }
                guard t.kind == .word || t.kind == .possessive || t.kind == .period && t.abbreviation else { break }
                last = j
                j += 1
            }
            if last > end + 1 {
                affiliation = text.text(tokens: end + 1, last)
                end = last
            }
        }
        // `Robert P. Casey Jr. (D-Pa.)`: the stop of a suffix belongs to the name.
        if end + 1 < b, tokens[end + 1].kind == .period, tokens[end + 1].abbreviation, tokens[end + 1].start == tokens[end].end { end += 1 }
        // `Rep. J.R. Halvorsen (D-Minn.), head of …`
        if end + 1 < b, tokens[end + 1].kind == .openParen {
            var j = end + 1
            while j < b, j - end < Self.longestParenthesis, tokens[j].kind != .closeParen { j += 1 }
            if j < b, tokens[j].kind == .closeParen { end = j }
        }
        let described = [description, affiliation].compactMap { $0 }
        var role: String? = described.isEmpty ? nil : described.joined(separator: " ")
        // `said Bernadette Kovacs, 67, a retired teacher`: an age, then the role.
        if role == nil, end + 3 < b, tokens[end + 1].kind == .comma, tokens[end + 2].kind == .number,
           tokens[end + 3].kind == .comma || tokens[end + 3].kind == .period && !tokens[end + 3].abbreviation
        {
            role = text.text(tokens: end + 2, end + 2)
            end += 2
            if end + 2 < b, tokens[end + 1].kind == .comma, let r = roleAfter(p, end + 2, b) {
                role = text.text(tokens: end, r)
                end = r
            }
            return SpeakerPhrase(speaker: SpeakerSpan(paragraph: p, first: speakerFirst, last: nameEnd), role: role, end: end)
        }
        if end + 2 < b, tokens[end + 1].kind == .comma, let r = roleAfter(p, end + 2, b) {
            let apposition = text.text(tokens: end + 2, r)
            role = role.map { "\($0), \(apposition)" } ?? apposition
            end = r
        }
        return SpeakerPhrase(speaker: SpeakerSpan(paragraph: p, first: speakerFirst, last: nameEnd), role: role, end: end)
    }

    /// The person's name in a noun phrase read forwards, not its first word: the first one that
    /// ends the phrase or is followed by where the person is from (`voter Stephanie Hooton of
    /// Derry`).
    func namedPerson(in text: ParagraphText, from: Int, through end: Int) -> NameChunk? {
        var k = from + 1
        while k <= end {
            guard text.isInName(k) else { k += 1; continue }
            let chunk = text.nameChunk(k)
            // (The name follows a noun of the description: `voter Stephanie Hooton`, not `talks
            // with Putin and Lavrov`.)
            if chunk.kind == .person, chunk.titleStart > from, case let before = text.tokens[chunk.titleStart - 1], before.kind == .word, !before.capitalized,
               !H.prepositions.contains(before.hash), !H.andBut.contains(before.hash)
            {
                if chunk.last == end { return chunk }
                let next = text.tokens[chunk.last + 1]
                if next.kind == .word, H.affiliation.contains(next.hash) { return chunk }
            }
            k = chunk.last + 1
        }
        return nil
    }

    /// The most words of a description before a name (`the veteran economist`).
    static let longestDescriptionBeforeName = 4

    /// The most tokens of a share restated between commas, its comma included (`, 67 percent,`).
    static let longestShareBetweenCommas = 4

    /// The most words of a noun phrase subject before a relative clause (`One attendee, who …`).
    static let longestBareSubject = 6

    /// The most tokens of a quoted title inside a role (`''Destiny and Power,''`).
    static let longestQuotedTitle = 12

    /// The most tokens of `of the New York delegation` after an inverted speaker's name.
    static let longestAffiliation = 8

    /// The most words a role written before a name may run to after its first capitalized
    /// word (`the governor’s primary rival Sen. Dana Holt`).
    static let maximumRolePrefixWords = 6

    /// The most tokens of a speaker phrase that is no name (`a spokesman for the ministry`).
    static let longestNounPhraseSpeaker = 8
    /// The most tokens inside parentheses after a name (`(D-N.C.)`).
    static let longestParenthesis = 10
    /// The most tokens of an opening phrase before a sentence's subject (`During a speech
    /// earlier in the day,`).
    static let longestOpeningPhraseBeforeSubject = 16
    /// Signs of money before a number inside a speaker phrase (`Fight for $15`).
    static let currencySigns: Set<Unicode.Scalar> = ["$", "€", "£", "¥"]
    /// The most lowercase title words between a name and the name they introduce
    /// (`Democratic presidential nominee Hillary Clinton`).
    static let longestTitleWordsAfterName = 4
    /// The most tokens of a role written before a name between commas (`The Senate Minority
    /// Leader, Chuck Schumer, said`).
    static let longestRoleBeforeName = 8
    /// The most tokens of a phrase before `of`/`at` and a named body (`Officials at Homeland
    /// Security Investigations`).
    static let longestPhraseBeforeAffiliation = 8
    /// The most tokens a subject read backwards from its cue may span.
    static let longestBackwardSubject = 10

    /// The person named after a role that began before `after` (`Clinton ally | James
    /// Carville`, `Ayotte campaign manager | Jon Kohan`): lowercase role nouns, possessives and
    /// other capitalized words, then a person's name of two words or with a title. Nil when a
    /// word on the way cannot belong to a role (a verb, `that`, a preposition, a time).
    func nameAfterRolePrefix(_ p: Int, after end: Int, to b: Int) -> NameChunk? {
        let text = texts[p]
        let tokens = text.tokens
        var k = end + 1
        var roleWords = 0
        var sawLowercase = false
        while k < b, roleWords <= Self.maximumRolePrefixWords {
            let t = tokens[k]
            if t.kind == .possessive || t.kind == .period && t.abbreviation { k += 1; continue }
            guard t.kind == .word, text.quoteOf[k] < 0 else { return nil }
            if text.isInName(k) {
                let chunk = text.nameChunk(k)
                if sawLowercase, chunk.titleStart == k, chunk.kind == .person, chunk.words >= 2 || chunk.titleStart < chunk.first {
                    return chunk
                }
                roleWords += 1
                k = chunk.last + 1
                continue
            }
            if t.capitalized { return nil }
            let h = t.hash
            if H.clauseWords.contains(h) || H.cues[h] != nil || H.prepositions.contains(h) || H.timeWords.contains(h)
                || H.determiners.contains(h) || H.pronouns.contains(h) || H.subordinators.contains(h) || H.andBut.contains(h)
                || text.isPastTense(k)
            {
                return nil
            }
            sawLowercase = true
            roleWords += 1
            k += 1
        }
        return nil
    }

    /// The last token of an appositive role that starts at `k` (`former Russian deputy foreign
    /// minister`, `a member of …`, `head of …`), or nil when what follows is no role.
    func roleAfter(_ p: Int, _ k: Int, _ b: Int) -> Int? {
        let text = texts[p]
        let tokens = text.tokens
        guard k < b, tokens[k].kind == .word else { return nil }
        let first = tokens[k]
        if H.relatives.contains(first.hash) || H.pronouns.contains(first.hash) && first.hash != H.his && first.hash != H.her && first.hash != H.their { return nil }
        if H.cues[first.hash] != nil || H.clauseWords.contains(first.hash) { return nil }
        // `said Reince Priebus, though he added …`: a subordinate clause, not a role.
        if H.subordinators.contains(first.hash) || H.andBut.contains(first.hash) { return nil }
        // `, in 2014 in the continental United States,` is a circumstance, not a role; `of CNN` is.
        if H.prepositions.contains(first.hash), first.hash != H.of { return nil }
        if !first.capitalized {
            if text.isParticiple(k) { return nil }
        } else if !H.titles.contains(first.hash) && !H.determiners.contains(first.hash) {
            return nil
        }
        var j = k
        var last = k
        // The relative pronoun that opens a clause about the speaker inside the role, if any.
        var relative: Int?
        while j < b {
            let t = tokens[j]
            // `the author of ''River of Glass,'' a memoir`: a short quoted title is part of the role.
            if j > k, text.opensClosedQuotation(j), text.quoteLast(j) - j <= Self.longestQuotedTitle {
                last = text.quoteLast(j)
                j = last + 1
                continue
            }
            if t.kind == .comma || t.kind == .semicolon || t.isOpenQuote || t.kind == .dash || t.kind == .colon { break }
            if t.kind == .period && !t.abbreviation { break }
            if j > k, t.kind == .word, H.personRelatives.contains(t.hash), relative == nil { relative = j }
            // A verb ends the role; a cue word that is no verb form is a noun in it (`former
            // state Senate majority leader`, `the report's author`, `an agent in charge of …`).
            let afterPreposition = j > k && tokens[j - 1].kind == .word && H.prepositions.contains(tokens[j - 1].hash) && tokens[j - 1].hash != H.to
            if t.kind == .word, H.cues[t.hash] != nil, !t.capitalized, !afterPreposition,
               text.isPastTense(j) || text.isParticiple(j) || H.verbOnlyCueForms.contains(t.hash)
                || !(j > k && tokens[j - 1].kind == .word && (tokens[j - 1].capitalized || H.determiners.contains(tokens[j - 1].hash)
                    || NameRegistry.qualifierHashes.contains(tokens[j - 1].hash) || H.titleAdjectives.contains(tokens[j - 1].hash)))
            {
                // `a pollster who worked with him and called him …`, `a captain who said …`: a
                // reporting verb in a relative clause about the speaker says something of its
                // own; the role ends before the clause (`a nurse who lives by the river` keeps it).
                if let relative { return relative - 1 }
                break
            }
            if t.kind == .word, H.clauseWords.contains(t.hash), t.hash != H.to { return nil }
            last = j
            j += 1
        }
        return last
    }

    /// Where a subject starts right after the comma at `comma`: a pronoun, a name, or a person's
    /// name after lowercase words describing them (`former Arkansas Gov. Mike Huckabee`); nil when
    /// the comma is followed by anything else (a verb, a relative clause, a second clause).
    func subjectStart(afterComma comma: Int, before: Int, in text: ParagraphText) -> Int? {
        var n = comma + 1
        while n < before, n - comma <= Self.longestTitleWordsAfterName, text.isDescriptionWord(n) { n += 1 }
        guard n < before, text.tokens[n].kind == .word else { return nil }
        if n == comma + 1 { return text.isInName(n) || H.subjectPronouns.contains(text.tokens[n].hash) ? n : nil }
        return text.isInName(n) && text.nameChunk(n).kind == .person ? n : nil
    }

    /// Where the subject starts after an opening phrase or clause that begins at `k`: past the
    /// first comma outside quotation marks that a name (after its description) or a pronoun
    /// follows; nil when no such comma comes soon.
    func subjectAfterOpening(at k: Int, before: Int, in text: ParagraphText) -> Int? {
        var j = k + 1
        while j + 1 < before, j - k < 2 * Self.longestOpeningPhraseBeforeSubject {
            if text.tokens[j].kind == .comma, text.quoteOf[j] < 0, let subject = subjectStart(afterComma: j, before: before, in: text) { return subject }
            j += 1
        }
        return nil
    }

    /// The last token of a dateline opening at `k` (`WASHINGTON —`): a name in capitals and a dash.
    func datelineEnd(at k: Int, before: Int, in text: ParagraphText) -> Int? {
        guard text.tokens[k].kind == .word, text.isInName(k) else { return nil }
        let place = text.nameChunk(k)
        let dash = place.last + 1
        guard dash + 1 < before, text.tokens[dash].kind == .dash, text.isAllCapitals(place) else { return nil }
        return dash
    }

    /// The subject that opens the sentence: a name or a pronoun after any opening connectors.
    func sentenceSubject(_ p: Int, _ a: Int, _ before: Int) -> SubjectPhrase? {
        let text = texts[p]
        var k = a
        // `During a visit earlier in the week, the mayor attacked …`: an opening phrase ends at a comma.
        if text.tokens[k].kind == .word, H.connectors.contains(text.tokens[k].hash) {
            var j = k + 1
            while j < before, j - k < Self.longestOpeningPhraseBeforeSubject, text.tokens[j].kind != .comma, text.quoteOf[j] < 0 { j += 1 }
            if j < before, text.tokens[j].kind == .comma { k = j + 1 }
        } else if text.tokens[k].kind == .word, k + 1 < before, text.tokens[k + 1].kind == .word, !text.tokens[k + 1].capitalized,
                  text.isParticiple(k) || text.isPastTense(k) || text.isAdverb(k) && text.isParticiple(k + 1)
        {
            // `Chastened by the analyses, as well as complaints …, Trump revised …`, `Hastily
            // politicizing the tragedy …, Trump cast …`, `Weighing in on the discussion, former
            // Gov. Mike Huckabee agreed`: an opening participle's phrase ends at the comma a name
            // (after its description) or a pronoun follows.
            if let subject = subjectAfterOpening(at: k, before: before, in: text) { k = subject }
        } else if text.tokens[k].kind == .word, H.subordinators.contains(text.tokens[k].hash) {
            // `While all agreed that time off was rare, artist Leisha Riddell emphasized …`: a
            // subordinate clause that opens the sentence ends at the comma a name (after its
            // description) or a pronoun follows; the main clause's subject is the sentence's.
            if let subject = subjectAfterOpening(at: k, before: before, in: text) { k = subject }
        } else if let dateline = datelineEnd(at: k, before: before, in: text) {
            // `WASHINGTON — Sen. Chuck Grassley … downplayed …`: a dateline is no subject.
            k = dateline + 1
        }
        while k < before, text.tokens[k].kind != .word || text.quoteOf[k] >= 0 || H.connectors.contains(text.tokens[k].hash) && !text.isInName(k) { k += 1 }
        guard k < before else { return nil }
        // `The United Nations Security Council on Friday made …`: the article before a name.
        if text.tokens[k].hash == H.the, k + 1 < before, !text.isInName(k), text.isInName(k + 1), text.nameChunk(k + 1).titleStart == k + 1,
           text.nameChunk(k + 1).kind == .organization
        {
            k += 1
        }
        if text.isInName(k) {
            var chunk = text.nameChunk(k)
            // `Green Party nominee Ruth Adler chimed in …`: the name after the title words.
            var j = chunk.last + 1
            while j < before, j - chunk.last <= Self.longestTitleWordsAfterName, text.tokens[j].kind == .word, !text.tokens[j].capitalized,
                  H.titles.contains(text.tokens[j].hash) || H.titleAdjectives.contains(text.tokens[j].hash)
            {
                j += 1
            }
            if j < before, j > chunk.last + 1, text.isInName(j) {
                let next = text.nameChunk(j)
                if next.titleStart == j, next.kind == .person { chunk = next }
            }
            // `Obama and Clinton call them …`: two people joined are the subject together.
            var last = chunk.last
            if chunk.kind == .person, last + 2 < before, text.tokens[last + 1].kind == .word, text.tokens[last + 1].hash == NameChunker.andHash, text.isInName(last + 2) {
                let other = text.nameChunk(last + 2)
                if other.titleStart == last + 2, other.kind == .person { last = other.last }
            }
            if chunk.titleStart >= k { return SubjectPhrase(first: chunk.titleStart, last: last, boundary: a - 1, role: nil) }
        }
        if H.pronouns.contains(text.tokens[k].hash) { return SubjectPhrase(first: k, last: k, boundary: a - 1, role: nil) }
        return nil
    }

    /// The subject that ends at token `before` (the cue follows it), with an appositive role
    /// and the token just before the subject (`boundary`, below the sentence when none).
    func backwardSubject(_ p: Int, _ a: Int, _ cueBefore: Int) -> SubjectPhrase? {
        let text = texts[p]
        let tokens = text.tokens
        guard cueBefore >= a else { return nil }
        // `Many speakers at the service — including Muslims, Christians, Jews — said`: an aside
        // between dashes stands between the subject and its cue; the subject ends before it.
        // (A dash may be written as two hyphens, two tokens.)
        var before = cueBefore
        if tokens[before].kind == .dash {
            var closing = before
            while closing - 1 > a, tokens[closing - 1].kind == .dash { closing -= 1 }
            if var opening = (max(a, closing - ParagraphText.longestDashAside)..<closing).last(where: { tokens[$0].kind == .dash }) {
                while opening - 1 > a, tokens[opening - 1].kind == .dash { opening -= 1 }
                if opening > a { before = opening - 1 }
            }
        }
        // `Ada Lind, the author of “Harbor Lights,” said`: the comma that closes the role may
        // stand inside the closing mark of a title.
        let titleClosesRole = tokens[before].isCloseQuote && before - 1 > a && tokens[before - 1].kind == .comma && text.quoteOf[before] >= 0
            && before - Int(text.quoteOf[before]) <= Self.longestQuotedTitle && text.isQuotedTitle(Int(text.quoteOf[before]))
        // `Fyodor Lukyanov, head of …, said`: a role closed by a comma; a role may hold commas
        // itself (`Carla Voss, the attorney general of Nevada, one of the states …, said`).
        if tokens[before].kind == .comma || titleClosesRole {
            var j = titleClosesRole ? Int(text.quoteOf[before]) - 1 : before - 1
            var fallback: SubjectPhrase?
            for _ in 0..<3 {
                while j >= a, tokens[j].kind != .comma, tokens[j].kind != .closeDouble, text.quoteOf[j] < 0 || tokens[j].kind == .possessive { j -= 1 }
                guard j > a, tokens[j].kind == .comma, j + 1 < before else { return fallback }
                // `Among likely voters, about two-thirds, 67 percent, say …`: a share between commas
                // restates the share before it, and both are the subject.
                if before - j <= Self.longestShareBetweenCommas, (j + 1..<before).contains(where: { text.isShareOfPeople($0) }) {
                    var start = j - 1
                    while start >= a, tokens[start].kind != .comma, tokens[start].kind != .semicolon, text.quoteOf[start] < 0, j - start <= Self.longestBareSubject { start -= 1 }
                    if start < a || tokens[start].kind == .comma || tokens[start].kind == .semicolon, start + 1 < j, !text.holdsVerb(start + 1, j - 1) {
                        var first = start + 1
                        while first < j, tokens[first].kind == .word, H.connectors.contains(tokens[first].hash) { first += 1 }
                        if first < j { return SubjectPhrase(first: first, last: before - 1, boundary: first - 1, role: nil) }
                    }
                }
                // `The Senate Minority Leader, Chuck Schumer, said`: the name stands between the commas.
                if text.isInName(j + 1) {
                    let named = text.nameChunk(j + 1)
                    if named.titleStart == j + 1, named.last == before - 1, named.kind == .person {
                        var roleStart = j - 1
                        while roleStart >= a, tokens[roleStart].kind == .word || tokens[roleStart].kind == .possessive || tokens[roleStart].kind == .period && tokens[roleStart].abbreviation,
                              !H.clauseWords.contains(tokens[roleStart].hash), j - roleStart < Self.longestRoleBeforeName
                        {
                            roleStart -= 1
                        }
                        roleStart += 1
                        // What is said ends before the role (`“…,” the union's secretary, Frank Dolan, wrote`).
                        // (A role that opens the sentence is its subject's: `One of the mayor's
                        // aides, Tom Reyes, said on Monday.` says nothing before it.)
                        let boundary = roleStart - 1 >= a && (tokens[roleStart - 1].kind == .comma || tokens[roleStart - 1].isCloseQuote) ? roleStart - 1
                            : roleStart == a ? a - 1 : named.titleStart - 1
                        while roleStart < j, H.connectors.contains(tokens[roleStart].hash) || H.determiners.contains(tokens[roleStart].hash) { roleStart += 1 }
                        let role = roleStart < j ? text.text(tokens: roleStart, j - 1) : nil
                        return SubjectPhrase(first: named.titleStart, last: named.last, boundary: boundary, role: role)
                    }
                }
                // `One volunteer, who like the others was not named, said`: a
                // relative clause between commas after a short noun phrase opening the sentence.
                // (Also an aside in -ing: `A senior official, speaking on condition of anonymity, said`.)
                if tokens[j + 1].kind == .word, H.relatives.contains(tokens[j + 1].hash) || text.isParticiple(j + 1) && !tokens[j + 1].capitalized {
                    // (`“…,” an intelligence source, who …, told Fox News`: the subject starts
                    // after the quotation that opens the sentence.)
                    var start = text.opensClosedQuotation(a) && text.quoteLast(a) < j ? text.quoteLast(a) + 1 : a
                    while start < j, tokens[start].kind == .word && H.connectors.contains(tokens[start].hash) && !text.isInName(start) || tokens[start].kind == .comma { start += 1 }
                    if start < j, j - start <= Self.longestBareSubject,
                       (start..<j).allSatisfy({ tokens[$0].kind == .word && !H.clauseWords.contains(tokens[$0].hash) && H.cues[tokens[$0].hash] == nil && text.quoteOf[$0] < 0 })
                    {
                        return SubjectPhrase(first: start, last: j - 1, boundary: start - 1, role: nil)
                    }
                }
                // `Henry L. Moss Sr., the head of …, said`: a suffix's stop ends the name.
                let suffixStop = j - 1 > a && tokens[j - 1].kind == .period && tokens[j - 1].abbreviation ? chunkEnding(p, j - 2) : nil
                // `Ada Lind of New York, a harbor pilot, said`: a place after `of` or `from` is the
                // person's affiliation; the person named before it is the speaker.
                var named = chunkEnding(p, j - 1) ?? chunkBeforeParens(p, j - 1) ?? suffixStop
                if let place = named, place.kind != .person, place.titleStart - 2 >= a, tokens[place.titleStart - 1].kind == .word,
                   H.affiliation.contains(tokens[place.titleStart - 1].hash), let owner = chunkEnding(p, place.titleStart - 2), owner.kind == .person
                {
                    named = owner
                }
                if let chunk = named {
                    let roleFirst = j + 1
                    let isRelative = H.relatives.contains(tokens[roleFirst].hash)
                    let roleLike = roleAfter(p, roleFirst, before) != nil
                    // `Michael Mulgrew, president of the Federation, which represents …, said`: the
                    // relative clause is about the organization; the speaker is named before it.
                    if chunk.kind == .organization, isRelative, fallback == nil {
                        fallback = SubjectPhrase(first: chunk.titleStart, last: chunk.last, boundary: chunk.titleStart - 1, role: nil)
                        j -= 1
                        continue
                    }
                    if chunk.kind == .person || chunk.kind == .organization && (roleLike || isRelative) {
                        // `Officials at the Coastal Survey Office, a division of …, said`.
                        var subjectFirst = chunk.titleStart
                        if subjectFirst - 1 > a, tokens[subjectFirst - 1].kind == .word, H.prepositions.contains(tokens[subjectFirst - 1].hash) {
                            var f = subjectFirst - 1
                            while f > a, tokens[f - 1].kind == .word || tokens[f - 1].kind == .possessive, subjectFirst - f < Self.longestPhraseBeforeAffiliation { f -= 1 }
                            subjectFirst = f
                            // `Anderson Cooper, of CNN, one of …, said`: a segment that opens with the
                            // preposition belongs to the role of a name further back.
                            if subjectFirst == chunk.titleStart - 1 {
                                j -= 1
                                continue
                            }
                        } else {
                            // `''…,'' the economist Ines Duarte, a former adviser …, wrote`:
                            // a description before the name belongs to the subject.
                            var f = subjectFirst
                            while f - 1 >= a, chunk.titleStart - f < Self.longestDescriptionBeforeName, tokens[f - 1].kind == .word, !tokens[f - 1].capitalized,
                                  text.quoteOf[f - 1] < 0, H.cues[tokens[f - 1].hash] == nil, !H.clauseWords.contains(tokens[f - 1].hash) || H.articlesAndOwners.contains(tokens[f - 1].hash),
                                  !H.prepositions.contains(tokens[f - 1].hash), !H.subordinators.contains(tokens[f - 1].hash), !H.connectors.contains(tokens[f - 1].hash)
                            {
                                f -= 1
                            }
                            if f < subjectFirst, f - 1 < a || tokens[f - 1].kind == .comma || tokens[f - 1].isCloseQuote { subjectFirst = f }
                        }
                        // The role ends before a relative clause (`…, which represents …`).
                        // (A title that closes the role keeps its closing mark.)
                        var roleLast = titleClosesRole ? before : before - 1
                        var r = roleFirst
                        while r < before - 1 {
                            if tokens[r].kind == .comma, H.relatives.contains(tokens[r + 1].hash) { roleLast = r - 1; break }
                            r += 1
                        }
                        // `Sadiq Khan, gave his condolences via Twitter, adding`: a clause, not a role.
                        // (Up to a relative word: `a lawyer who has represented the family` is a role.)
                        let beforeRelative = stride(from: roleFirst, through: roleLast, by: 1).prefix { !H.relatives.contains(tokens[$0].hash) }
                        let isClause = beforeRelative.contains { tokens[$0].kind == .word && H.clauseWords.contains(tokens[$0].hash) && tokens[$0].hash != H.to }
                        // `CNN, however, reported`: an aside between commas is no role.
                        let isAside = roleLast == roleFirst && tokens[roleFirst].kind == .word
                            && (H.connectors.contains(tokens[roleFirst].hash) || H.modifiers.contains(tokens[roleFirst].hash) || text.isAdverb(roleFirst) || tokens[roleFirst].hash == H.too)
                        let role = isRelative || isClause || isAside || roleLast < roleFirst ? nil : text.text(tokens: roleFirst, roleLast)
                        return SubjectPhrase(first: subjectFirst, last: chunk.last, boundary: subjectFirst - 1, role: role)
                    }
                }
                j -= 1
            }
            return fallback
        }
        var k = before
        var words = 0
        while k >= a {
            let t = tokens[k]
            if t.kind == .closeParen {
                // `Rep. Gwen Moore (D-Wis.) said`
                var j = k
                while j > a, k - j < Self.longestParenthesis, tokens[j].kind != .openParen { j -= 1 }
                if tokens[j].kind == .openParen, j > a { k = j - 1; continue }
                break
            }
            if t.kind == .word {
                // A pronoun right before the cue is the subject (`they wrote`).
                // (`a source close to him said`: an object pronoun after a preposition ends the
                // subject's phrase.)
                if k == before, H.objectPronouns.contains(t.hash), !H.subjectPronouns.contains(t.hash), k - 1 > a, tokens[k - 1].kind == .word,
                   H.prepositions.contains(tokens[k - 1].hash)
                {
                    words += 2
                    k -= 2
                    continue
                }
                if k == before, H.pronouns.contains(t.hash), !H.relatives.contains(t.hash) { words += 1; k -= 1; break }
                // `Advisers to Mr. Obama say`, `an aide to the mayor said`: `to` after a noun of
                // people belongs to the speaker phrase.
                if t.hash == H.to, k != before, k - 1 >= a, tokens[k - 1].kind == .word, SpeakerNouns.peopleHashes.contains(tokens[k - 1].hash) {
                    words += 1
                    k -= 1
                    continue
                }
                if H.clauseWords.contains(t.hash) || H.subordinators.contains(t.hash) && !t.capitalized { break }
                // (`A spectator called Osei said`: `called` or `named` before the name gives it.)
                if H.cues[t.hash] != nil && !t.capitalized && k != before,
                   !((t.hash == H.called || t.hash == H.named) && k + 1 <= before && text.isInName(k + 1) && chunkEnding(p, before) != nil)
                {
                    break
                }
                words += 1
            } else if t.kind == .possessive || t.kind == .period && t.abbreviation || t.kind == .number || t.kind == .closeSingle {
            } else if t.kind == .other, k + 1 <= before, tokens[k + 1].kind == .number, Self.currencySigns.contains(text.scalars[Int(t.start)]) {
                // `Fight for $15 organizing director Kendall Fells`: a sum in a name.
            } else if text.isSlashJoin(k) {
                // `A CNN/ORC poll`: two names joined by a slash are one source.
            } else {
                break
            }
            if before - k > Self.longestBackwardSubject { return nil }
            k -= 1
        }
        // `US Ambassador to Germany Richard Grenell said`: a title's `to` or `of` is part of the
        // speaker phrase.
        if k > a, k < before, tokens[k].kind == .word, tokens[k].hash == H.to || tokens[k].hash == H.of,
           tokens[k - 1].kind == .word, tokens[k - 1].capitalized, H.titles.contains(tokens[k - 1].hash), let title = chunkEnding(p, k - 1)
        {
            k = title.titleStart - 1
        }
        let stop = k
        var first = stop + 1
        // `X, who said …`, `the Department which reported …`
        if first > before {
            if stop >= a, H.relatives.contains(tokens[stop].hash) {
                if stop - 1 > a, tokens[stop - 1].kind == .comma, let chunk = chunkEnding(p, stop - 2) {
                    let first = nameBeforeOf(p, chunk.titleStart, from: a)
                    return SubjectPhrase(first: first, last: chunk.last, boundary: first - 1, role: nil)
                }
                if stop - 1 >= a, let chunk = chunkEnding(p, stop - 1) {
                    return SubjectPhrase(first: chunk.titleStart, last: chunk.last, boundary: chunk.titleStart - 1, role: nil)
                }
            }
            return nil
        }
        while first <= before, tokens[first].kind == .word, H.connectors.contains(tokens[first].hash) || tokens[first].kind != .word { first += 1 }
        guard first <= before else { return nil }
        // `On live television Erdogan said`: after a preposition, the words before a person's
        // name are the preposition's object, not the speaker's role.
        if first > a, tokens[first - 1].kind == .word, H.prepositions.contains(tokens[first - 1].hash),
           let chunk = chunkEnding(p, before), chunk.kind == .person, chunk.titleStart > first
        {
            first = chunk.titleStart
        }
        // `“…,” Mahmoud al-Hamza, a member of the … Council told Izvestia.` (Not `Mrs. Clinton,
        // these people said, would …` or `Lee, officials said, …`: many are no one's role, they
        // speak about the name.)
        let speaksForMany = H.quantifiers.contains(tokens[first].hash) || first == before && text.token(before, endsWith: "s", longerThan: 3) && SpeakerNouns.peopleHashes.contains(tokens[before].hash)
        if stop > a, tokens[stop].kind == .comma, !speaksForMany, !tokens[first].capitalized || H.determiners.contains(tokens[first].hash),
           !H.pronouns.contains(tokens[first].hash) || tokens[first].hash == H.his || tokens[first].hash == H.her,
           let chunk = chunkEnding(p, stop - 1), chunk.kind == .person,
           chunk.titleStart == a || chunk.titleStart > a && (tokens[chunk.titleStart - 1].kind == .comma || tokens[chunk.titleStart - 1].isCloseQuote)
        {
            // (`Ines Moreau, who said …`: a relative pronoun stands for the name; it is no role.)
            let role = H.relatives.contains(tokens[first].hash) ? nil : text.text(tokens: first, before)
            return SubjectPhrase(first: chunk.titleStart, last: chunk.last, boundary: chunk.titleStart - 1, role: role)
        }
        return SubjectPhrase(first: first, last: before, boundary: stop, role: nil)
    }

    /// `the Supreme Court of the United States`: where a name is the object of `of` after
    /// another name, the first token of the whole; else `first` itself.
    func nameBeforeOf(_ p: Int, _ first: Int, from a: Int) -> Int {
        let tokens = texts[p].tokens
        var k = first - 1
        if k > a, tokens[k].hash == H.the { k -= 1 }
        guard k > a, tokens[k].kind == .word, tokens[k].hash == H.of, let owner = chunkEnding(p, k - 1), owner.titleStart >= a else { return first }
        return owner.titleStart
    }

    /// The chunk that ends just before a parenthesis closing at `k` (`Rep. Jim Jordan (R-Ohio)`).
    func chunkBeforeParens(_ p: Int, _ k: Int) -> NameChunk? {
        let tokens = texts[p].tokens
        guard k > 0, tokens[k].kind == .closeParen else { return nil }
        var j = k
        while j > 0, k - j < Self.longestParenthesis, tokens[j].kind != .openParen { j -= 1 }
        return tokens[j].kind == .openParen ? chunkEnding(p, j - 1) : nil
    }

    /// The chunk whose last token is `k`.
    func chunkEnding(_ p: Int, _ k: Int) -> NameChunk? {
        let text = texts[p]
        guard k >= 0, k < text.tokens.count, text.isInName(k) else { return nil }
        let chunk = text.nameChunk(k)
        return chunk.last == k ? chunk : nil
    }

}
