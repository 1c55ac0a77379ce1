import LedeTestSupport
import Testing

@testable import LedeAnalysis

@Suite("WordSet")
struct WordSetTests {
    @Test("holds exactly its words, the hash 0 included or not")
    func membership() {
        let words = ["said", "told", "argued", "according", "the", "a"]
        let set = WordHash.set(Set(words))
        for word in words { #expect(set.contains(WordHash.of(word))) }
        for word in ["say", "tells", "telling", "", "according to"] { #expect(!set.contains(WordHash.of(word)), "\(word)") }
        #expect(!set.contains(0))
        #expect(WordSet([0, 7]).contains(0) && WordSet([0, 7]).contains(7) && !WordSet([7]).contains(0))
    }

    @Test("answers like Set<UInt64> for many keys, colliding slots included")
    func matchesSwiftSet() {
        var rng = SplitMix64(seed: 42)
        let keys = (0..<5_000).map { _ in rng.next() % 20_000 }
        let set = WordSet(keys)
        let reference = Set(keys)
        for probe in 0..<UInt64(25_000) { #expect(set.contains(probe) == reference.contains(probe)) }
    }
}
