@testable import LedeQuery
import LedeStore
import Testing

@Suite struct SortedMergeTests {
    @Test func twoSortedListsMergeInOrderWithEqualNamesJoined() {
        let first = [NameCount(name: "Kerry", quotes: 2), NameCount(name: "John Kerry", quotes: 1)].sorted { $0.name < $1.name }
        let second = [NameCount(name: "Kerry", quotes: 5), NameCount(name: "kerry", quotes: 1)]
        let merged = SortedMerge.merged(first, second, by: \.name) { NameCount(name: $0.name, quotes: $0.quotes + $1.quotes) }
        #expect(merged == [NameCount(name: "John Kerry", quotes: 1), NameCount(name: "Kerry", quotes: 7), NameCount(name: "kerry", quotes: 1)])
        #expect(SortedMerge.merged(["a", "c"], [], by: { $0 }) { a, _ in a } == ["a", "c"])
        #expect(SortedMerge.merged([], ["b"], by: { $0 }) { a, _ in a } == ["b"])
        #expect(SortedMerge.merged(["a", "c"], ["b", "c", "d"], by: { $0 }) { a, _ in a } == ["a", "b", "c", "d"])
    }
}
