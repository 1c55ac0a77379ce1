import Foundation

/// Monotonic wall-clock time in seconds.
enum Clock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `body` and returns its result with the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let value = try body()
        return (value, now() - start)
    }
}

/// Order statistics over timing samples (nearest-rank percentiles).
struct Samples: Codable {
    var seconds: [Double] = []

    mutating func add(_ s: Double) { seconds.append(s) }

    func percentile(_ p: Double) -> Double? {
        guard !seconds.isEmpty else { return nil }
        let sorted = seconds.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    var p50: Double? { percentile(50) }
    var p99: Double? { percentile(99) }
    var count: Int { seconds.count }
}
