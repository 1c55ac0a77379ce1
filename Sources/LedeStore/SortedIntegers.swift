/// Counting what two lists of row ids share, by sorting rather than hashing.
enum SortedIntegers {
    /// How many distinct values occur in both lists (in any order, repeats allowed).
    static func commonCount(_ first: [Int], _ second: [Int]) -> Int {
        let a = first.sorted(), b = second.sorted()
        var i = 0, j = 0, common = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if b[j] < a[i] {
                j += 1
            } else {
                let value = a[i]
                common += 1
                while i < a.count, a[i] == value { i += 1 }
                while j < b.count, b[j] == value { j += 1 }
            }
        }
        return common
    }
}
