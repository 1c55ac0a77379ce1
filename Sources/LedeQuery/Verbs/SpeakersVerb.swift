import LedeAnalysis
import LedeArticles
import LedeStore

/// `speakers [about TERMS] [filters]`: who is quoted, how often, with roles and name variants.
public struct SpeakersVerb: Verb {
    public static let info = VerbInfo(
        name: "speakers", syntax: "speakers [about TERMS] [filters]", summary: "who is quoted, how often, with roles and name variants",
        examples: ["speakers", "speakers about Syria"], details: "")

    public var about: SearchNode?

    public init(arguments: [Token], filters: Filters, verb: Token) throws {
        about = try Parser.about(arguments, verb: "speakers")
    }

    public func evaluate(in context: StageContext) throws -> QueryResult {
        try context.evaluator.speakers(about: about, filter: context.filter, limit: context.filters.limit, needAllIDs: context.needAllIDs)
    }
}

extension Evaluator {
    func speakers(about: SearchNode?, filter: ArticleFilter, limit: Int?, needAllIDs: Bool) throws -> QueryResult {
        var tallies: [String: SpeakerListing] = [:]
        // Without a filter, `about` or a need for every article id, the counts every load
        // keeps answer; otherwise the store counts the filtered quotes, or (with `about`)
        // each quote is read.
        if about == nil && filter == .all && !needAllIDs {
            let counts = try store.speakerCounts()
            tallies.reserveCapacity(counts.count)
            for count in counts {
                tallies[count.key] = SpeakerListing(names: count.names, roles: count.roles, quotes: count.quotes, articleCount: count.articles)
            }
        } else {
            let counted: [SpeakerTally]
            if let about {
                counted = try quotes(name: nil, about: about, filter: filter).compactMap { q in
                    guard let key = q.speakerKey, let speaker = q.quote.speaker else { return nil }
                    return SpeakerTally(key: key, name: speaker, role: q.quote.role, quotes: 1, articles: [q.article])
                }
            } else {
                counted = try store.speakerTallies(filter: filter)
            }
            for t in counted {
                tallies[t.key, default: SpeakerListing(articles: [])].add(t)
            }
        }
        // One person across articles: a surname alone ("Erdogan") joins the one full name
        // elsewhere that ends in it ("Recep Tayyip Erdoğan"); with two candidates it stays apart.
        var merges: [SurnameMerge] = []
        for (key, owner) in SpeakerIdentity.fullNames(forSurnamesIn: Array(tallies.keys)) {
            guard let alone = tallies.removeValue(forKey: key) else { continue }
            merges.append(SurnameMerge(surname: key, owner: owner, listing: alone))
        }
        // Articles quoting both are counted once: from the sets where they were read, else
        // from the store, all in one reading.
        let counted = merges.filter(\.listing.isCounted)
        let shared = try store.articlesQuotingBoth(pairs: counted.map { SpeakerKeyPair(first: $0.owner, second: $0.surname) })
        let sharedBySurname = Dictionary(uniqueKeysWithValues: zip(counted.map(\.surname), shared))
        for merge in merges {
            tallies[merge.owner]!.merge(merge.listing, sharedArticles: sharedBySurname[merge.surname] ?? 0)
        }
        func displayName(_ tally: SpeakerListing) -> String {
            // The fullest form of the name, then the most frequent.
            guard tally.names.count > 1 else { return tally.names.first!.key }
            return tally.names.max { a, b in
                let wa = a.key.utf8.count { $0 == UInt8(ascii: " ") }, wb = b.key.utf8.count { $0 == UInt8(ascii: " ") }
                return (wa, a.value, b.key) < (wb, b.value, a.key)
            }!.key
        }
        /// What a speaker is ordered by, kept apart from the tally so that the sort moves
        /// small values (tens of thousands of speakers in a large workspace).
        struct Order {
            var quotes: Int
            var articles: Int
            var name: String
            var index: Int
        }
        let listings = Array(tallies.values)
        var ordered = listings.indices.map { index in
            let listing = listings[index]
            return Order(quotes: listing.quotes, articles: listing.articleCount, name: displayName(listing), index: index)
        }.sorted {
            ($0.quotes, $0.articles) != ($1.quotes, $1.articles) ? ($0.quotes, $0.articles) > ($1.quotes, $1.articles) : $0.name < $1.name
        }
        var result = QueryResult()
        // Every article id only for a pipe or a let; a listing needs none.
        if needAllIDs {
            var ids = Set<String>()
            for tally in tallies.values { ids.formUnion(tally.articleIDs) }
            result.articleIDs = ids.sorted()
        }
        if let limit, ordered.count > limit {
            result.summary.append("\(limit) of \(Noun.speaker.counted(ordered.count)) shown")
            ordered = Array(ordered.prefix(limit))
        }
        result.table = ResultTable(
            columns: [Column("speaker"), Column("roles", longText: true), Column("variants", longText: true), Column("quotes"), Column("articles")],
            rows: ordered.map { order in
                let t = listings[order.index]
                return [.text(order.name), .list(t.roles.sorted()), .list(t.names.keys.sorted()), .integer(t.quotes), .integer(t.articleCount)]
            })
        if ordered.isEmpty { result.summary.append("no speakers") }
        return result
    }
}

/// A surname alone (`erdogan`) joining the one full name that ends in it.
struct SurnameMerge {
    var surname: String
    var owner: String
    var listing: SpeakerListing
}

/// One speaker as `speakers` lists them: quotes by name as written, roles, and the articles
/// quoting them.
struct SpeakerListing {
    /// The articles quoting a speaker: their ids where the quotes were read, or only their
    /// number where counts kept by the store were.
    enum Articles {
        case ids(Set<String>)
        case counted(Int)
    }

    var names: [String: Int] = [:]
    var roles: Set<String> = []
    var quotes = 0
    var articles: Articles

    init(names: [String: Int], roles: Set<String>, quotes: Int, articleCount: Int) {
        self.names = names
        self.roles = roles
        self.quotes = quotes
        articles = .counted(articleCount)
    }

    init(articles: Set<String>) {
        self.articles = .ids(articles)
    }

    var articleCount: Int {
        switch articles {
        case .ids(let ids): return ids.count
        case .counted(let count): return count
        }
    }

    /// Whether only the number of articles is known (counts kept by the store).
    var isCounted: Bool {
        if case .counted = articles { return true }
        return false
    }

    var articleIDs: Set<String> {
        if case .ids(let ids) = articles { return ids }
        return []
    }

    mutating func add(_ tally: SpeakerTally) {
        names[tally.name, default: 0] += tally.quotes
        if let role = tally.role, !role.isEmpty { roles.insert(role) }
        quotes += tally.quotes
        if case .ids(let ids) = articles { articles = .ids(ids.union(tally.articles)) }
    }

    /// Takes in the same person's listing under another key; `sharedArticles` counts the
    /// articles quoting both, needed where only counts are known.
    mutating func merge(_ other: SpeakerListing, sharedArticles: Int) {
        names.merge(other.names, uniquingKeysWith: +)
        roles.formUnion(other.roles)
        quotes += other.quotes
        switch (articles, other.articles) {
        case (.ids(let mine), .ids(let theirs)):
            articles = .ids(mine.union(theirs))
        default:
            articles = .counted(articleCount + other.articleCount - sharedArticles)
        }
    }
}
