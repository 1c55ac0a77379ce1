/// Turns the speaker phrases of found attributions into names, within one article.
extension AttributionRun {
    func resolve() -> [Quote] {
        var registry = NameRegistry(texts)
        return resolve(with: &registry)
    }

    /// `resolve()` with the article's name registry already built (it learns genders and titles
    /// from the roles it reads; its mentions stay as they were).
    func resolve(with registry: inout NameRegistry) -> [Quote] {
        var quotes: [Quote] = []
        var lastPerson: (name: String, paragraph: Int)?
        var lastOrganization: String?
        var roleOf: [String: String] = [:]
        let ordered = found.sorted { $0.place < $1.place }
        for f in ordered {
            var speaker: String?
            var role = f.role
            var isPerson = false
            if let span = f.subject {
                let (p, first, last) = (span.paragraph, span.first, span.last)
                let r = speakerName(p, first, last, f.place, &registry, lastPerson: lastPerson, lastOrganization: lastOrganization)
                speaker = r.name
                isPerson = r.isPerson
                if role == nil { role = r.role }
            }
            // `Lena Park, a nurse who lives by the river`: a name whose role is a person's is a person.
            if !isPerson, speaker != nil, let role, Self.isPersonRole(role) { isPerson = true }
            // `Mr.`, `Mrs.`: an honorific alone is no role.
            if let r = role, r.unicodeScalars.count <= Self.longestHonorific, r.split(separator: " ").allSatisfy({ NameChunker.honorificHashes.contains(WordHash.of(String($0.filter { $0 != "." }))) }) {
                role = nil
            }
            if let name = speaker, isPerson {
                if let role {
                    for word in role.lowercased().split(separator: " ") {
                        let h = WordHash.of(String(word))
                        if Gazetteer.femaleHashes.contains(h) { registry.remember(gender: .female, of: name); break }
                        if Gazetteer.maleHashes.contains(h) { registry.remember(gender: .male, of: name); break }
                    }
                    if roleOf[name] == nil { roleOf[name] = role }
                    if let head = lastWordHash(role) { registry.remember(title: head, person: name) }
                } else {
                    role = roleOf[name]
                }
                lastPerson = (name, f.place.paragraph)
            } else if let name = speaker {
                lastOrganization = name
            }
            let text = f.pieces.map { piece -> String in
                var s = texts[piece.paragraph].text(piece.range)
                if f.kind != .direct, s.hasPrefix("that ") { s.removeFirst(5) }
                return s
            }.joined(separator: " … ")
            // (A speaker always comes from a subject phrase, so a named one has tokens to read.)
            let kind: SpeakerKind = speaker == nil ? .unnamed : isPerson ? .person : f.subject.map { speakerKind(ofPhrase: $0) } ?? .unnamed
            var partial = false
            if isPerson, let span = f.subject, let chunk = lastChunk(texts[span.paragraph], span.first, span.last) {
                partial = isNamedOnly(texts[span.paragraph], chunk, after: span.first)
            }
            quotes.append(Quote(
                paragraph: f.paragraph, text: text, speaker: speaker, speakerKind: kind, isPartialName: partial, role: role, cue: f.cue,
                kind: f.kind, contentSpans: f.pieces,
                speakerSpan: f.subject.map { TextSpan(paragraph: $0.paragraph, range: texts[$0.paragraph].scalarRange($0.first, $0.last)) }
            ))
        }
        return quotes
    }

    /// How many tokens from `start`, walking by `step` towards `end` (not reaching it), make a
    /// phrase of time that holds a day (`This Wednesday`, `on Tuesday`, `early Friday`); 0 when
    /// the words there are no such phrase.
    static func timePhraseLength(_ tokens: [Token], from start: Int, stoppingAt end: Int, step: Int) -> Int {
        var k = start
        var length = 0
        var holdsDay = false
        while k != end, tokens[k].kind == .word, H.reportDays.contains(tokens[k].hash) || H.timeQualifiers.contains(tokens[k].hash) {
            if H.reportDays.contains(tokens[k].hash) { holdsDay = true }
            length += 1
            k += step
        }
        return holdsDay ? length : 0
    }

    /// Whether a role describes a person (`a nurse who lives by the river`, `a spokesman for …`):
    /// its first noun, after an article, is a person's.
    static func isPersonRole(_ role: String) -> Bool {
        for word in role.split(separator: " ").prefix(Self.roleWordsRead) {
            let hash = WordHash.of(String(word).lowercased())
            if H.articlesAndOwners.contains(hash) || NameRegistry.qualifierHashes.contains(hash) { continue }
            return SpeakerNouns.peopleHashes.contains(hash) || H.titles.contains(hash)
        }
        return false
    }

    /// How many words of a role `isPersonRole` reads past articles and qualifiers.
    static let roleWordsRead = 4

    /// The most scalars of an honorific written as a role (`Mrs.`).
    static let longestHonorific = 5

    /// The kind of a speaker phrase that names no person, by its head noun: the last word before
    /// a preposition or a relative pronoun (`Organizers of the rally` → organizers, `those who
    /// attended` → those, `the report` → report). Read off the tokens, without building strings:
    /// it runs for every quote whose speaker is no person.
    func speakerKind(ofPhrase subject: SpeakerSpan) -> SpeakerKind {
        let (p, first, last) = (subject.paragraph, subject.first, subject.last)
        let text = texts[p]
        let tokens = text.tokens
        var head: Int?
        // A listed noun before the preposition wins over a word after it (`a person familiar
        // with the talks`: person, not familiar).
        var listed: Int?
        var k = first
        while k <= last {
            if tokens[k].kind == .word {
                let h = tokens[k].hash
                // `41 percent`, `half of those polled`: a share of people.
                if text.isShareOfPeople(k) { return .unnamed }
                if H.prepositions.contains(h) || H.relatives.contains(h), head != nil { break }
                head = k
                if !tokens[k].capitalized, SpeakerNouns.documentHashes.contains(h) || SpeakerNouns.peopleHashes.contains(h) { listed = k }
            }
            k += 1
        }
        guard let head else { return .unnamed }
        let h = tokens[head].hash
        if SpeakerNouns.documentHashes.contains(h) { return .document }
        if SpeakerNouns.peopleHashes.contains(h) || H.standaloneSubjects.contains(h) { return .unnamed }
        // `pilots`, `nurses`: the plural of a title is people, however many.
        if !tokens[head].capitalized, text.token(head, endsWith: "s", longerThan: 3) {
            let word = text.text(tokens: head, head).lowercased()
            if H.titles.contains(WordHash.of(String(word.dropLast()))) { return .unnamed }
        }
        if SpeakerNouns.organizationLikePeopleHashes.contains(h) { return .organization }
        if let listed { return SpeakerNouns.documentHashes.contains(tokens[listed].hash) ? .document : .unnamed }
        // `the sergeant`, `one shareholder`, `forecasters`: a lowercase noun in -er, -or, -ist,
        // -ian or -ant names a person by what they do.
        // (`Reuters` is a known organization's name, whatever its ending.)
        let opensSentence = text.opensSentence(head) && (!text.isInName(head) || text.nameChunk(head).kind != .organization)
        if !tokens[head].capitalized || opensSentence, SpeakerNouns.endsLikeAPerson(text, head, pluralOnly: false) {
            return .unnamed
        }
        return .organization
    }

    /// The last name chunk in a speaker phrase, party tags in parentheses (`(D-Wis.)`) left out.
    func lastChunk(_ text: ParagraphText, _ first: Int, _ last: Int) -> NameChunk? {
        var k = last
        var parens = 0
        while k >= first {
            if text.tokens[k].kind == .closeParen { parens += 1 } else if text.tokens[k].kind == .openParen { parens = max(0, parens - 1) }
            if parens == 0, text.isInName(k) { return text.nameChunk(k) }
            k -= 1
        }
        return nil
    }

    /// `a university student named Wong`: a person the article knows only by the name it gives
    /// after `named` or `called`, never one of its full names with the same surname.
    func isNamedOnly(_ text: ParagraphText, _ chunk: NameChunk, after first: Int) -> Bool {
        let before = chunk.titleStart - 1
        return chunk.kind == .person && before > first && text.tokens[before].kind == .word
            && (text.tokens[before].hash == H.named || text.tokens[before].hash == H.called)
    }

    /// A person's name (two words, or with a title) inside a speaker phrase that goes on with
    /// `of`, `at`, `from` or `with` and a capitalized place or body to its end: the person the
    /// phrase names. Nil when the name sits in a prepositional phrase itself (`a spokesman for
    /// Senator Ann Lee of Ohio`).
    func namedWithAffiliation(_ text: ParagraphText, _ first: Int, _ last: Int) -> NameChunk? {
        let tokens = text.tokens
        var k = first
        while k <= last {
            guard text.isInName(k) else { k += 1; continue }
            let chunk = text.nameChunk(k)
            defer { k = chunk.last + 1 }
            guard chunk.kind == .person, chunk.titleStart >= first, chunk.words >= 2 || chunk.titleStart < chunk.first,
                  chunk.last + 2 <= last, tokens[chunk.last + 1].kind == .word, H.affiliation.contains(tokens[chunk.last + 1].hash),
                  tokens[chunk.last + 2].capitalized || H.determiners.contains(tokens[chunk.last + 2].hash)
            else { continue }
            for j in first..<chunk.titleStart where tokens[j].kind == .word && H.prepositions.contains(tokens[j].hash) { return nil }
            return chunk
        }
        return nil
    }

    func lastWordHash(_ role: String) -> UInt64? {
        guard let last = role.split(separator: " ").last else { return nil }
        return WordHash.of(String(last).trimmingComma())
    }

    /// The name a speaker phrase stands for, whether it is a person, and a role read off the
    /// phrase itself (`Foreign Minister Sergei Lavrov`, `Trump campaign manager Kellyanne Conway`).
    func speakerName(
        _ p: Int, _ firstIn: Int, _ last: Int, _ place: Place, _ registry: inout NameRegistry,
        lastPerson: (name: String, paragraph: Int)?, lastOrganization: String?
    ) -> (name: String?, isPerson: Bool, role: String?) {
        let text = texts[p]
        let tokens = text.tokens
        var first = firstIn
        // `Half`, `41 percent of Democrats`, `47% say`: a share of people is no one's name, and
        // its number is part of it.
        if (first...last).contains(where: { text.isShareOfPeople($0) }) {
            while first < last, tokens[first].kind != .word && tokens[first].kind != .number { first += 1 }
            return (text.text(tokens: first, last), false, nil)
        }
        while first < last, tokens[first].kind != .word || H.connectors.contains(tokens[first].hash) && !text.isInName(first) {
            first += 1
        }
        guard first <= last else { return (nil, false, nil) }
        // `angry ferry riders who said`: the relative pronoun closing the phrase is no part of it.
        var last = last
        while last > first, tokens[last].kind == .comma
            || tokens[last].kind == .word && !tokens[last].capitalized && H.relatives.contains(tokens[last].hash) && tokens[last].hash != H.that
        {
            last -= 1
        }
        // `Yesterday, …`, `Today`: a time names no one.
        if first == last, H.timeWords.contains(tokens[first].hash) || H.sentenceAdverbs.contains(tokens[first].hash) { return (nil, false, nil) }
        // `… a series of tweets early Friday saying …`: a phrase of time names no one either.
        // (A day must be among its words: `Early` alone may be a surname.)
        if (first...last).contains(where: { H.reportDays.contains(tokens[$0].hash) }),
           (first...last).allSatisfy({ tokens[$0].kind == .word && (H.reportDays.contains(tokens[$0].hash) || H.timeQualifiers.contains(tokens[$0].hash)) })
        {
            return (nil, false, nil)
        }
        // `This Wednesday Greek Foreign Minister George Katrougalos`, `The government of Burundi
        // on Tuesday`: a phrase of time with a day at either end of the phrase is the writer's.
        // (Not a day that a possessive makes the owner, `Monday night's results`, nor one after a
        // participle, `a court document filed Thursday`, `disclosures filed on Sunday`: only `on`
        // after a noun opens a trailing one.)
        let leadingTime = Self.timePhraseLength(tokens, from: first, stoppingAt: last, step: 1)
        if leadingTime > 0, tokens[first + leadingTime].kind != .possessive { first += leadingTime }
        let trailingTime = Self.timePhraseLength(tokens, from: last, stoppingAt: first, step: -1)
        // (So does a day and its part, `her doctor Friday afternoon`, unless a preposition
        // governs it: `results tallied through Wednesday afternoon`.)
        if trailingTime > 0, !text.isPastTense(last - trailingTime),
           tokens[last - trailingTime + 1].hash == H.on
            || trailingTime > 1 && H.dayParts.contains(tokens[last].hash) && !H.governsTime(tokens[last - trailingTime].hash)
        {
            last -= trailingTime
        }
        // `Another said`, `One told …`: someone unnamed, as written.
        if first == last, H.standaloneSubjects.contains(tokens[first].hash) { return (text.text(tokens: first, last), false, nil) }
        // `…, who said`: the relative pronoun stands for the name before it.
        if first == last, H.relatives.contains(tokens[first].hash), first >= 1 {
            let end = tokens[first - 1].kind == .comma ? first - 2 : first - 1
            if end >= 0, text.isInName(end) {
                let chunk = text.nameChunk(end)
                if chunk.last == end { return speakerName(p, chunk.titleStart, chunk.last, place, &registry, lastPerson: lastPerson, lastOrganization: lastOrganization) }
            }
            return (nil, false, nil)
        }
        if first == last, H.pronouns.contains(tokens[first].hash) {
            let h = tokens[first].hash
            if h == H.he || h == H.she || h == H.his || h == H.her || h == H.hed || h == H.shed || h == H.hes || h == H.shes {
                let wanted: NameRegistry.Gender = h == H.he || h == H.his || h == H.hed || h == H.hes ? .male : .female
                // The subject of the sentence before (or earlier in this one), then the last
                // speaker nearby; nobody rather than a guess.
                let sentence = registry.sentenceNumber(texts, paragraph: p, token: first)
                if let person = registry.salientPerson(before: Place(paragraph: p, token: first), sentence: sentence, gender: wanted) {
                    return (person, true, nil)
                }
                if let lp = lastPerson, place.paragraph - lp.paragraph <= 1 {
                    let g = registry.gender(of: lp.name)
                    if g == .unknown || g == wanted { return (lp.name, true, nil) }
                }
                return (nil, false, nil)
            }
            if h == H.it || h == H.its {
                let sentence = registry.sentenceNumber(texts, paragraph: p, token: first)
                return (registry.salientOrganization(before: Place(paragraph: p, token: first), sentence: sentence) ?? lastOrganization, false, nil)
            }
            return (nil, false, nil)
        }
        // `Maria Blum and Joe Kahn`: two people speaking together keep both names.
        if text.isInName(first), text.isInName(last) {
            let one = text.nameChunk(first), other = text.nameChunk(last)
            if one.titleStart == first, other.last == last, one.kind == .person, other.kind == .person, one.last + 2 == other.titleStart,
               tokens[one.last + 1].hash == NameChunker.andHash
            {
                return (text.text(tokens: first, last), true, nil)
            }
        }
        // `Professor Michael Siegel of Boston University`: a person, then where they work.
        if text.isInName(first) {
            let lead = text.nameChunk(first)
            if lead.titleStart == first, lead.kind == .person, lead.last + 2 <= last, tokens[lead.last + 1].kind == .word,
               lead.words >= 2 || lead.titleStart < lead.first || registry.fullName(surname: tokens[lead.last].hash) != nil,
               H.affiliation.contains(tokens[lead.last + 1].hash)
            {
                var roleText = text.text(tokens: lead.last + 1, last)
                if lead.titleStart < lead.first { roleText = text.text(tokens: lead.titleStart, lead.first - 1) + " " + roleText }
                let name = lead.words == 1 ? registry.fullName(surname: tokens[registry.lastWordIndex(text, lead)].hash) ?? text.name(lead) : text.name(lead)
                return (name, true, roleText)
            }
        }
        if let chunk = lastChunk(text, first, last) {
            // `Trump’s campaign`: the phrase names something of the person's.
            var after = chunk.last + 1
            while after <= last, tokens[after].kind != .word { after += 1 }
            if after <= last, chunk.last + 1 <= last, tokens[chunk.last + 1].kind == .possessive {
                return (text.text(tokens: first, last), false, nil)
            }
            // `US Ambassador to Germany Richard Grenell`: a title, `to` or `of`, a place, the name.
            if chunk.kind == .person, chunk.titleStart < chunk.first, chunk.titleStart - 2 >= first, tokens[chunk.titleStart - 1].kind == .word,
               tokens[chunk.titleStart - 1].hash == H.to || tokens[chunk.titleStart - 1].hash == H.of, H.titles.contains(tokens[chunk.titleStart - 2].hash)
            {
                return (text.name(chunk), true, text.text(tokens: first, chunk.first - 1))
            }
            // `Republican committee member Doug Collins of Georgia`: a person named inside the
            // phrase, with a place or an employer after the name.
            if let named = namedWithAffiliation(text, first, last) {
                let before = named.titleStart > first ? text.text(tokens: first, named.first - 1) : (named.titleStart < named.first ? text.text(tokens: named.titleStart, named.first - 1) : nil)
                let after = text.text(tokens: named.last + 1, last)
                let role = before.map { "\($0) … \(after)" } ?? after
                return (text.name(named), true, role)
            }
            // `the summaries of Kerry’s talks`, `a spokesman for Trump`: the name sits in a
            // prepositional phrase, so the phrase as a whole is the speaker.
            // (`Fight for $15 organizing director Kendall Fells`: a title right before the name
            // makes the name the speaker, whatever the words before the title hold.)
            let titledName = chunk.kind == .person && chunk.titleStart - 1 >= first && tokens[chunk.titleStart - 1].kind == .word
                && !tokens[chunk.titleStart - 1].capitalized && H.titles.contains(tokens[chunk.titleStart - 1].hash)
            if chunk.titleStart > first, !titledName {
                for j in first..<chunk.titleStart where tokens[j].kind == .word && H.prepositions.contains(tokens[j].hash) {
                    return (text.text(tokens: first, last), false, nil)
                }
            }
            // `People's Vote`, `Women's March`: a name whose first word is an owner names a body.
            if chunk.titleStart - 2 >= first, tokens[chunk.titleStart - 1].kind == .possessive, text.isInName(chunk.titleStart - 2) {
                return (text.text(tokens: Int(text.nameChunk(chunk.titleStart - 2).titleStart), chunk.last), false, nil)
            }
            // `a university student named Wong`: someone known only by this name, never one of the
            // article's full names with the same surname.
            if isNamedOnly(text, chunk, after: first) {
                var roleFirst = first
                while roleFirst < chunk.titleStart - 1, H.determiners.contains(tokens[roleFirst].hash) { roleFirst += 1 }
                let role = roleFirst < chunk.titleStart - 1 ? text.text(tokens: roleFirst, chunk.titleStart - 2) : nil
                return (text.name(chunk), true, role)
            }
            var roleText: String?
            let roleFirst = first, roleLast = chunk.first - 1
            if roleFirst <= roleLast {
                var rf = roleFirst
                while rf <= roleLast, tokens[rf].hash == H.the || tokens[rf].hash == H.a || tokens[rf].hash == H.an { rf += 1 }
                if rf <= roleLast { roleText = text.text(tokens: rf, roleLast) }
            }
            let written = text.name(chunk)
            let lastWord = registry.lastWordIndex(text, chunk)
            // `German officials`, `the Trump campaign`: a name that qualifies a noun. (Not
            // `Lam also agreed`: an adverb or a verb after the name is no noun.)
            if after <= last, chunk.last < last, tokens[chunk.last + 1].kind == .word, !text.isInName(chunk.last + 1),
               !H.modifiers.contains(tokens[chunk.last + 1].hash), !H.clauseWords.contains(tokens[chunk.last + 1].hash),
               !text.isPastTense(chunk.last + 1)
            {
                return (text.text(tokens: first, last), false, nil)
            }
            // `Officials said`, `Witnesses said`: a common noun capitalized at the sentence's start.
            // (`Forecasters predicted`, `Tenants complained`: a plural in -ers, -ors, -ists, -ians or
            // -ants opening the sentence, when nobody in the article has it as a surname.)
            let pluralOfPeople = text.opensSentence(chunk.first) && registry.fullName(surname: tokens[lastWord].hash) == nil
                && SpeakerNouns.endsLikeAPerson(text, lastWord, pluralOnly: true)
            if chunk.words == 1, chunk.titleStart == chunk.first,
               SpeakerNouns.peopleHashes.contains(tokens[lastWord].hash) || SpeakerNouns.documentHashes.contains(tokens[lastWord].hash) || pluralOfPeople
            {
                return (text.text(tokens: first, last), false, nil)
            }
            switch chunk.kind {
            case .person:
                if chunk.words == 1 {
                    if let full = registry.fullName(surname: tokens[lastWord].hash, gender: NameRegistry.gender(text, chunk)) { return (full, true, roleText) }
                    if let org = registry.organization(head: tokens[lastWord].hash) { return (org, false, nil) }
                }
                return (written, true, roleText)
            case .organization, .place:
                if chunk.words == 1, let org = registry.organization(head: tokens[lastWord].hash) { return (org, false, nil) }
                // `PENCE:` in a transcript: a surname in capitals is the person named with it.
                if chunk.words == 1, chunk.last + 1 < tokens.count, tokens[chunk.last + 1].kind == .colon, text.isAllCapitals(chunk),
                   let full = registry.fullName(surname: tokens[lastWord].hash)
                {
                    return (full, true, nil)
                }
                return (written, false, nil)
            }
        }
        // A noun phrase: `the minister` names the person with that title, `the ministry` the organization.
        var lastWord = last
        while lastWord > first, tokens[lastWord].kind != .word { lastWord -= 1 }
        let head = tokens[lastWord].hash
        if tokens[first].hash == H.the {
            if H.titles.contains(head), let person = registry.person(title: head) { return (person, true, nil) }
            if let org = registry.organization(head: head) { return (org, false, nil) }
        }
        // `widely suspected of`: a verb phrase names no one.
        if !tokens[first].capitalized, tokens[first].kind == .word, !H.sourceAdjectives.contains(tokens[first].hash), text.isPastTense(first) || text.isAdverb(first) { return (nil, false, nil) }
        return (text.text(tokens: first, last), false, nil)
    }
}
