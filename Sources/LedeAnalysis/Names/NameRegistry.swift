/// The people and organizations an article names, so that a surname (`Lukyanov`), a title
/// (`the minister`) or a pronoun can be read as the full name given elsewhere in it.
struct NameRegistry {
    enum Gender { case unknown, female, male }

    struct Entry {
        var place: Place
        var name: String
        var text: String
        var kind: Mention.Kind
        /// Named inside quotation marks: someone spoken about, not a speaker a pronoun points back to.
        var quoted = false
        /// The sentence's number counted through the whole article.
        var sentence = 0
        /// Named after a preposition or with a possessive (`pardoned by Trump`, `Trump's plan`):
        /// not the subject a later pronoun most likely means.
        var governed = false
        /// A lone capitalized word nobody was named with in full, standing as a subject
        /// (`Bloomberg endorsed …`): a person a pronoun may mean, though not a mention to list.
        var weak = false
    }

    /// The first sentence number of each paragraph, for counting sentences through the article.
    private(set) var firstSentence: [Int] = []

    /// The gender of each full name, where its first name, honorific or role tells it.
    private(set) var genderOf: [String: Gender] = [:]

    /// Every name chunk in reading order, resolved to a full name where one is known.
    private(set) var mentions: [Entry] = []
    /// Surname hash → the first full name (two words or more) with that surname.
    private var fullBySurname: [UInt64: String] = [:]
    /// Surname hash → every full name with that surname and the gender its first name or
    /// honorific tells (`Ivana Trump`, female; `Donald Trump`, unknown), in reading order.
    private var fullNamesBySurname: [UInt64: [(name: String, gender: Gender)]] = [:]
    /// Last word hash → the first organization with that last word (`Post` → `New York Post`).
    private var organizationByHead: [UInt64: String] = [:]
    /// Title word hash → the person last given that title (`minister` → `Sergei Lavrov`).
    private var personByTitle: [UInt64: String] = [:]

    init(_ texts: [ParagraphText]) {
        for text in texts {
            for chunk in text.chunks where chunk.words >= 2 && !chunk.thing && !chunk.titleOnly {
                let lastWord = lastWordIndex(text, chunk)
                switch chunk.kind {
                case .person:
                    let name = text.name(chunk)
                    if fullBySurname[text.tokens[lastWord].hash] == nil { fullBySurname[text.tokens[lastWord].hash] = name }
                    if !(fullNamesBySurname[text.tokens[lastWord].hash]?.contains { $0.name == name } ?? false) {
                        fullNamesBySurname[text.tokens[lastWord].hash, default: []].append((name, NameRegistry.gender(text, chunk)))
                    }
                    // `Ricardo Rosselló Nevares` is also `Rosselló`.
                    if chunk.words >= 3 {
                        var k = chunk.first + 1
                        while k < lastWord {
                            if text.tokens[k].kind == .word, text.tokens[k].capitalized, text.tokens[k].length > 2,
                               fullBySurname[text.tokens[k].hash] == nil
                            {
                                fullBySurname[text.tokens[k].hash] = name
                            }
                            k += 1
                        }
                    }
                case .organization:
                    let name = text.name(chunk)
                    if organizationByHead[text.tokens[lastWord].hash] == nil { organizationByHead[text.tokens[lastWord].hash] = name }
                case .place: break
                }
            }
        }
        var sentences = 0
        for text in texts {
            firstSentence.append(sentences)
            sentences += text.sentences.count
        }
        for (p, text) in texts.enumerated() {
            for chunk in text.chunks where !chunk.thing {
                let written = text.name(chunk)
                var name = written
                var kind = chunk.kind
                if chunk.titleOnly {
                    // `the Secretary of State` is the person last given that title.
                    var head = chunk.last
                    while head > chunk.first, text.tokens[head].kind != .word || NameRegistry.qualifierHashes.contains(text.tokens[head].hash)
                        || Gazetteer.particleHashes.contains(text.tokens[head].hash) && !text.tokens[head].capitalized
                    {
                        head -= 1
                    }
                    guard !NameRegistry.qualifierHashes.contains(text.tokens[head].hash), let person = personByTitle[text.tokens[head].hash] else { continue }
                    mentions.append(Entry(
                        place: Place(paragraph: p, token: chunk.first), name: person, text: written, kind: .person,
                        sentence: firstSentence[p] + text.sentenceIndex(containing: chunk.first),
                        governed: NameRegistry.isGoverned(text, chunk)))
                    continue
                }
                if chunk.words == 1 {
                    let h = text.tokens[chunk.first].hash
                    if kind == .person, let full = fullName(surname: h, gender: NameRegistry.gender(text, chunk)) {
                        name = full
                    } else if kind == .organization, let full = organizationByHead[h] {
                        name = full
                    } else if let full = organizationByHead[h], kind == .person {
                        name = full
                        kind = .organization
                    } else if kind == .person {
                        // A lone capitalized word nobody was named with: not a person we know,
                        // unless it stands as the subject of a verb (`Bloomberg endorsed …`; not
                        // `Downplaying the ratings, Zucker said …`, a participle before its object).
                        let next = chunk.last + 1
                        guard !NameRegistry.isGoverned(text, chunk), text.quoteOf[chunk.first] < 0, next < text.tokens.count,
                              text.tokens[next].kind == .word, !text.tokens[next].capitalized, !H.articlesAndOwners.contains(text.tokens[next].hash),
                              // (`Chastened by the analyses, Trump revised …`: a participle in -ed before its agent.)
                              !(text.tokens[next].hash == H.by && text.isPastTense(chunk.first)),
                              !Gazetteer.commonCapitalizedHashes.contains(text.tokens[chunk.first].hash),
                              !H.sentenceAdverbs.contains(text.tokens[chunk.first].hash), !H.timeWords.contains(text.tokens[chunk.first].hash),
                              // (`Speaking to PBS, he said …`: a participle that opens the sentence.)
                              !(text.opensSentence(chunk.first) && text.isParticiple(chunk.first) && H.prepositions.contains(text.tokens[next].hash)),
                              // (`the Turkish-Libyan maritime agreement`: after an article, a word
                              // that modifies the noun after it.)
                              !(chunk.first > 0 && text.tokens[chunk.first - 1].kind == .word && H.articlesAndOwners.contains(text.tokens[chunk.first - 1].hash))
                        else { continue }
                        mentions.append(Entry(
                            place: Place(paragraph: p, token: chunk.first), name: name, text: written, kind: kind,
                            sentence: firstSentence[p] + text.sentenceIndex(containing: chunk.first), weak: true))
                        continue
                    }
                }
                if kind == .person, chunk.titleStart < chunk.first {
                    for k in chunk.titleStart..<chunk.first where text.tokens[k].kind == .word && H.titles.contains(text.tokens[k].hash)
                        && !NameRegistry.qualifierHashes.contains(text.tokens[k].hash)
                    {
                        personByTitle[text.tokens[k].hash] = name
                    }
                }
                if kind == .person, genderOf[name] == nil || genderOf[name] == .unknown {
                    var gender = NameRegistry.gender(text, chunk)
                    if gender == .unknown, !NameRegistry.isGoverned(text, chunk) { gender = NameRegistry.genderOfOwnPronoun(text, chunk) }
                    genderOf[name] = gender
                }
                mentions.append(Entry(
                    place: Place(paragraph: p, token: chunk.first), name: name, text: written, kind: kind,
                    quoted: text.quoteOf[chunk.first] >= 0,
                    sentence: firstSentence[p] + text.sentenceIndex(containing: chunk.first),
                    governed: NameRegistry.isGoverned(text, chunk)))
            }
        }
    }

    static let qualifierHashes = WordHash.set(Lexicon.titleQualifiers)

    /// How many tokens after a subject's name its own pronoun may come (`Sophie Carter shook
    /// hands with her rival`).
    static let ownPronounReach = 8

    static let femalePronounHashes = WordHash.set(["she", "her", "herself", "hers"])
    static let malePronounHashes = WordHash.set(["he", "him", "his", "himself"])

    /// The gender a subject's name shows by the pronoun that soon follows it in its sentence
    /// before anyone else is named (`Judge Ellen Marsh, reading her decision aloud, …`).
    static func genderOfOwnPronoun(_ text: ParagraphText, _ chunk: NameChunk) -> Gender {
        let sentence = text.sentences[text.sentenceIndex(containing: chunk.first)]
        var k = chunk.last + 1
        while k < sentence.upperBound, k - chunk.last <= ownPronounReach {
            if text.quoteOf[k] >= 0 || text.chunkOf[k] >= 0 { break }
            let h = text.tokens[k].hash
            if femalePronounHashes.contains(h) { return .female }
            if malePronounHashes.contains(h) { return .male }
            k += 1
        }
        return .unknown
    }

    /// Prepositions that make the name after them an object (`pardoned by Trump`, `a call with Zelensky`).
    static let governingHashes = WordHash.set([
        "by", "of", "to", "with", "for", "from", "against", "about", "at", "in", "on", "than", "like", "toward",
        "towards", "behind", "including", "under", "over", "between", "among", "without", "after", "before",
    ])

    /// Whether a chunk is named after a preposition or owns what follows (`Trump's`).
    static func isGoverned(_ text: ParagraphText, _ chunk: NameChunk) -> Bool {
        var before = chunk.titleStart - 1
        // (`Speaking to the Coast Weekly`: an article may stand between the preposition and the name.)
        if before >= 1, text.tokens[before].kind == .word, text.tokens[before].hash == H.the { before -= 1 }
        if before >= 0, text.tokens[before].kind == .word, !text.tokens[before].capitalized,
           governingHashes.contains(text.tokens[before].hash)
        {
            return true
        }
        if chunk.last + 1 < text.tokens.count && text.tokens[chunk.last + 1].kind == .possessive { return true }
        // `Scripps Oceanography director Margaret Leinen`: a name before a title and another
        // name qualifies that name.
        let title = chunk.last + 1
        return title + 1 < text.tokens.count && text.tokens[title].kind == .word && !text.tokens[title].capitalized
            && (H.titles.contains(text.tokens[title].hash) || H.titleAdjectives.contains(text.tokens[title].hash))
            && text.chunkOf[title + 1] >= 0
    }

    /// How many sentences back a pronoun may point (its own, and the ones before it).
    static let pronounReach = 4

    /// The person a pronoun at `place` most likely means: in its own sentence before it, then
    /// sentence by sentence backwards, the first person named as a subject (not after a
    /// preposition, not as an owner, not inside a quotation) whose gender does not contradict
    /// `gender`. Nil when nobody within `pronounReach` sentences fits.
    func salientPerson(before place: Place, sentence: Int, gender: Gender) -> String? {
        salient(.person, before: place, sentence: sentence, gender: gender)
    }

    /// The organization `it` at `place` most likely means, chosen like `salientPerson`.
    func salientOrganization(before place: Place, sentence: Int) -> String? {
        salient(.organization, before: place, sentence: sentence, gender: .unknown)
    }

    private func salient(_ kind: Mention.Kind, before place: Place, sentence: Int, gender: Gender) -> String? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].place < place { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        var best: String?
        var bestSentence = -1
        while i >= 0, mentions[i].sentence >= sentence - NameRegistry.pronounReach {
            let entry = mentions[i]
            if best != nil, entry.sentence < bestSentence { break }
            if entry.kind == kind, !entry.quoted, !entry.governed {
                let g = genderOf[entry.name] ?? .unknown
                if gender == .unknown || g == .unknown || g == gender {
                    // Earlier in the same sentence wins: keep going back within it.
                    best = entry.name
                    bestSentence = entry.sentence
                }
            }
            i -= 1
        }
        return best
    }

    /// The sentence number through the article of token `token` in paragraph `paragraph`.
    func sentenceNumber(_ texts: [ParagraphText], paragraph: Int, token: Int) -> Int {
        firstSentence[paragraph] + texts[paragraph].sentenceIndex(containing: token)
    }

    func lastWordIndex(_ text: ParagraphText, _ chunk: NameChunk) -> Int {
        var k = chunk.last
        while k > chunk.first, text.tokens[k].kind != .word { k -= 1 }
        return k
    }

    func fullName(surname hash: UInt64) -> String? { fullBySurname[hash] }

    /// The first full name with this surname of the same gender, else the first whose gender
    /// is not known (`Mr. Trump` is `Donald Trump`, not `Ivana Trump`, named first).
    func fullName(surname hash: UInt64, gender: Gender) -> String? {
        guard gender != .unknown, let names = fullNamesBySurname[hash] else { return fullBySurname[hash] }
        return (names.first { $0.gender == gender } ?? names.first { $0.gender == .unknown })?.name
    }
    func organization(head hash: UInt64) -> String? { organizationByHead[hash] }
    func person(title hash: UInt64) -> String? { personByTitle[hash] }

    mutating func remember(title hash: UInt64, person: String) {
        if !NameRegistry.qualifierHashes.contains(hash) { personByTitle[hash] = person }
    }

    /// A person's gender from the chunk: honorific or title words before the name, or the first
    /// name. (A name of one word is a surname, whatever first name it looks like: `Charles` after
    /// `Charlotte Charles` is her.)
    static func gender(_ text: ParagraphText, _ chunk: NameChunk) -> Gender {
        var k = chunk.titleStart
        while k < chunk.first || k == chunk.first && chunk.words > 1 {
            let h = text.tokens[k].hash
            if Gazetteer.femaleHashes.contains(h) { return .female }
            if Gazetteer.maleHashes.contains(h) { return .male }
            k += 1
        }
        return .unknown
    }

    mutating func remember(gender: Gender, of name: String) {
        if gender != .unknown, genderOf[name] ?? .unknown == .unknown { genderOf[name] = gender }
    }

    func gender(of name: String) -> Gender { genderOf[name] ?? .unknown }
}
