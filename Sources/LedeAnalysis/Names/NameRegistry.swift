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
    }

    /// The gender of each full name, where its first name, honorific or role tells it.
    private(set) var genderOf: [String: Gender] = [:]

    /// Every name chunk in reading order, resolved to a full name where one is known.
    private(set) var mentions: [Entry] = []
    /// Surname hash → the first full name (two words or more) with that surname.
    private var fullBySurname: [UInt64: String] = [:]
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
                    mentions.append(Entry(place: Place(paragraph: p, token: chunk.first), name: person, text: written, kind: .person))
                    continue
                }
                if chunk.words == 1 {
                    let h = text.tokens[chunk.first].hash
                    if kind == .person, let full = fullBySurname[h] {
                        name = full
                    } else if kind == .organization, let full = organizationByHead[h] {
                        name = full
                    } else if let full = organizationByHead[h], kind == .person {
                        name = full
                        kind = .organization
                    } else if kind == .person {
                        // A lone capitalized word nobody was named with: not a person we know.
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
                    genderOf[name] = NameRegistry.gender(text, chunk)
                }
                mentions.append(Entry(place: Place(paragraph: p, token: chunk.first), name: name, text: written, kind: kind, quoted: text.quoteOf[chunk.first] >= 0))
            }
        }
    }

    static let qualifierHashes = WordHash.set(Lexicon.titleQualifiers)

    func lastWordIndex(_ text: ParagraphText, _ chunk: NameChunk) -> Int {
        var k = chunk.last
        while k > chunk.first, text.tokens[k].kind != .word { k -= 1 }
        return k
    }

    func fullName(surname hash: UInt64) -> String? { fullBySurname[hash] }
    func organization(head hash: UInt64) -> String? { organizationByHead[hash] }
    func person(title hash: UInt64) -> String? { personByTitle[hash] }

    mutating func remember(title hash: UInt64, person: String) {
        if !NameRegistry.qualifierHashes.contains(hash) { personByTitle[hash] = person }
    }

    /// A person's gender from the chunk: honorific or title words before the name, or the first name.
    static func gender(_ text: ParagraphText, _ chunk: NameChunk) -> Gender {
        var k = chunk.titleStart
        while k <= chunk.first {
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

    /// The person last named before `place` whose gender does not contradict `gender`.
    func lastPerson(before place: Place, gender: Gender = .unknown) -> String? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].place < place { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        // Look back a few hundred names at most: a pronoun refers to someone named recently.
        let stop = max(-1, i - 300)
        while i > stop {
            if mentions[i].kind == .person, !mentions[i].quoted {
                let g = genderOf[mentions[i].name] ?? .unknown
                if gender == .unknown || g == .unknown || g == gender { return mentions[i].name }
            }
            i -= 1
        }
        return nil
    }
}
