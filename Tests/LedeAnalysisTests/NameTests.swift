import Testing

@testable import LedeAnalysis

@Suite("Names")
struct NameTests {
    @Test("keys fold diacritics and case; variants include the surname")
    func keys() {
        #expect(PersonName.key("Fyodor Lukyánov") == "fyodor lukyanov")
        #expect(PersonName.variants(of: "Fyodor Lukyanov") == ["Fyodor Lukyanov", "Lukyanov", "fyodor lukyanov", "lukyanov"])
        #expect(PersonName.matches("Lukyánov", "Fyodor Lukyanov"))
        #expect(!PersonName.matches("Lavrov", "Fyodor Lukyanov"))
        #expect(PersonName.nameWords("Mr. Trump’s campaign") == ["trump"])
        #expect(PersonName.matches("Hamza", "Mahmoud al-Hamza"))
        #expect(PersonName.matches("al-Hamza", "Mahmoud al-Hamza"))
        #expect(PersonName.variants(of: "Mahmoud al-Hamza").contains("Hamza"))
    }

    @Test("a key may be a person's name unless it is a phrase or ends in an organization's or place's head word")
    func mayBePersonal() {
        #expect(PersonName.mayBePersonal(key: "donald trump"))
        #expect(PersonName.mayBePersonal(key: "richard hall"))
        #expect(PersonName.mayBePersonal(key: "erdogan"))
        #expect(PersonName.mayBePersonal(key: "  ann   lee "))
        #expect(!PersonName.mayBePersonal(key: "british transport police"))
        #expect(!PersonName.mayBePersonal(key: "cook county"))
        #expect(!PersonName.mayBePersonal(key: "projections by cnn and npr"))
        #expect(!PersonName.mayBePersonal(key: ""))
        #expect(!PersonName.mayBePersonal(key: "   "))
    }

    @Test("mentions: titles split off, surnames joined to the full name, places and organizations")
    func mentions() {
        let ms = MentionFinder.find(paragraphs: [
            "U.S. Secretary of State John Kerry arrived in Moscow to meet the Moscow Helsinki Group.",
            "Kerry left on Friday.",
        ])
        #expect(ms.contains { $0.name == "John Kerry" && $0.kind == .person && $0.paragraph == 0 })
        #expect(ms.contains { $0.name == "John Kerry" && $0.text == "Kerry" && $0.paragraph == 1 })
        #expect(ms.contains { $0.name == "Moscow" && $0.kind == .place })
        #expect(ms.contains { $0.name == "Moscow Helsinki Group" && $0.kind == .organization })
        #expect(!ms.contains { $0.name == "Friday" })
    }

    @Test("a place between a title and a name belongs to the title, one word or two")
    func placeInTitle() {
        let ms = MentionFinder.find(paragraphs: [
            "On Monday, First Minister of Scotland Nicola Sturgeon met Chief Executive of Hong Kong Carrie Lam.",
        ])
        #expect(ms.contains { $0.name == "Nicola Sturgeon" && $0.kind == .person }, "\(ms.map(\.name))")
        #expect(ms.contains { $0.name == "Carrie Lam" && $0.kind == .person })
        #expect(!ms.contains { $0.name.contains("Hong Kong Carrie") })
    }

    @Test("quotes and mentions in one pass equal the two apart")
    func onePass() {
        let paragraphs = ["“We agreed,” said Foreign Minister Sergei Lavrov.", "Lavrov met John Kerry in Moscow."]
        let both = QuoteExtractor.extractWithMentions(paragraphs: paragraphs)
        #expect(both.quotes == QuoteExtractor.extract(paragraphs: paragraphs))
        #expect(both.mentions == MentionFinder.find(paragraphs: paragraphs))
    }

    @Test("a title alone names the person who holds it in the article; an adjective does not")
    func titles() {
        let ms = MentionFinder.find(paragraphs: [
            "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry.",
            "Thus the Secretary of State listened, and the Russian side agreed.",
        ])
        #expect(ms.contains { $0.paragraph == 1 && $0.name == "John Kerry" && $0.text == "Secretary of State" })
        #expect(!ms.contains { $0.paragraph == 1 && $0.text == "Russian" })
    }
}
