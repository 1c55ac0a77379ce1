/// Two sorted arrays as one sorted array, in one pass.
enum SortedMerge {
    /// The elements of both, in order of `text`; an element of each with equal texts becomes
    /// one, made by `join` from the first's and the second's.
    static func merged<Element>(
        _ first: [Element], _ second: [Element], by text: (Element) -> String, join: (Element, Element) -> Element
    ) -> [Element] {
        if second.isEmpty { return first }
        if first.isEmpty { return second }
        var merged: [Element] = []
        merged.reserveCapacity(first.count + second.count)
        var i = 0, j = 0
        while i < first.count, j < second.count {
            let a = text(first[i]), b = text(second[j])
            if a < b {
                merged.append(first[i])
                i += 1
            } else if b < a {
                merged.append(second[j])
                j += 1
            } else {
                merged.append(join(first[i], second[j]))
                i += 1
                j += 1
            }
        }
        merged.append(contentsOf: first[i...])
        merged.append(contentsOf: second[j...])
        return merged
    }
}
