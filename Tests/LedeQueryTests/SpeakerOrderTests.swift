@testable import LedeQuery
import Testing

@Suite struct SpeakerOrderTests {
    @Test func speakersSortByQuotesThenArticlesThenNameAsStringsDo() {
        let names = ["Zoe", "zoe", "Zoë", "Ann Lee", "Ann Leeds", "Ann", "Ann Lee\u{0}", "Émile", "Emile", "Anna Karenina-Smith", "Anna Karenina-Jones"]
        let speakers = names.indices.map { SpeakerOrder(quotes: $0 == 0 ? 3 : 1, articles: $0 == 1 ? 2 : 1, name: names[$0], index: $0) }
        let sorted = speakers.sorted { SpeakerOrder.precedes($0, $1, names: names) }.map { names[$0.index] }
        #expect(sorted == ["Zoe", "zoe"] + names.dropFirst(2).sorted())
        #expect(SpeakerOrder.asciiPrefix(of: "Zoë") == nil)
        #expect(SpeakerOrder.asciiPrefix(of: "AB") == 0x4142_0000_0000_0000)
    }
}
