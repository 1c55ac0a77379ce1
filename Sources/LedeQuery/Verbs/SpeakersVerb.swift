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
        var result = QueryResult()
        let speakers: [SpeakerCount]
        // Without a filter, `about` or a need for every article id, the counts every load
        // keeps answer; otherwise the store counts the filtered quotes, or (with `about`)
        // each quote is read.
        if about == nil && filter == .all && !needAllIDs {
            speakers = try joinedSurnames(try store.speakerCounts())
        } else {
            let listings = try speakerListings(about: about, filter: filter)
            // Every article id only for a pipe or a let; a listing needs none.
            if needAllIDs {
                var ids = Set<String>()
                for listing in listings.values { ids.formUnion(listing.articleIDs) }
                result.articleIDs = ids.sorted()
            }
            speakers = listings.map { $1.count(key: $0) }
        }
        let names = speakers.map(\.displayName)
        var ordered = speakers.indices.map { index in
            SpeakerOrder(quotes: speakers[index].quotes, articles: speakers[index].articles, name: names[index], index: index)
        }
        ordered.sort { SpeakerOrder.precedes($0, $1, names: names) }
        if let limit, ordered.count > limit {
            result.summary.append("\(limit) of \(Noun.speaker.counted(ordered.count)) shown")
            ordered = Array(ordered.prefix(limit))
        }
        result.table = ResultTable(
            columns: [Column("speaker"), Column("roles", longText: true), Column("variants", longText: true), Column("quotes"), Column("articles")],
            rows: ordered.map { order in
                let speaker = speakers[order.index]
                return [.text(names[order.index]), .list(speaker.roles), .list(speaker.names.map(\.name)), .integer(speaker.quotes), .integer(speaker.articles)]
            })
        if ordered.isEmpty { result.summary.append("no speakers") }
        return result
    }

    /// The counts every load keeps, in key order, with each surname quoted alone ("Erdogan")
    /// taken into the one full name elsewhere that ends in it ("Recep Tayyip Erdoğan"); with
    /// two candidates it stays apart. Articles quoting both are counted once.
    func joinedSurnames(_ counts: [SpeakerCount]) throws -> [SpeakerCount] {
        var counts = counts
        let joins = SpeakerIdentity.surnameJoins(in: counts.map(\.key))
        guard !joins.isEmpty else { return counts }
        let shared = try store.articlesQuotingBoth(pairs: joins.map { SpeakerKeyPair(first: counts[$0.owner].key, second: counts[$0.surname].key) })
        var joinedAway = [Bool](repeating: false, count: counts.count)
        for (join, sharedArticles) in zip(joins, shared) {
            counts[join.owner].absorb(counts[join.surname], sharedArticles: sharedArticles)
            joinedAway[join.surname] = true
        }
        return counts.indices.compactMap { joinedAway[$0] ? nil : counts[$0] }
    }

    /// Each speaker's quotes read and tallied (with `about`) or counted by the store under a
    /// filter, surnames quoted alone joined as `joinedSurnames` joins them.
    func speakerListings(about: SearchNode?, filter: ArticleFilter) throws -> [String: SpeakerListing] {
        var tallies: [String: SpeakerListing] = [:]
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
        for (key, owner) in SpeakerIdentity.fullNames(forSurnamesIn: Array(tallies.keys)) {
            guard let alone = tallies.removeValue(forKey: key) else { continue }
            tallies[owner]!.merge(alone)
        }
        return tallies
    }
}

extension SpeakerCount {
    /// The fullest form of the name, then the most frequent, then the first in order.
    var displayName: String {
        guard names.count > 1 else { return names[0].name }
        let space = UInt8(ascii: " ")
        var best = names[0]
        var bestWords = best.name.utf8.count { $0 == space }
        for candidate in names.dropFirst() {
            let words = candidate.name.utf8.count { $0 == space }
            if words > bestWords || words == bestWords && candidate.quotes > best.quotes {
                best = candidate
                bestWords = words
            }
        }
        return best.name
    }

    /// Takes in the same person's counts under another key; `sharedArticles` counts the
    /// articles quoting both, so that they are counted once.
    mutating func absorb(_ other: SpeakerCount, sharedArticles: Int) {
        names = SortedMerge.merged(names, other.names, by: \.name) { NameCount(name: $0.name, quotes: $0.quotes + $1.quotes) }
        roles = SortedMerge.merged(roles, other.roles, by: { $0 }) { first, _ in first }
        quotes += other.quotes
        articles += other.articles - sharedArticles
    }
}

/// One speaker's quotes as read under a filter: by name as written, roles, and the articles
/// quoting them.
struct SpeakerListing {
    var names: [String: Int] = [:]
    var roles: Set<String> = []
    var quotes = 0
    var articleIDs: Set<String>

    init(articles: Set<String>) {
        articleIDs = articles
    }

    mutating func add(_ tally: SpeakerTally) {
        names[tally.name, default: 0] += tally.quotes
        if let role = tally.role, !role.isEmpty { roles.insert(role) }
        quotes += tally.quotes
        articleIDs.formUnion(tally.articles)
    }

    /// Takes in the same person's listing under another key.
    mutating func merge(_ other: SpeakerListing) {
        names.merge(other.names, uniquingKeysWith: +)
        roles.formUnion(other.roles)
        quotes += other.quotes
        articleIDs.formUnion(other.articleIDs)
    }

    /// The listing as the counts a load keeps give a speaker: names and roles sorted.
    func count(key: String) -> SpeakerCount {
        SpeakerCount(
            key: key, names: names.map { NameCount(name: $0.key, quotes: $0.value) }.sorted { $0.name < $1.name },
            roles: roles.sorted(), quotes: quotes, articles: articleIDs.count)
    }
}
