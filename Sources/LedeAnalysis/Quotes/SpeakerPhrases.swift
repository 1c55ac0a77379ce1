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
        if text.chunkOf[from] >= 0, text.chunks[Int(text.chunkOf[from])].titleStart == from {
            end = text.chunks[Int(text.chunkOf[from])].last
            // `said Clinton ally James Carville`, `said Virginia delegate Beau Correll`: the
            // capitalized words are part of a role written before the name.
            if let named = nameAfterRolePrefix(p, after: end, to: b) { end = named.last }
        } else if H.pronouns.contains(tokens[from].hash) {
            end = from
        } else {
            // A noun phrase: `a spokesman for the ministry`, `the Kremlin`.
            var k = from
            while k < b, k - from < 8 {
                let t = tokens[k]
                // A verb ends the phrase (`according to the ministry recovered …`); after an
                // article a cue word is a noun (`a report by the auditor`).
                if t.kind == .word, k > from, !t.capitalized, !H.relatives.contains(tokens[k - 1].hash), !H.determiners.contains(tokens[k - 1].hash),
                   H.cues[t.hash] != nil || text.isPastTense(k)
                {
                    break
                }
                // `a strategist who spoke …`, `an official during the debate`: a relative clause
                // or a circumstance ends the phrase.
                if t.kind == .word, k > from, !t.capitalized, H.relatives.contains(t.hash) || H.circumstance.contains(t.hash) || t.hash == H.during { break }
                if t.kind == .word, !H.clauseWords.contains(t.hash), t.hash != H.in && t.hash != H.on || k == from {
                    if text.chunkOf[k] >= 0 { k = text.chunks[Int(text.chunkOf[k])].last }
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
        if !text.tokens[from].capitalized || H.determiners.contains(tokens[from].hash), text.chunkOf[from] < 0 || H.determiners.contains(tokens[from].hash),
           end + 2 < b, tokens[end + 1].kind == .comma, text.chunkOf[end + 2] >= 0
        {
            let named = text.chunks[Int(text.chunkOf[end + 2])]
            let after = named.last + 1
            if named.titleStart == end + 2, named.kind == .person, named.words >= 2 || named.titleStart < named.first,
               after >= b || [.period, .comma, .colon, .dash, .semicolon].contains(tokens[after].kind)
            {
                return SpeakerPhrase(speaker: SpeakerSpan(paragraph: p, first: named.titleStart, last: named.last), role: text.text(tokens: from, end), end: named.last)
            }
        }
        let nameEnd = end
        // `said Robert Antonacci of the New York delegation`: where the person is from or works.
        var affiliation: String?
        if text.chunkOf[nameEnd] >= 0, text.chunks[Int(text.chunkOf[nameEnd])].kind == .person, end + 2 < b, tokens[end + 1].kind == .word,
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
        // `Rep. G.K. Butterfield (D-N.C.), head of …`
        if end + 1 < b, tokens[end + 1].kind == .openParen {
            var j = end + 1
            while j < b, j - end < 10, tokens[j].kind != .closeParen { j += 1 }
            if j < b, tokens[j].kind == .closeParen { end = j }
        }
        var role = affiliation
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
            return SpeakerPhrase(speaker: SpeakerSpan(paragraph: p, first: from, last: nameEnd), role: role, end: end)
        }
        if end + 2 < b, tokens[end + 1].kind == .comma, let r = roleAfter(p, end + 2, b) {
            let apposition = text.text(tokens: end + 2, r)
            role = affiliation.map { "\($0), \(apposition)" } ?? apposition
            end = r
        }
        return SpeakerPhrase(speaker: SpeakerSpan(paragraph: p, first: from, last: nameEnd), role: role, end: end)
    }

    /// The most words of a description before a name (`the veteran economist`).
    static let longestDescriptionBeforeName = 4

    /// The most words of a noun phrase subject before a relative clause (`One attendee, who …`).
    static let longestBareSubject = 6

    /// The most tokens of a quoted title inside a role (`''Destiny and Power,''`).
    static let longestQuotedTitle = 12

    /// The most tokens of `of the New York delegation` after an inverted speaker's name.
    static let longestAffiliation = 8

    /// The most words a role written before a name may run to after its first capitalized
    /// word (`Trump’s GOP primary rival Sen. Marco Rubio`).
    static let maximumRolePrefixWords = 6

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
            if text.chunkOf[k] >= 0 {
                let chunk = text.chunks[Int(text.chunkOf[k])]
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
        // `, in 2014 in the continental United States,` is a circumstance, not a role; `of CNN` is.
        if H.prepositions.contains(first.hash), first.hash != H.of { return nil }
        if !first.capitalized {
            if text.isParticiple(k) { return nil }
        } else if !H.titles.contains(first.hash) && !H.determiners.contains(first.hash) {
            return nil
        }
        var j = k
        var last = k
        while j < b {
            let t = tokens[j]
            // `the author of ''Destiny and Power,'' a biography`: a short quoted title is part of the role.
            if t.isOpenQuote, text.quoteOf[j] == Int32(j), j > k, (text.closeOf[j] ?? -1) >= 0, text.quoteLast(j) - j <= Self.longestQuotedTitle {
                last = text.quoteLast(j)
                j = last + 1
                continue
            }
            if t.kind == .comma || t.kind == .semicolon || t.isOpenQuote || t.kind == .dash || t.kind == .colon { break }
            if t.kind == .period && !t.abbreviation { break }
            // A verb ends the role; a cue word that is no verb form is a noun in it (`former
            // state Senate majority leader`, `the report's author`).
            if t.kind == .word, H.cues[t.hash] != nil, !t.capitalized,
               text.isPastTense(j) || text.isParticiple(j) || H.verbOnlyCueForms.contains(t.hash)
                || !(j > k && tokens[j - 1].kind == .word && (tokens[j - 1].capitalized || H.determiners.contains(tokens[j - 1].hash)
                    || NameRegistry.qualifierHashes.contains(tokens[j - 1].hash) || H.titleAdjectives.contains(tokens[j - 1].hash)))
            {
                break
            }
            if t.kind == .word, H.clauseWords.contains(t.hash), t.hash != H.to { return nil }
            last = j
            j += 1
        }
        return last
    }

    /// The subject that ends at token `before` (the cue follows it), with an appositive role
    /// and the token just before the subject (`boundary`, below the sentence when none).
    func backwardSubject(_ p: Int, _ a: Int, _ before: Int) -> SubjectPhrase? {
        let text = texts[p]
        let tokens = text.tokens
        guard before >= a else { return nil }
        // `Fyodor Lukyanov, head of …, said`: a role closed by a comma; a role may hold commas
        // itself (`Scott Pruitt, the attorney general of Oklahoma, one of the states …, said`).
        if tokens[before].kind == .comma {
            var j = before - 1
            var fallback: SubjectPhrase?
            for _ in 0..<3 {
                while j >= a, tokens[j].kind != .comma, tokens[j].kind != .closeDouble, text.quoteOf[j] < 0 || tokens[j].kind == .possessive { j -= 1 }
                guard j > a, tokens[j].kind == .comma, j + 1 < before else { return fallback }
                // `The Senate Minority Leader, Chuck Schumer, said`: the name stands between the commas.
                if text.chunkOf[j + 1] >= 0 {
                    let named = text.chunks[Int(text.chunkOf[j + 1])]
                    if named.titleStart == j + 1, named.last == before - 1, named.kind == .person {
                        var roleStart = j - 1
                        while roleStart >= a, tokens[roleStart].kind == .word || tokens[roleStart].kind == .possessive || tokens[roleStart].kind == .period && tokens[roleStart].abbreviation,
                              !H.clauseWords.contains(tokens[roleStart].hash), j - roleStart < 8
                        {
                            roleStart -= 1
                        }
                        roleStart += 1
                        // What is said ends before the role (`“…,” the union's secretary, Frank Dolan, wrote`).
                        let boundary = roleStart - 1 >= a && (tokens[roleStart - 1].kind == .comma || tokens[roleStart - 1].isCloseQuote) ? roleStart - 1 : named.titleStart - 1
                        while roleStart < j, H.connectors.contains(tokens[roleStart].hash) || H.determiners.contains(tokens[roleStart].hash) { roleStart += 1 }
                        let role = roleStart < j ? text.text(tokens: roleStart, j - 1) : nil
                        return SubjectPhrase(first: named.titleStart, last: named.last, boundary: boundary, role: role)
                    }
                }
                // `One attendee, who like others spoke on the condition of anonymity, said`: a
                // relative clause between commas after a short noun phrase opening the sentence.
                // (Also an aside in -ing: `A senior official, speaking on condition of anonymity, said`.)
                if tokens[j + 1].kind == .word, H.personRelatives.contains(tokens[j + 1].hash) || text.isParticiple(j + 1) && !tokens[j + 1].capitalized {
                    var start = a
                    while start < j, tokens[start].kind == .word && H.connectors.contains(tokens[start].hash) && text.chunkOf[start] < 0 || tokens[start].kind == .comma { start += 1 }
                    if start < j, j - start <= Self.longestBareSubject,
                       (start..<j).allSatisfy({ tokens[$0].kind == .word && !H.clauseWords.contains(tokens[$0].hash) && H.cues[tokens[$0].hash] == nil && text.quoteOf[$0] < 0 })
                    {
                        return SubjectPhrase(first: start, last: j - 1, boundary: start - 1, role: nil)
                    }
                }
                // `James B. Comey Jr., the director of …, said`: a suffix's stop ends the name.
                let suffixStop = j - 1 > a && tokens[j - 1].kind == .period && tokens[j - 1].abbreviation ? chunkEnding(p, j - 2) : nil
                if let chunk = chunkEnding(p, j - 1) ?? chunkBeforeParens(p, j - 1) ?? suffixStop {
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
                        // `Officials at Homeland Security Investigations, a division of …, said`.
                        var subjectFirst = chunk.titleStart
                        if subjectFirst - 1 > a, tokens[subjectFirst - 1].kind == .word, H.prepositions.contains(tokens[subjectFirst - 1].hash) {
                            var f = subjectFirst - 1
                            while f > a, tokens[f - 1].kind == .word || tokens[f - 1].kind == .possessive, subjectFirst - f < 8 { f -= 1 }
                            subjectFirst = f
                            // `Anderson Cooper, of CNN, one of …, said`: a segment that opens with the
                            // preposition belongs to the role of a name further back.
                            if subjectFirst == chunk.titleStart - 1 {
                                j -= 1
                                continue
                            }
                        } else {
                            // `''…,'' the economist Jared Bernstein, a former adviser …, wrote`:
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
                        var roleLast = before - 1
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
                while j > a, k - j < 10, tokens[j].kind != .openParen { j -= 1 }
                if tokens[j].kind == .openParen, j > a { k = j - 1; continue }
                break
            }
            if t.kind == .word {
                // A pronoun right before the cue is the subject (`they wrote`).
                if k == before, H.pronouns.contains(t.hash), !H.relatives.contains(t.hash) { words += 1; k -= 1; break }
                if H.clauseWords.contains(t.hash) || H.subordinators.contains(t.hash) && !t.capitalized { break }
                // (`A spectator called Osei said`: `called` or `named` before the name gives it.)
                if H.cues[t.hash] != nil && !t.capitalized && k != before,
                   !((t.hash == H.called || t.hash == H.named) && k + 1 <= before && text.chunkOf[k + 1] >= 0 && chunkEnding(p, before) != nil)
                {
                    break
                }
                words += 1
            } else if t.kind == .possessive || t.kind == .period && t.abbreviation || t.kind == .number || t.kind == .closeSingle {
            } else {
                break
            }
            if before - k > 10 { return nil }
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
                    return SubjectPhrase(first: chunk.titleStart, last: chunk.last, boundary: chunk.titleStart - 1, role: nil)
                }
                if stop - 1 >= a, let chunk = chunkEnding(p, stop - 1) {
                    return SubjectPhrase(first: chunk.titleStart, last: chunk.last, boundary: chunk.titleStart - 1, role: nil)
                }
            }
            return nil
        }
        while first <= before, tokens[first].kind == .word, H.connectors.contains(tokens[first].hash) || tokens[first].kind != .word { first += 1 }
        guard first <= before else { return nil }
        // `“…,” Mahmoud al-Hamza, a member of the … Council told Izvestia.`
        if stop > a, tokens[stop].kind == .comma, !tokens[first].capitalized || H.determiners.contains(tokens[first].hash),
           !H.pronouns.contains(tokens[first].hash) || tokens[first].hash == H.his || tokens[first].hash == H.her,
           let chunk = chunkEnding(p, stop - 1), chunk.kind == .person,
           chunk.titleStart == a || chunk.titleStart > a && (tokens[chunk.titleStart - 1].kind == .comma || tokens[chunk.titleStart - 1].isCloseQuote)
        {
            return SubjectPhrase(first: chunk.titleStart, last: chunk.last, boundary: chunk.titleStart - 1, role: text.text(tokens: first, before))
        }
        return SubjectPhrase(first: first, last: before, boundary: stop, role: nil)
    }

    /// The chunk that ends just before a parenthesis closing at `k` (`Rep. Jim Jordan (R-Ohio)`).
    func chunkBeforeParens(_ p: Int, _ k: Int) -> NameChunk? {
        let tokens = texts[p].tokens
        guard k > 0, tokens[k].kind == .closeParen else { return nil }
        var j = k
        while j > 0, k - j < 10, tokens[j].kind != .openParen { j -= 1 }
        return tokens[j].kind == .openParen ? chunkEnding(p, j - 1) : nil
    }

    /// The chunk whose last token is `k`.
    func chunkEnding(_ p: Int, _ k: Int) -> NameChunk? {
        let text = texts[p]
        guard k >= 0, k < text.tokens.count, text.chunkOf[k] >= 0 else { return nil }
        let chunk = text.chunks[Int(text.chunkOf[k])]
        return chunk.last == k ? chunk : nil
    }

    /// `According to X, CONTENT.` and `CONTENT, according to X.`
    mutating func accordingTo(_ p: Int, _ sentence: Range<Int>, _ c: Int) -> Int? {
        let text = texts[p]
        let tokens = text.tokens
        var a = sentence.lowerBound
        let b = sentence.upperBound
        // `And it hasn't gone unnoticed: According to recent polls, …`: a colon starts anew.
        if let colon = (a..<c).last(where: { tokens[$0].kind == .colon && text.quoteOf[$0] < 0 }) { a = colon + 1 }
        // `according to early results of the exit poll`: an adjective of time opens the source.
        var from = c + 2
        if from + 1 < b, tokens[from].kind == .word, H.sourceAdjectives.contains(tokens[from].hash) { from += 1 }
        guard var np = forwardSpeaker(p, from: from, to: b) else { return nil }
        np.speaker.first = c + 2
        // `according to early results of exit polls conducted for the AP by Edison Research,`:
        // a source's own description runs to the comma.
        if np.end + 1 < b, tokens[np.end + 1].kind != .comma, tokens[np.end + 1].kind != .period, np.role == nil,
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
                let isPerson = text.chunkOf[np.speaker.last] >= 0 && text.chunks[Int(text.chunkOf[np.speaker.last])].kind == .person
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
                while j < b, tokens[j].kind != .comma, j - np.end <= Self.longestRelativeClause { j += 1 }
                if j < b, tokens[j].kind == .comma {
                    np.speaker.last = j - 1
                    np.end = j - 1
                }
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
            while last >= start, tokens[last].kind == .period && text.quoteOf[last] < 0 { last -= 1 }
            last = text.clauseEnd(start, last)
            guard start <= last, let content = contentRegion(p, start, last) else { return nil }
            record(p, pieces: content.pieces, kind: content.kind, cue: "according to", subject: np.speaker, role: np.role, at: c)
            return b
        }
        var last = c - 1
        while last >= a, tokens[last].kind == .comma { last -= 1 }
        guard last >= a, let content = contentRegion(p, a, last) else { return nil }
        // `The fire, according to investigators, started in the kitchen.`: a verb after the
        // source's comma goes on with the clause; it is no role.
        if np.role != nil, let roleComma = (np.speaker.last + 1..<min(b, np.end + 1)).first(where: { tokens[$0].kind == .comma }), roleComma + 1 < b,
           tokens[roleComma + 1].kind == .word, !tokens[roleComma + 1].capitalized,
           H.finiteVerbs.contains(tokens[roleComma + 1].hash) || text.isPastTense(roleComma + 1) || H.modifiers.contains(tokens[roleComma + 1].hash)
        {
            np.role = nil
            np.end = roleComma - 1
        }
        // In the middle of a sentence the clause may go on after the source: `While most were
        // elevated to “confidential”, according to an official, two were upgraded` (what follows
        // a subordinate clause is what was said); `At the heart of the trouble, according to
        // Ross, was a decision …` (both parts).
        let rest = np.end + 2
        if np.end + 1 < b, tokens[np.end + 1].kind == .comma, rest < b, tokens[rest].kind == .word {
            var end = b - 1
            while end > rest, tokens[end].kind == .period && text.quoteOf[end] < 0 { end -= 1 }
            end = text.clauseEnd(rest, end)
            let words = (rest...max(rest, end)).filter { tokens[$0].isWord }.count
            if words >= Self.shortestContinuation, let after = contentRegion(p, rest, end) {
                let opensWithSubordinate = tokens[a].kind == .word && H.subordinators.contains(tokens[a].hash)
                let continues = !tokens[rest].capitalized || text.chunkOf[rest] >= 0 && !opensWithSubordinate
                if opensWithSubordinate {
                    record(p, pieces: after.pieces, kind: after.kind, cue: "according to", subject: np.speaker, role: np.role, at: c)
                    return b
                } else if continues, !tokens[rest].capitalized {
                    let kind: Quote.Kind = content.kind == .indirect && after.kind == .indirect ? .indirect : .mixed
                    record(p, pieces: content.pieces + after.pieces, kind: kind, cue: "according to", subject: np.speaker, role: np.role, at: c)
                    return b
                }
            }
        }
        record(p, pieces: content.pieces, kind: content.kind, cue: "according to", subject: np.speaker, role: np.role, at: c)
        return np.end + 1
    }

    /// The most tokens of a source's description after `according to` (`exit polls conducted
    /// for The Associated Press and television networks by Edison Research`).
    static let longestSourceDescription = 16
    /// The fewest words of a clause going on after `, according to X,`.
    static let shortestContinuation = 3

    /// The most words of an unnamed speaker between `as` and `put it` (`as one longtime
    /// grower in the valley put it`).
    static let longestAsSpeaker = 7

    /// `As Ines Corrado put it, CONTENT.`, `CONTENT, as she put it.`, `Farmers, as one grower put
    /// it, are …`: what the sentence says around the aside is what the speaker said.
    mutating func asSomeonePutIt(_ p: Int, _ sentence: Range<Int>, _ c: Int) -> Int? {
        let text = texts[p]
        let tokens = text.tokens
        let a = sentence.lowerBound, b = sentence.upperBound
        var k = c + 1
        guard k < b, tokens[k].kind == .word else { return nil }
        let subjectFirst = k
        if H.subjectPronouns.contains(tokens[k].hash), tokens[k].hash != H.it {
            k += 1
        } else if text.chunkOf[k] >= 0, text.chunks[Int(text.chunkOf[k])].titleStart == k {
            k = text.chunks[Int(text.chunkOf[k])].last + 1
        } else if H.determiners.contains(tokens[k].hash) || H.quantifiers.contains(tokens[k].hash) || tokens[k].hash == H.one {
            while k < b, k - subjectFirst < Self.longestAsSpeaker, tokens[k].kind == .word, tokens[k].hash != H.put, !H.clauseWords.contains(tokens[k].hash) || k == subjectFirst {
                if text.chunkOf[k] >= 0 { k = text.chunks[Int(text.chunkOf[k])].last }
                k += 1
            }
        } else {
            return nil
        }
        let subjectLast = k - 1
        guard subjectLast >= subjectFirst, k + 1 < b, tokens[k].hash == H.put, tokens[k + 1].hash == H.it else { return nil }
        let cueEnd = k + 1
        let after = cueEnd + 1
        guard after >= b || tokens[after].kind == .comma || tokens[after].kind == .colon || tokens[after].kind == .period else { return nil }
        var last = b - 1
        while last > cueEnd, tokens[last].kind == .period && text.quoteOf[last] < 0 { last -= 1 }
        var lead = a
        while lead < c, tokens[lead].kind == .word && H.connectors.contains(tokens[lead].hash) || tokens[lead].kind == .comma { lead += 1 }
        var pieces: [TextSpan] = []
        var kinds: [Quote.Kind] = []
        // Before the aside: `Farmers, as one grower put it,` / `…, as she put it.`
        if lead < c, c > a, tokens[c - 1].kind == .comma, let before = contentRegion(p, lead, c - 1) {
            pieces += before.pieces
            kinds.append(before.kind)
        }
        // After it: `As Ines Corrado put it, the money was already spent.`
        if after + 1 <= last, tokens[after].kind == .comma || tokens[after].kind == .colon {
            let end = text.clauseEnd(after + 1, last)
            if let rest = contentRegion(p, after + 1, end) {
                pieces += rest.pieces
                kinds.append(rest.kind)
            }
        }
        guard !pieces.isEmpty else { return nil }
        let kind: Quote.Kind = kinds.count == 1 ? kinds[0] : kinds.allSatisfy({ $0 == .indirect }) ? .indirect : kinds.contains(.direct) || kinds.contains(.mixed) ? .mixed : .indirect
        record(p, pieces: pieces, kind: kind, cue: "put it", subject: SpeakerSpan(paragraph: p, first: subjectFirst, last: subjectLast), role: nil, at: k)
        return b
    }

    /// `In his words, CONTENT.` / `In Lukyanov’s view, CONTENT.`
    mutating func inWords(_ p: Int, _ sentence: Range<Int>, _ c: Int) -> Int? {
        let text = texts[p]
        let tokens = text.tokens
        let b = sentence.upperBound
        var k = c + 1
        guard k < b else { return nil }
        let subjectFirst = k
        if tokens[k].hash == H.his || tokens[k].hash == H.her || tokens[k].hash == H.their || tokens[k].hash == H.its {
            k += 1
        } else if text.chunkOf[k] >= 0, text.chunks[Int(text.chunkOf[k])].titleStart == k {
            k = text.chunks[Int(text.chunkOf[k])].last + 1
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
        while last >= start, tokens[last].kind == .period && text.quoteOf[last] < 0 { last -= 1 }
        last = text.clauseEnd(start, last)
        guard start <= last, let content = contentRegion(p, start, last) else { return nil }
        record(p, pieces: content.pieces, kind: content.kind, cue: cue, subject: SpeakerSpan(paragraph: p, first: subjectFirst, last: subjectLast), role: nil, at: c)
        return b
    }
}
