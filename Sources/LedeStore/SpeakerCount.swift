/// One speaker (by key): their quotes by name as written and by role, and the articles
/// quoting them.
public struct SpeakerCount: Sendable, Equatable {
    public var key: String
    /// Quotes per name as written, sorted by name, each name once.
    public var names: [NameCount]
    /// The roles given to the speaker, sorted, each once.
    public var roles: [String]
    public var quotes: Int
    public var articles: Int

    public init(key: String, names: [NameCount], roles: [String], quotes: Int, articles: Int) {
        self.key = key
        self.names = names
        self.roles = roles
        self.quotes = quotes
        self.articles = articles
    }
}

/// A name as written and the quotes given under it.
public struct NameCount: Sendable, Equatable {
    public var name: String
    public var quotes: Int

    public init(name: String, quotes: Int) {
        self.name = name
        self.quotes = quotes
    }
}

/// Builds one `SpeakerCount` at a time from rows in key and name order (a store's count
/// table), so that a listing of tens of thousands of speakers needs no dictionary or set
/// per speaker.
public struct SpeakerCountBuilder {
    private var count = SpeakerCount(key: "", names: [], roles: [], quotes: 0, articles: 0)

    public init() {}

    /// Begins the next speaker.
    public mutating func start(key: String, articles: Int) {
        count = SpeakerCount(key: key, names: [], roles: [], quotes: 0, articles: articles)
    }

    /// Whether the speaker has a name yet.
    public var hasName: Bool { !count.names.isEmpty }

    /// The name `addQuotes` adds to, for telling whether the next row names another.
    public var lastName: String { count.names.last?.name ?? "" }

    /// Opens a name whose quotes the next `addQuotes` count.
    public mutating func addName(_ name: String) {
        count.names.append(NameCount(name: name, quotes: 0))
    }

    /// Counts quotes under the last name added, with their role (nil or empty for none).
    public mutating func addQuotes(_ quotes: Int, role: String?) {
        count.names[count.names.count - 1].quotes += quotes
        count.quotes += quotes
        if let role, !role.isEmpty { count.roles.append(role) }
    }

    /// The speaker, names and roles in order and each once. Rows come in byte order, which
    /// is `String`'s own for text in Unicode's composed form; anything else is sorted here,
    /// and names that `String` holds equal are joined.
    public mutating func finish() -> SpeakerCount {
        if !Self.isStrictlyIncreasing(count.names, by: \.name) {
            count.names = Self.joined(count.names.sorted { $0.name < $1.name })
        }
        if count.roles.count > 1 {
            count.roles.sort()
            count.roles = Self.uniqued(count.roles)
        }
        return count
    }

    static func isStrictlyIncreasing<Element>(_ elements: [Element], by text: (Element) -> String) -> Bool {
        guard elements.count > 1 else { return true }
        for index in 1..<elements.count where !(text(elements[index - 1]) < text(elements[index])) { return false }
        return true
    }

    /// Sorted names with equal neighbours joined (the first spelling kept).
    static func joined(_ sorted: [NameCount]) -> [NameCount] {
        var joined: [NameCount] = []
        joined.reserveCapacity(sorted.count)
        for name in sorted {
            if let last = joined.last, last.name == name.name {
                joined[joined.count - 1].quotes += name.quotes
            } else {
                joined.append(name)
            }
        }
        return joined
    }

    /// Sorted texts with equal neighbours dropped.
    static func uniqued(_ sorted: [String]) -> [String] {
        var unique: [String] = []
        unique.reserveCapacity(sorted.count)
        for text in sorted where unique.last != text { unique.append(text) }
        return unique
    }
}
