/// A day in the proleptic Gregorian calendar, with no time zone: what a dateline means.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2013-05-09`.
    public var iso: String {
        let y = String(year).leftPadded(to: 4)
        return "\(y)-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
    }

    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    /// Parses `2013-05-09`, `2013-05` (first of the month) or `2013` (1 January) as the start of that period.
    public static func parseISOPrefix(_ text: String) -> CalendarDate? {
        parseDigits(text) ?? parseSplitting(text)
    }

    /// `parseISOPrefix` the long way, for any text: the parts between dashes as numbers.
    static func parseSplitting(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : 1
        let day = parts.count > 2 ? Int(parts[2]) : 1
        guard let month, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in ASCII digits, as every stored date is, read from
    /// the bytes: splitting into substrings cost more than the rest of reading a date's row.
    /// Nil for any other text, which `parseISOPrefix` then reads the long way.
    static func parseDigits(_ text: String) -> CalendarDate? {
        var text = text
        return text.withUTF8 { bytes -> CalendarDate? in
            guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10 else { return nil }
            let dash = UInt8(ascii: "-")
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard let year = number(0..<4) else { return nil }
            var month = 1
            var day = 1
            if bytes.count >= 7 {
                guard bytes[4] == dash, let read = number(5..<7) else { return nil }
                month = read
            }
            if bytes.count == 10 {
                guard bytes[7] == dash, let read = number(8..<10) else { return nil }
                day = read
            }
            return CalendarDate(year: year, month: month, day: day)
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
