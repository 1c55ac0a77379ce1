import Testing

@testable import LedeAnalysis

private func extract(_ paragraphs: String...) -> [Quote] { QuoteExtractor.extract(paragraphs: paragraphs) }

@Suite("Quote constructions")
struct QuoteConstructionTests {
    @Test("X said, “…” with straight marks")
    func preposedDirect() throws {
        let q = try #require(extract(#"Jane Doe, a spokeswoman for the agency, said, "We will not comment on that.""#).first)
        #expect(q.kind == .direct)
        #expect(q.speaker == "Jane Doe")
        #expect(q.role == "a spokeswoman for the agency")
        #expect(q.text == "We will not comment on that.")
    }

    @Test("mixed: a quoted fragment inside reported speech keeps the whole clause; a second verb reports anew")
    func mixed() throws {
        let qs = extract("Senator Mary Jones called the plan “a disaster” and said it would fail.")
        try #require(qs.count == 2)
        #expect(qs[0].kind == .mixed && qs[0].cue == "called" && qs[0].text == "the plan “a disaster”")
        #expect(qs[1].kind == .indirect && qs[1].cue == "said" && qs[1].text == "it would fail")
        #expect(qs.allSatisfy { $0.speaker == "Mary Jones" })
        let q = try #require(extract("Mary Jones said the plan was “a disaster” for the town.").first)
        #expect(q.kind == .mixed && q.text == "the plan was “a disaster” for the town")
    }

    @Test("indirect: X said that …, and the post-posed CONTENT, X said")
    func indirect() {
        let qs = extract("Peter Brown said that the talks had failed.", "The talks will resume next week, Brown added.")
        #expect(qs.count == 2)
        #expect(qs[0].kind == .indirect && qs[0].text == "the talks had failed")
        #expect(qs[1].speaker == "Peter Brown" && qs[1].cue == "added" && qs[1].text == "The talks will resume next week")
    }

    @Test("a clause split by a parenthetical attribution keeps both pieces")
    func parenthetical() throws {
        let q = try #require(extract("Climate change, President Barack Obama said, is the greatest threat we face.").first)
        #expect(q.kind == .indirect && q.speaker == "Barack Obama")
        #expect(q.text == "Climate change … is the greatest threat we face")
    }

    @Test("an opening phrase of time is not what was said, and nouns and purposes are no cues")
    func notSaid() throws {
        let q = try #require(extract("On Thursday, Pope Francis announced that bishops must report abuse.").first)
        #expect(q.speaker == "Francis" && q.role == "Pope")
        #expect(q.text == "bishops must report abuse")
        #expect(extract("His latest remarks drew criticism.").isEmpty)
        #expect(extract("The team worked to predict wave heights for the landings.").isEmpty)
        #expect(extract("Not a word was said about sanctions.").isEmpty)
    }

    @Test("a quote that runs over paragraphs continues while its mark stays open")
    func multiParagraph() throws {
        let q = try #require(extract("“The first part goes on,” said Ann Lee. “And it is not closed here.", "“It ends in this paragraph.”").first)
        #expect(q.text == "The first part goes on … And it is not closed here. … It ends in this paragraph.")
    }

    @Test("pronouns and titles resolve to the person")
    func resolution() {
        let qs = extract(
            "Foreign Minister Sergei Lavrov met the press.",
            "“We agreed,” the minister said.",
            "“We will meet again,” he added."
        )
        #expect(qs.map(\.speaker) == ["Sergei Lavrov", "Sergei Lavrov"])
    }

    @Test("she and he go to the last person of that gender")
    func pronounGender() {
        let qs = extract(
            "Mary Jones met John Smith in Paris.",
            "“We agreed on nothing,” she said.",
            "“That is not true,” he said."
        )
        #expect(qs.map(\.speaker) == ["Mary Jones", "John Smith"])
    }

    @Test("organizations speak")
    func organization() throws {
        let q = try #require(extract("The Russian Foreign Ministry said the visit would go ahead.").first)
        #expect(q.speaker == "Russian Foreign Ministry")
        #expect(q.text == "the visit would go ahead")
    }

    @Test("scare quotes and titles are no quotes")
    func scareQuotes() {
        #expect(extract("The law calls them ‘foreign agents’ in its text.").isEmpty)
        #expect(extract("She watched “Gone with the Wind” twice.").isEmpty)
    }

    @Test("a segment opening with a preposition is role, not speaker: the name stands further back")
    func prepositionSegmentIsRole() throws {
        let q = try #require(extract(#"Anderson Cooper, of CNN, one of Vanderbilt's four sons, stated, "She was an extraordinary woman.""#).first)
        #expect(q.speaker == "Anderson Cooper")
        #expect(q.role == "of CNN, one of Vanderbilt's four sons")
    }

    @Test("circumstances and clauses between the name and the cue are no role")
    func noRoleFromCircumstanceOrClause() throws {
        let study = try #require(extract("According to the study, in 2014 in the continental United States, roughly 16,000 premature deaths were attributable to power plants.").first)
        #expect(study.speaker == "the study" && study.role == nil)
        #expect(study.text.hasPrefix("in 2014 in the continental United States, roughly 16,000"))
        let khan = try #require(extract(#"The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding, "An urgent enquiry is underway.""#).first)
        #expect(khan.speaker == "Sadiq Khan" && khan.role == nil)
        let lukyanov = try #require(extract("Fyodor Lukyanov, head of the Russian Council on Foreign and Defense Policy, said the talks would fail.").first)
        #expect(lukyanov.role == "head of the Russian Council on Foreign and Defense Policy")
    }

    @Test("according to X, then a clause: the clause is what was said, not X's role")
    func accordingToThenAClause() throws {
        let q = try #require(extract("According to these videos and NPR, the police then surrounded the attacker aiming at him with their guns, moved a last bystander out of the way, and shot Khan.").first)
        #expect(q.speaker == "NPR" && q.role == nil)
        #expect(q.text.hasPrefix("the police then surrounded the attacker") && q.text.hasSuffix("shot Khan"))
        let role = try #require(extract("According to Mahmoud al-Hamza, a member of the Syrian National Council, the talks will fail.").first)
        #expect(role.role == "a member of the Syrian National Council" && role.text == "the talks will fail")
    }

    @Test("a time, an adverb or a verb after a name is no speaker phrase of its own")
    func noSpeakerFromTimesAndVerbs() throws {
        let lam = extract(#"“The government will fully withdraw the bill,” Carrie Lam said. Lam also agreed to add two members to the existing police oversight council but did not accede to protesters' demands."#)
        #expect(!lam.contains { $0.speaker == "Lam also agreed" })
        #expect(lam.allSatisfy { $0.speaker == "Carrie Lam" } && !lam.isEmpty)
        // Both gave a speaker named after the time or the verb phrase before (seeds, 2019).
        let march = extract("Yesterday, what organizers estimated at 1.7 million Hongkongers, about a quarter of the city's population, marched from downtown Victoria Park toward the Central district.")
        #expect(!march.contains { $0.speaker == "Yesterday" })
        let brexit = extract("He is widely suspected of asking for prorogation to prevent legislative interference in his efforts to complete the withdrawal of the United Kingdom from the European Union.")
        #expect(!brexit.contains { $0.speaker?.contains("suspected") == true })
    }

    @Test("a described source keeps its role: a participle after a determiner, a relative clause")
    func rolesThatDescribe() throws {
        let general = try #require(extract("According to John Smith, a retired general, the war is lost.").first)
        #expect(general.speaker == "John Smith" && general.role == "a retired general" && general.text == "the war is lost")
        let lawyer = try #require(extract(#"John Smith, a lawyer who has represented the family, said, "We will appeal.""#).first)
        #expect(lawyer.speaker == "John Smith" && lawyer.role == "a lawyer who has represented the family")
    }
}
