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
        // Without `about`, the store counts; with it, each quote must be read.
        var counted: [SpeakerTally]
        if let about {
            counted = try quotes(name: nil, about: about, filter: filter).compactMap { q in
                guard let key = q.speakerKey, let speaker = q.quote.speaker else { return nil }
                return SpeakerTally(key: key, name: speaker, role: q.quote.role, quotes: 1, articles: [q.article])
            }
        } else {
            counted = try store.speakerTallies(filter: filter)
        }
        struct Tally { var names: [String: Int] = [:]; var roles: Set<String> = []; var quotes = 0; var articles: Set<String> = [] }
        var tallies: [String: Tally] = [:]
        for t in counted {
            tallies[t.key, default: Tally()].names[t.name, default: 0] += t.quotes
            if let role = t.role { tallies[t.key]!.roles.insert(role) }
            tallies[t.key]!.quotes += t.quotes
            tallies[t.key]!.articles.formUnion(t.articles)
        }
        // One person across articles: a surname alone ("Erdogan") joins the one full name
        // elsewhere that ends in it ("Recep Tayyip Erdoğan"); with two candidates it stays apart.
        for (key, owner) in SpeakerIdentity.fullNames(forSurnamesIn: Array(tallies.keys)) {
            guard let alone = tallies.removeValue(forKey: key) else { continue }
            tallies[owner]!.names.merge(alone.names, uniquingKeysWith: +)
            tallies[owner]!.roles.formUnion(alone.roles)
            tallies[owner]!.quotes += alone.quotes
            tallies[owner]!.articles.formUnion(alone.articles)
        }
        func displayName(_ tally: Tally) -> String {
            // The fullest form of the name, then the most frequent.
            tally.names.max { a, b in
                let wa = a.key.split(separator: " ").count, wb = b.key.split(separator: " ").count
                return (wa, a.value, b.key) < (wb, b.value, a.key)
            }!.key
        }
        /// A speaker as listed: the name worked out once, not in every comparison of the sort.
        struct Listed {
            var name: String
            var tally: Tally
        }
        var ordered = tallies.values.map { Listed(name: displayName($0), tally: $0) }.sorted {
            ($0.tally.quotes, $0.tally.articles.count) != ($1.tally.quotes, $1.tally.articles.count)
                ? ($0.tally.quotes, $0.tally.articles.count) > ($1.tally.quotes, $1.tally.articles.count)
                : $0.name < $1.name
        }
        var result = QueryResult()
        // Every article id only for a pipe or a let; a listing needs none.
        if needAllIDs {
            var ids = Set<String>()
            for tally in tallies.values { ids.formUnion(tally.articles) }
            result.articleIDs = ids.sorted()
        }
        if let limit, ordered.count > limit {
            result.summary.append("\(limit) of \(Noun.speaker.counted(ordered.count)) shown")
            ordered = Array(ordered.prefix(limit))
        }
        result.table = ResultTable(
            columns: [Column("speaker"), Column("roles", longText: true), Column("variants", longText: true), Column("quotes"), Column("articles")],
            rows: ordered.map { listed in
                let t = listed.tally
                return [.text(listed.name), .list(t.roles.sorted()), .list(t.names.keys.sorted()), .integer(t.quotes), .integer(t.articles.count)]
            })
        if ordered.isEmpty { result.summary.append("no speakers") }
        return result
    }
}
