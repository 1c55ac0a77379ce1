@testable import LedeStore
import Testing

@Suite struct SortedIntegersTests {
    @Test func sharedValuesAreCountedOnceWhateverTheOrderAndRepeats() {
        #expect(SortedIntegers.commonCount([5, 1, 3, 3, 9], [3, 9, 9, 2, 3]) == 2)
        #expect(SortedIntegers.commonCount([], [1]) == 0)
        #expect(SortedIntegers.commonCount([7, 7], [7]) == 1)
        #expect(SortedIntegers.commonCount([1, 2], [3, 4]) == 0)
    }
}
