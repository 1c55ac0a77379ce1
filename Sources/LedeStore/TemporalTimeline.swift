import LedeAnalysis

/// What a timeline shows: how many expressions hold each value (its chart and its count), and
/// how to read the expressions again, in calendar order, as they are drawn.
///
/// A timeline of a name or words finds its expressions through the sentence index. Reading
/// them once, counting them and sorting them in the store costs about half of counting them in
/// one query and reading them again, sorted, in another. What is held is kept small: the
/// SQLite store holds each expression's place (its article, its number there and where it
/// falls in calendar order), not its sentence, which is read from its paragraph only when the
/// row is drawn; a store that read the sentences anyway to check them may hold the
/// expressions whole. A timeline of the whole workspace is never held: its expressions are
/// read as they are drawn.
public struct TemporalTimeline: Sendable, Equatable {
    /// The most expressions held whole in memory (about half a kilobyte each, their sentence
    /// included: 10 MB); past it the store counts them in one reading and reads them again,
    /// in calendar order, as they are drawn.
    public static let mostHeld = 20_000
    /// The most places held (about 80 bytes each, the article id included: 16 MB at most).
    public static let mostPlacesHeld = 200_000

    /// How many expressions hold each value, in the values' byte order.
    public var valueCounts: [TemporalValueCount]
    /// Every expression counted, in calendar order (`TemporalQuery.calendarOrder`), whole or by
    /// place, or nil when they are to be read again by the query as they are drawn.
    public var held: HeldTemporals?

    public init(valueCounts: [TemporalValueCount], held: HeldTemporals? = nil) {
        self.valueCounts = valueCounts
        self.held = held
    }

    /// The timeline of values counted as the expressions were read, and those expressions
    /// (or their places) when they were held.
    public init(counts: [String: Int], held: HeldTemporals?) {
        valueCounts = counts.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { TemporalValueCount(value: $0.key, count: $0.value) }
        self.held = held
    }

    /// The timeline of a store's count by value (`temporalValueCounts`), its expressions to be
    /// read as they are drawn.
    public init(valueCounts: [(value: String, count: Int)]) {
        self.init(valueCounts: valueCounts.map { TemporalValueCount(value: $0.value, count: $0.count) })
    }
}

/// The expressions of a timeline held in calendar order.
public enum HeldTemporals: Sendable, Equatable {
    /// Read whole (sentence included) while they were counted.
    case dates([StoredTemporal])
    /// Their places only: `WorkspaceStore.forEachTemporal(at:)` reads them whole as they are drawn.
    case places([TemporalPlace])
}

/// Where one stored expression is: its article's key in the store and its number in that
/// article. Only the store that handed it out can read it.
public struct TemporalPlace: Sendable, Hashable {
    public var article: Int64
    public var seq: Int

    public init(article: Int64, seq: Int) {
        self.article = article
        self.seq = seq
    }
}

/// How many expressions of a timeline hold one value (a TIMEX3 value such as `1916-02-03`).
public struct TemporalValueCount: Sendable, Equatable {
    public var value: String
    public var count: Int

    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}

/// Where an expression falls in calendar order, the order `TemporalQuery.calendarOrder` reads
/// in: by the first and then the last day of the period its value names (values naming none,
/// such as durations, last), then by article id (UTF-8 bytes, as SQLite and PostgreSQL's "C"
/// collation compare text), paragraph, place in the paragraph, and place in the article.
struct CalendarPlace: Comparable {
    /// The first and last day numbers of the value's period; nil for a value without one.
    var firstDay: Int?
    var lastDay: Int?
    var article: String
    var paragraph: Int
    var start: Int
    /// The expression's number in its article: two expressions never share it.
    var seq: Int

    init(span: TimexSpan?, article: String, paragraph: Int, start: Int, seq: Int) {
        firstDay = span?.first.dayNumber
        lastDay = span?.last.dayNumber
        self.article = article
        self.paragraph = paragraph
        self.start = start
        self.seq = seq
    }

    static func < (a: CalendarPlace, b: CalendarPlace) -> Bool {
        switch (a.firstDay, b.firstDay) {
        case (nil, .some): return false
        case (.some, nil): return true
        case let (.some(first), .some(other)) where first != other: return first < other
        default: break
        }
        if a.lastDay != b.lastDay { return (a.lastDay ?? Int.min) < (b.lastDay ?? Int.min) }
        if !a.article.utf8.elementsEqual(b.article.utf8) { return a.article.utf8.lexicographicallyPrecedes(b.article.utf8) }
        if a.paragraph != b.paragraph { return a.paragraph < b.paragraph }
        if a.start != b.start { return a.start < b.start }
        return a.seq < b.seq
    }
}
