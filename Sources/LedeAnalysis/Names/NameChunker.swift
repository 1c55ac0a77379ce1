/// A run of capitalized words that names someone or something, found over tokens.
struct NameChunk {
    /// Token index where the chunk begins, titles and honorifics included.
    var titleStart: Int
    /// Token indices of the name itself (inclusive), titles and honorifics left out.
    var first: Int
    var last: Int
    var kind: Mention.Kind
    /// Number of words in the name.
    var words: Int
    /// The name is of a thing (`Victory Day`, `Magnitsky List`), not of someone or somewhere.
    var thing = false
    /// The chunk is made of titles only (`U.S. Secretary of State`).
    var titleOnly = false
}

/// Finds name chunks in a paragraph's tokens: capitalized runs, with initials and particles
/// (`al-`, `van`), leading honorifics and titles split off (`U.S. Secretary of State John Kerry`).
enum NameChunker {
    static let honorificHashes = WordHash.set(Lexicon.honorifics)

    static func chunks(_ tokens: [Token], _ s: [Unicode.Scalar]) -> [NameChunk] {
        var result: [NameChunk] = []
        let n = tokens.count
        var k = 0
        while k < n {
            let t = tokens[k]
            guard t.kind == .word, t.capitalized else { k += 1; continue }
            // Collect the capitalized run.
            let start = k
            var end = k  // inclusive, last name token
            var j = k + 1
            while j < n {
                let u = tokens[j]
                if u.kind == .period && u.abbreviation && u.start == tokens[j - 1].end { j += 1; continue }
                if u.kind == .word && u.capitalized { end = j; j += 1; continue }
                // `Sheriff’s Office`: a possessive inside a name.
                if u.kind == .possessive, j + 1 < n, tokens[j + 1].kind == .word, tokens[j + 1].capitalized,
                   Gazetteer.organizationHeadHashes.contains(tokens[j + 1].hash)
                {
                    j += 1
                    continue
                }
                // `Vice President of the United States Joe Biden`: a title's `of the` stays in the run.
                if u.kind == .word, u.hash == ofHash, j + 2 < n, tokens[j + 1].hash == theHash, tokens[j + 2].kind == .word,
                   tokens[j + 2].capitalized, H.titles.contains(tokens[j - 1].hash)
                {
                    j += 2
                    continue
                }
                // (Not before a day or a month: `the Harbor Board on Friday`; `Qaboos bin Said` is a name.)
                if u.kind == .word && !u.capitalized && Gazetteer.particleHashes.contains(u.hash),
                   j + 1 < n, tokens[j + 1].kind == .word, tokens[j + 1].capitalized, !Gazetteer.calendarHashes.contains(tokens[j + 1].hash)
                {
                    j += 1
                    continue
                }
                break
            }
            k = j
            // A long run of capitals is a headline in title case or a line in capitals, not a name.
            if end - start > maxRun { continue }
            // Sentence openers (`Thus the Secretary of State`) are not part of the name.
            var runStart = start
            while runStart < end, tokens[runStart].kind != .word || !tokens[runStart].capitalized
                || Gazetteer.commonCapitalizedHashes.contains(tokens[runStart].hash)
            {
                runStart += 1
            }
            // `Sanders Says He Will Stay`: a headline's verb of saying is no part of a name.
            var from = runStart
            // (`Offensive Things Donald Trump Has Said About Latinos`: a word of grammar, written
            // in capitals only in a headline's title case, is no part of a name either.)
            for cut in runStart...end + 1 where cut > end || tokens[cut].kind == .word && (H.headlineCues.contains(tokens[cut].hash) || titleCaseGrammarHashes.contains(tokens[cut].hash)) {
                if cut - 1 >= from {
                    for (splitStart, splitEnd) in split(tokens, s, from, cut - 1) {
                        for (runStart, runEnd) in splitAtHeadlineVerb(tokens, s, splitStart, splitEnd) {
                            if let chunk = chunk(tokens, s, runStart, runEnd) { result.append(chunk) }
                        }
                    }
                }
                from = cut + 1
            }
        }
        return result
    }

    /// Words of grammar that prose writes in lower case, so that capitalized inside a run they
    /// mark a headline in title case (the joiners of names, `of`, `and`, `for`, `on`, `the`,
    /// are not among them: `Medal Of Honor`).
    static let titleCaseGrammarHashes = WordHash.set([
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "do", "does", "did", "be", "been", "just", "about", "over", "to", "with", "who", "what", "why", "how", "he", "she",
        "it", "we", "they", "his", "its", "their", "our", "by", "as", "at", "after", "before", "against", "into", "not",
        "if", "than", "that", "this", "these", "those",
    ])
    /// Prepositions that a headline in title case writes with a capital (`On`, `For`): never the
    /// first word of a person's name.
    static let titleCasePrepositionHashes = WordHash.set([
        "on", "in", "at", "for", "from", "with", "by", "to", "of", "about", "after", "before", "over", "under", "against", "during", "despite",
    ])
    static let andHash = WordHash.of("and")
    static let ofHash = WordHash.of("of")
    static let theHash = WordHash.of("the")
    /// The most tokens a run of capitalized words may have to be read as names
    /// (`Council on Foreign and Defense Policy` has 6).
    static let maxRun = 14
    static let joinerHashes = WordHash.set(["and", "of", "for", "on", "the"])

    /// Splits a run at `and`, `of` … unless it names an organization (`Council on Foreign and
    /// Defense Policy`) or holds a title (`Secretary of State John Kerry`).
    static func split(_ tokens: [Token], _ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> [(Int, Int)] {
        var joiners: [Int] = []
        for k in start...end where tokens[k].kind == .word && !tokens[k].capitalized && joinerHashes.contains(tokens[k].hash) { joiners.append(k) }
        guard !joiners.isEmpty else { return [(start, end)] }
        if Gazetteer.organizationHashes.contains(phraseHash(tokens, s, start, end)) { return [(start, end)] }
        // `Securities and Exchange Commission`, but not `Lucy Fischer of The Times`.
        if Gazetteer.organizationHeadHashes.contains(tokens[end].hash),
           tokens[joiners[0]].hash == andHash || Gazetteer.organizationHeadHashes.contains(tokens[joiners[0] - 1].hash)
        {
            return [(start, end)]
        }
        if H.titles.contains(tokens[joiners[0] - 1].hash) { return [(start, end)] }
        // `University of California`, `Council on Foreign Relations`, `Center for American Progress`.
        if Gazetteer.organizationHeadHashes.contains(tokens[joiners[0] - 1].hash), tokens[joiners[0]].hash != andHash { return [(start, end)] }
        var runs: [(Int, Int)] = []
        var from = start
        for j in joiners {
            if j - 1 >= from { runs.append((from, j - 1)) }
            from = j + 1
        }
        if from <= end { runs.append((from, end)) }
        return runs
    }

    /// `Elizabeth Warren Hammers Wells Fargo CEO` (a headline in title case): after a first name
    /// and a surname, a word in -s with more capitals after it is the headline's verb, no part of
    /// either name. (A name ending the run keeps its -s: `Sarah Huckabee Sanders`.)
    static func splitAtHeadlineVerb(_ tokens: [Token], _ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> [(Int, Int)] {
        var k = start
        while k + 3 <= end {
            let verb = k + 2
            if tokens[k].kind == .word, tokens[k + 1].kind == .word, tokens[verb].kind == .word, tokens[verb + 1].kind == .word,
               Gazetteer.firstNameHashes.contains(tokens[k].hash), tokens[verb].capitalized, tokens[verb + 1].capitalized,
               tokens[verb].length > minimumHeadlineVerbLength, s[Int(tokens[verb].end) - 1] == "s", s[Int(tokens[verb].end) - 2] != "s",
               !Gazetteer.firstNameHashes.contains(tokens[verb].hash)
            {
                return [(start, k + 1)] + splitAtHeadlineVerb(tokens, s, verb + 1, end)
            }
            k += 1
        }
        return [(start, end)]
    }

    /// The fewest letters of a headline's verb in -s (`Hammers`, `Slams`; not `Jones`-like
    /// short surnames: `Rees`).
    static let minimumHeadlineVerbLength = 4

    static func chunk(_ tokens: [Token], _ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> NameChunk? {
        // Drop sentence-opening common words and honorifics/titles from the left.
        var first = start
        while first <= end, Gazetteer.commonCapitalizedHashes.contains(tokens[first].hash) {
            first += 1
            while first <= end, tokens[first].kind != .word { first += 1 }
        }
        guard first <= end else { return nil }
        // Titles: drop everything up to the rightmost title word that has a name after it.
        var lastTitle = -1
        var idx = first
        // An organization keeps its words (`Russian Foreign Ministry`).
        if Gazetteer.organizationHeadHashes.contains(tokens[end].hash) || Gazetteer.organizationHashes.contains(phraseHash(tokens, s, first, end)) {
            idx = end + 1
        }
        while idx <= end {
            if tokens[idx].kind == .word, H.titles.contains(tokens[idx].hash) || honorificHashes.contains(tokens[idx].hash) {
                var after = idx + 1
                while after <= end, tokens[after].kind != .word || Gazetteer.particleHashes.contains(tokens[after].hash) && !tokens[after].capitalized { after += 1 }
                if after <= end, !H.titles.contains(tokens[after].hash) || hasNonTitle(tokens, after, end) { lastTitle = idx }
            }
            idx += 1
        }
        var nameFirst = first
        // `Germany Richard Grenell` (after `Ambassador to`): the place belongs to the title.
        if lastTitle < 0, end - first >= 2, Gazetteer.placeNameHashes.contains(tokens[first].hash),
           !Gazetteer.organizationHeadHashes.contains(tokens[end].hash), tokens[first + 1].kind == .word, tokens[first + 1].capitalized,
           !Gazetteer.placeNameHashes.contains(phraseHash(tokens, s, first, first + 1))
        {
            lastTitle = first
        }
        if lastTitle >= 0 {
            nameFirst = lastTitle + 1
            while nameFirst <= end, tokens[nameFirst].kind != .word || !tokens[nameFirst].capitalized { nameFirst += 1 }
            // `CNN President On Trump: …` (a headline in title case): a preposition after the
            // title starts the headline's next phrase, not the name.
            while nameFirst < end, titleCasePrepositionHashes.contains(tokens[nameFirst].hash) {
                nameFirst += 1
                while nameFirst <= end, tokens[nameFirst].kind != .word { nameFirst += 1 }
            }
        }
        guard nameFirst <= end else { return nil }
        // `First Minister of Scotland Nicola Sturgeon`: the place belongs to the title.
        if lastTitle >= 0, end - nameFirst >= 2, Gazetteer.placeNameHashes.contains(tokens[nameFirst].hash),
           tokens[nameFirst + 1].kind == .word, tokens[nameFirst + 1].capitalized, !Gazetteer.organizationHeadHashes.contains(tokens[end].hash)
        {
            nameFirst += 1
        } else if lastTitle >= 0, end - nameFirst >= 3, tokens[nameFirst + 1].kind == .word, tokens[nameFirst + 2].kind == .word,
                  tokens[nameFirst + 2].capitalized, !Gazetteer.organizationHeadHashes.contains(tokens[end].hash),
                  Gazetteer.placeNameHashes.contains(phraseHash(tokens, s, nameFirst, nameFirst + 1))
        {
            // `Chief Executive of Hong Kong Carrie Lam`: a place of two words too.
            nameFirst += 2
        }
        var words = 0
        for w in nameFirst...end where tokens[w].kind == .word { words += 1 }
        let kind = classify(tokens, s, nameFirst, end, words: words, titled: lastTitle >= 0)
        var chunk = NameChunk(titleStart: first, first: nameFirst, last: end, kind: kind, words: words)
        // `the Secretary of State`: titles alone name a person only through the article.
        chunk.titleOnly = !hasNonTitle(tokens, nameFirst, end) && lastTitle < 0 && kind != .place
            && !Gazetteer.organizationHeadHashes.contains(tokens[end].hash)
        if kind == .person, words > 1, Gazetteer.thingHeadHashes.contains(tokens[end].hash) { chunk.thing = true }
        return chunk
    }

    static func hasNonTitle(_ tokens: [Token], _ from: Int, _ end: Int) -> Bool {
        var i = from
        while i <= end {
            if tokens[i].kind == .word, !H.titles.contains(tokens[i].hash), !Gazetteer.particleHashes.contains(tokens[i].hash) { return true }
            i += 1
        }
        return false
    }

    /// The hash of a chunk's words as one lowercase phrase, for gazetteer look-ups.
    static func phraseHash(_ tokens: [Token], _ s: [Unicode.Scalar], _ first: Int, _ last: Int) -> UInt64 {
        var h = WordHash.offset
        var firstWord = true
        for k in first...last where tokens[k].kind == .word {
            if !firstWord { h = WordHash.step(h, 32) }
            firstWord = false
            for i in Int(tokens[k].start)..<Int(tokens[k].end) { h = WordHash.step(h, WordHash.fold(s[i].value)) }
        }
        return h
    }

    static func classify(_ tokens: [Token], _ s: [Unicode.Scalar], _ first: Int, _ last: Int, words: Int, titled: Bool) -> Mention.Kind {
        let phrase = phraseHash(tokens, s, first, last)
        if Gazetteer.organizationHashes.contains(phrase) { return .organization }
        if Gazetteer.placeNameHashes.contains(phrase) { return .place }
        var lastWord = last
        while lastWord > first, tokens[lastWord].kind != .word { lastWord -= 1 }
        if Gazetteer.organizationHeadHashes.contains(tokens[lastWord].hash) { return .organization }
        // `Peter Hall`, `Anna Berg`: a known first name opens a person's name, even before a
        // place word that is also a surname (`Hall`; not `Victoria Park`).
        if words > 1, Gazetteer.firstNameHashes.contains(tokens[first].hash),
           !Gazetteer.placeHeadHashes.contains(tokens[lastWord].hash) || Gazetteer.surnameLikePlaceHeadHashes.contains(tokens[lastWord].hash)
        {
            return .person
        }
        if words > 1, Gazetteer.placeHeadHashes.contains(tokens[lastWord].hash) { return .place }
        // `United Federation of Teachers`, `Bank of America`.
        var k = first
        while k < last {
            if Gazetteer.organizationHeadHashes.contains(tokens[k].hash), tokens[k + 1].kind == .word, !tokens[k + 1].capitalized,
               joinerHashes.contains(tokens[k + 1].hash), tokens[k + 1].hash != andHash
            {
                return .organization
            }
            k += 1
        }
        if titled { return .person }
        // All capitals (FBI, NATO) read as an organization.
        if words == 1 {
            var allCaps = tokens[first].length > 1
            for i in Int(tokens[first].start)..<Int(tokens[first].end) where !Tokenizer.isUpper(s[i]) && s[i] != "." { allCaps = false }
            if allCaps { return .organization }
        }
        // A place followed by more words names something in that place (Moscow Helsinki Group).
        if words > 1, Gazetteer.placeNameHashes.contains(tokens[first].hash) {
            return .organization
        }
        return .person
    }
}
