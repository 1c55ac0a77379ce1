/// The arithmetic every scorer shares.
enum Scoring {
    /// `a / b`, or 0 when there is nothing to divide by.
    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// The harmonic mean of precision and recall.
    static func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
