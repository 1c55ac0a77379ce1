/// A number with one decimal, written without locale or scientific notation, so that output
/// is the same on every machine: `157.6`, `-0.5`.
enum OneDecimal {
    /// `keepsZero`: `12.0` rather than `12`.
    static func text(_ value: Double, keepsZero: Bool = true) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        let sign = tenths < 0 ? "-" : ""
        return fraction == 0 && !keepsZero ? sign + String(whole) : sign + String(whole) + "." + String(fraction)
    }
}
