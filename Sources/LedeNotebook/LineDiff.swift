/// A unified diff of two texts, line by line: changed lines with three lines of context
/// around them, in hunks headed `@@ -line,count +line,count @@` when lines are left out.
///
/// Common lines at both ends are set aside first, so one changed line in 26,000 costs one
/// pass; the rest is Myers' O((N+M)·D) diff, and past `maximumEdits` differences the changed
/// middle is shown as removed, then added (still a correct diff, just not the shortest).
public enum LineDiff {
    static let context = 3
    static let maximumEdits = 1000

    enum Operation: Equatable {
        case same(expected: Int, actual: Int)
        case removed(Int)
        case added(Int)
    }

    public static func unified(expected: [String], actual: [String]) -> [String] {
        let operations = diff(expected, actual)
        guard operations.contains(where: { if case .same = $0 { return false } else { return true } }) else {
            return expected.map { " " + $0 }
        }
        // Hunks: runs of changes, each with up to `context` unchanged lines around it.
        var changed: [Int] = []
        for (index, operation) in operations.enumerated() {
            if case .same = operation { continue }
            changed.append(index)
        }
        var hunks: [Range<Int>] = []
        for index in changed {
            let start = max(0, index - context), end = min(operations.count, index + context + 1)
            if let last = hunks.last, start <= last.upperBound {
                hunks[hunks.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                hunks.append(start..<end)
            }
        }
        let whole = hunks.count == 1 && hunks[0] == 0..<operations.count
        var out: [String] = []
        for hunk in hunks {
            if !whole {
                var expectedStart: Int?, actualStart: Int?
                var expectedCount = 0, actualCount = 0
                for operation in operations[hunk] {
                    switch operation {
                    case .same(let e, let a):
                        expectedStart = expectedStart ?? e; actualStart = actualStart ?? a
                        expectedCount += 1; actualCount += 1
                    case .removed(let e):
                        expectedStart = expectedStart ?? e; expectedCount += 1
                    case .added(let a):
                        actualStart = actualStart ?? a; actualCount += 1
                    }
                }
                out.append("@@ -\((expectedStart ?? 0) + 1),\(expectedCount) +\((actualStart ?? 0) + 1),\(actualCount) @@")
            }
            for operation in operations[hunk] {
                switch operation {
                case .same(let e, _): out.append(" " + expected[e])
                case .removed(let e): out.append("-" + expected[e])
                case .added(let a): out.append("+" + actual[a])
                }
            }
        }
        return out
    }

    /// The edit script turning `a` into `b`.
    static func diff(_ a: [String], _ b: [String]) -> [Operation] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var operations = (0..<prefix).map { Operation.same(expected: $0, actual: $0) }
        let middleA = prefix..<(a.count - suffix), middleB = prefix..<(b.count - suffix)
        if let middle = myers(a, middleA, b, middleB) {
            operations += middle
        } else {
            operations += middleA.map(Operation.removed) + middleB.map(Operation.added)
        }
        operations += (0..<suffix).map { Operation.same(expected: a.count - suffix + $0, actual: b.count - suffix + $0) }
        return operations
    }

    /// Myers' shortest edit script between `a[ra]` and `b[rb]`, or nil past `maximumEdits`.
    static func myers(_ a: [String], _ ra: Range<Int>, _ b: [String], _ rb: Range<Int>) -> [Operation]? {
        let n = ra.count, m = rb.count
        if n == 0 { return rb.map(Operation.added) }
        if m == 0 { return ra.map(Operation.removed) }
        let limit = min(n + m, maximumEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...limit {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[ra.lowerBound + x] == b[rb.lowerBound + y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { found = true; break search }
            }
        }
        guard found else { return nil }
        // Walk back through the saved frontiers.
        var operations: [Operation] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let frontier = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : frontier[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1; y -= 1
                operations.append(.same(expected: ra.lowerBound + x, actual: rb.lowerBound + y))
            }
            if d > 0 {
                if x == previousX {
                    y -= 1
                    operations.append(.added(rb.lowerBound + y))
                } else {
                    x -= 1
                    operations.append(.removed(ra.lowerBound + x))
                }
            }
        }
        return operations.reversed()
    }
}
