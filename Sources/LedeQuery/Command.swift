import LedeArticles

/// A parsed command line: one or more stages joined by `|`, or a `let` naming one.
public enum Statement: Sendable {
    case pipeline(Pipeline)
    /// `let NAME = pipeline`
    case assignment(name: String, Pipeline)
}

public struct Pipeline: Sendable {
    public var stages: [Stage]

    public init(stages: [Stage]) {
        self.stages = stages
    }
}

/// One verb with its arguments and the filters every verb takes.
public struct Stage: Sendable {
    public var verb: any Verb
    public var filters: Filters

    public init(verb: any Verb, filters: Filters) {
        self.verb = verb
        self.filters = filters
    }
}

/// One side of `compare` as written: quoted text is a term (or a speaker's full name).
public struct CompareSide: Sendable, Equatable {
    public var text: String
    public var range: Range<Int>
    public var quoted: Bool
}

/// A value with the place in the line it came from.
public struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var range: Range<Int>
}

/// `since`, `until`, `in`, `source:`, `speaker:` and `limit`, which every verb accepts.
public struct Filters: Sendable, Equatable {
    public var since: DateBound?
    public var until: DateBound?
    public var source: String?
    /// `in NAME`: a `let` set or an article id, resolved when the command runs.
    public var within: [Located<String>] = []
    /// `speaker:NAME`: only articles that quote this person.
    public var speaker: Located<String>?
    public var limit: Int?
    /// The largest `limit` kept: more rows than any workspace holds, with room to add to it.
    public static let maximumLimit = Int(Int32.max)

    public init() {}
}

/// A date as a user writes it in a filter: a day, a month or a year, standing for the whole period.
public struct DateBound: Sendable, Equatable {
    public var first: CalendarDate
    public var last: CalendarDate
    public var text: String

    /// `2013-05-09`, `2013-05`, `2013`, `May 9, 2013`.
    public static func parse(_ text: String) -> DateBound? {
        if let day = DateLine.parse(text) { return DateBound(first: day, last: day, text: text) }
        let parts = text.split(separator: "-")
        guard let year = Int(parts.first ?? ""), parts.first?.count == 4 else { return nil }
        switch parts.count {
        case 1:
            return DateBound(first: CalendarDate(year: year, month: 1, day: 1)!, last: CalendarDate(year: year, month: 12, day: 31)!, text: text)
        case 2:
            guard let month = Int(parts[1]), let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
            return DateBound(first: first, last: CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!, text: text)
        default:
            return nil
        }
    }
}
