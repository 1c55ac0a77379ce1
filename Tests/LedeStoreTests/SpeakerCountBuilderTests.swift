@testable import LedeStore
import Testing

@Suite struct SpeakerCountBuilderTests {
    @Test func rowsInKeyAndNameOrderBecomeOneSpeakerWithSortedRolesEachOnce() {
        var builder = SpeakerCountBuilder()
        builder.start(key: "john smith", articles: 3)
        builder.addName("John Smith")
        builder.addQuotes(2, role: "mayor")
        builder.addQuotes(1, role: nil)
        builder.addName("Smith")
        builder.addQuotes(4, role: "")
        builder.addQuotes(1, role: "governor")
        builder.addQuotes(1, role: "mayor")
        #expect(builder.finish() == SpeakerCount(
            key: "john smith", names: [NameCount(name: "John Smith", quotes: 3), NameCount(name: "Smith", quotes: 6)],
            roles: ["governor", "mayor"], quotes: 9, articles: 3))
        builder.start(key: "kerry", articles: 1)
        builder.addName("Kerry")
        builder.addQuotes(1, role: nil)
        #expect(builder.finish() == SpeakerCount(key: "kerry", names: [NameCount(name: "Kerry", quotes: 1)], roles: [], quotes: 1, articles: 1))
    }

    @Test func namesOutOfStringOrderAreSortedAndEquivalentSpellingsJoined() {
        var builder = SpeakerCountBuilder()
        builder.start(key: "jose", articles: 1)
        // Out of String order, and the composed and decomposed é, which String holds equal.
        for name in ["Jose\u{301}", "Jos\u{E9}", "Jose"] {
            builder.addName(name)
            builder.addQuotes(1, role: nil)
        }
        let count = builder.finish()
        #expect(count.names.map(\.name) == ["Jose", "Jose\u{301}"])
        #expect(count.names.map(\.quotes) == [1, 2])
        #expect(count.quotes == 3)
    }
}
