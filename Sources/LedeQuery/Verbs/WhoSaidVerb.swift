import LedeAnalysis
import LedeArticles
import LedeStore

/// `who-said [NAME] [about TERMS] [filters]`: attributed quotes.
public struct WhoSaidVerb: Verb {
    public static let info = VerbInfo(
        name: "who-said", syntax: "who-said [NAME] [about TERMS] [filters]", summary: "attributed quotes: speaker, role, quote, cue, where",
        examples: ["who-said Lukyanov", "who-said about Assad"],
        details: "NAME matches any variant of a speaker (full name, surname, with or without diacritics). Kinds: direct, mixed, indirect.")

    public var name: Located<String>?
    public var about: SearchNode?

    public init(arguments: [Token], filters: Filters, verb: Token) throws {
        var rest = arguments
        if let first = rest.first, !first.isKeyword("about"), first.kind == .word || first.kind == .quoted {
            name = Located(value: first.text, range: first.range)
            rest.removeFirst()
        }
        about = try Parser.about(rest, verb: "who-said")
    }

    public func evaluate(in context: StageContext) throws -> QueryResult {
        try context.evaluator.whoSaid(name: name, about: about, filter: context.filter, limit: context.filters.limit, needAllIDs: context.needAllIDs)
    }
}

extension Evaluator {
    /// Narrows `filter` to the articles the index finds for `node` (ignoring its `not` parts,
    /// which exclude words within a quote or sentence, not within the article).
    func restrict(_ filter: inout ArticleFilter, toArticlesMatching node: SearchNode) throws {
        let ids = Set(try store.matching(SearchText.positivePart(node), filter: filter).map(\.id))
        filter.ids = filter.ids.map { $0.intersection(ids) } ?? ids
    }

    func quotes(name: Located<String>?, about: SearchNode?, filter: ArticleFilter) throws -> [StoredQuote] {
        let keys = try name.map(speakerKeys(for:))
        var filter = filter
        if let about, keys == nil { try restrict(&filter, toArticlesMatching: about) }
        var quotes = try store.quotes(speakerKeys: keys, filter: filter)
        if let about {
            quotes = quotes.filter { SearchText.matches(about, words: SearchText.words($0.quote.text)) }
        }
        return quotes
    }

    static let quoteColumns = [
        Column("speaker"), Column("role", longText: true), Column("quote", longText: true), Column("cue"),
        Column("speaker_kind", header: "speaker kind", machineOnly: true), Column("kind"), Column("article"), Column("paragraph", header: "¶"),
    ]

    static func quoteRow(_ q: StoredQuote) -> [Cell] {
        [q.quote.speaker.map(Cell.text) ?? .null, q.quote.role.map(Cell.text) ?? .null, .text(q.quote.text),
         .text(q.quote.cue), q.quote.speakerKind.map { .text($0.rawValue) } ?? .null, .text(q.quote.kind.rawValue), .text(q.article), .integer(q.quote.paragraph + 1)]
    }

    func whoSaid(name: Located<String>?, about: SearchNode?, filter: ArticleFilter, limit: Int?, needAllIDs: Bool) throws -> QueryResult {
        let keys = try name.map(speakerKeys(for:))
        var filter = filter
        if let about, keys == nil { try restrict(&filter, toArticlesMatching: about) }
        var result = QueryResult()
        if needAllIDs {
            var ids = UniqueIDs()
            try store.forEachQuote(speakerKeys: keys, filter: filter) { q in
                if let about, !SearchText.matches(about, words: SearchText.words(q.quote.text)) { return }
                ids.add(q.article)
            }
            result.articleIDs = ids.ordered
            return result
        }
        result.layout = .entries(heading: ["speaker", "role", "cue", "kind", "article", "paragraph"], body: "quote")
        let store = self.store
        let searchFilter = filter
        // Drawn as read: the quotes past `limit` are only counted.
        result.table = ResultTable(columns: Self.quoteColumns, stream: RowStream { emit in
            var count = 0
            try store.forEachQuote(speakerKeys: keys, filter: searchFilter) { q in
                if let about, !SearchText.matches(about, words: SearchText.words(q.quote.text)) { return }
                count += 1
                if let limit, count > limit { return }
                try emit(Self.quoteRow(q))
            }
            if count == 0 { return ["no quotes"] }
            if let limit, count > limit { return ["\(limit) of \(Noun.quote.counted(count)) shown"] }
            return []
        })
        return result
    }
}
