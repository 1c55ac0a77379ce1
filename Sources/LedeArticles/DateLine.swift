/// Recognises a dateline or a date field: `May 9, 2013`, `9 May 2013`, `2013-05-09`,
/// `Thursday, May 9, 2013`, `Sept. 5, 2019`, and ISO timestamps (`2019-01-04T10:00:00Z`).
public enum DateLine {
    /// English month names and their usual abbreviations, lowercased, without the dot.
    public static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// The date that `line` consists of, or nil when the line is anything more than a date.
    public static func parse(_ line: String) -> CalendarDate? {
        let trimmed = line.trimmed(" \t")
        guard !trimmed.isEmpty, trimmed.count <= 40 else { return nil }
        if let iso = parseISO(trimmed) { return iso }
        var tokens = trimmed.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "\t" })
            .map(String.init)
        if let first = tokens.first, weekdays.contains(first) { tokens.removeFirst() }
        guard tokens.count == 3 else { return nil }
        func day(_ s: String) -> Int? {
            let digits = s.hasSuffix("st") || s.hasSuffix("nd") || s.hasSuffix("rd") || s.hasSuffix("th") ? String(s.dropLast(2)) : s
            return digits.count <= 2 ? Int(digits) : nil
        }
        func year(_ s: String) -> Int? { s.count == 4 ? Int(s) : nil }
        if let month = months[tokens[0]], let d = day(tokens[1]), let y = year(tokens[2]) {
            return CalendarDate(year: y, month: month, day: d)
        }
        if let d = day(tokens[0]), let month = months[tokens[1]], let y = year(tokens[2]) {
            return CalendarDate(year: y, month: month, day: d)
        }
        return nil
    }

    /// `2013-05-09`, optionally followed by a time (`T…` or ` …`).
    static func parseISO(_ text: String) -> CalendarDate? {
        let utf8 = Array(text.utf8.prefix(10))
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        let rest = text.utf8.dropFirst(10)
        if let next = rest.first, next != UInt8(ascii: "T"), next != UInt8(ascii: " ") { return nil }
        func number(_ slice: ArraySlice<UInt8>) -> Int? {
            var value = 0
            for byte in slice {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let y = number(utf8[0..<4]), let m = number(utf8[5..<7]), let d = number(utf8[8..<10]) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}

extension StringProtocol {
    func trimmed(_ set: String) -> String {
        let scalars = Set(set.unicodeScalars)
        var view = Substring(self)
        while let first = view.unicodeScalars.first, scalars.contains(first) { view = Substring(view.unicodeScalars.dropFirst()) }
        while let last = view.unicodeScalars.last, scalars.contains(last) { view = Substring(view.unicodeScalars.dropLast()) }
        return String(view)
    }
}
