import LedeArticles
import LedeAnalysis

/// What the query layer needs from a workspace. `SQLiteWorkspace` is the embedded one; a
/// server backend (PostgreSQL, for a team sharing one corpus) implements the same protocol.
public protocol WorkspaceStore: AnyObject, Sendable {
    /// Where the workspace lives, as the user named it.
    var location: String { get }
    /// Whether it exists yet: a workspace named but never loaded into is created by its first load.
    var exists: Bool { get }

    /// The store's side of a load (the ingest reads and analyses, and hands it batches), opening
    /// the workspace for writing: a read-only workspace or place refuses here.
    func batchWriter() throws -> any BatchWriter

    /// Articles in date order (undated last), at most `limit` of them.
    func articles(_ filter: ArticleFilter, limit: Int?) throws -> [ArticleSummary]
    /// The same, one at a time as they are read; `newestFirst` turns the order round.
    func forEachArticle(_ filter: ArticleFilter, limit: Int?, newestFirst: Bool, _ body: (ArticleSummary) throws -> Void) throws
    /// How many articles the filter selects.
    func articleCount(_ filter: ArticleFilter) throws -> Int
    func article(id: String) throws -> Article?
    /// The paragraphs of each article named, in one read and in the order named (none for an
    /// unknown id).
    func paragraphs(ofArticles ids: [String]) throws -> [[String]]
    /// Ids of every article, for completion and suggestions.
    func articleIDs() throws -> [String]
    /// The current id of each article named by an id it has or had (unknown ids are dropped):
    /// an id once shown keeps naming its article.
    func currentIDs(of ids: [String]) throws -> [String]

    /// Full-text search, ranked by BM25 (title words weigh ten times body words), best first,
    /// ties by id: every backend ranks alike.
    func search(_ query: SearchNode, filter: ArticleFilter, limit: Int) throws -> [SearchHit]
    /// Every article matching, unranked (cheaper than `search` when order does not matter).
    func matching(_ query: SearchNode, filter: ArticleFilter) throws -> [ArticleSummary]

    /// In how many articles each word occurs (words as the index folds them).
    func documentFrequencies(_ words: Set<String>) throws -> [String: Int]

    func quotes(speakerKeys: Set<String>?, filter: ArticleFilter) throws -> [StoredQuote]
    /// The same quotes, one at a time as they are read (in article date order).
    func forEachQuote(speakerKeys: Set<String>?, filter: ArticleFilter, _ body: (StoredQuote) throws -> Void) throws
    /// Quotes counted by speaker, name as written and role, with the articles they are in:
    /// what `speakers` needs, without reading every quote.
    func speakerTallies(filter: ArticleFilter) throws -> [SpeakerTally]
    /// Every speaker's quotes by name and role and the number of articles quoting them, from
    /// counts each load keeps: what an unfiltered `speakers` lists, without reading any quote.
    /// In key order (UTF-8 bytes), each speaker's names and roles sorted.
    func speakerCounts() throws -> [SpeakerCount]
    /// How many articles quote both speakers (by key): what two speaker keys for one person
    /// share, so that their articles are counted once.
    func articlesQuotingBoth(_ first: String, _ second: String) throws -> Int
    /// `articlesQuotingBoth` for many pairs, in their order: one reading for a listing that
    /// joins thousands of surnames to full names.
    func articlesQuotingBoth(pairs: [SpeakerKeyPair]) throws -> [Int]
    /// Speaker keys whose name variants include `variantKey` (a folded name or surname).
    func speakerKeys(matching variantKey: String) throws -> [SpeakerName]
    /// Every speaker's display name and key, for completion.
    func speakerNames() throws -> [SpeakerName]

    /// Temporal expressions of the filtered articles. `sentenceMatch` keeps
    /// those whose sentence matches; `datedOnly` leaves out durations, sets and vague
    /// references; `years` keeps only values within those years (inclusive).
    func temporals(filter: ArticleFilter, sentenceMatch: SearchNode?, datedOnly: Bool, years: ClosedRange<Int>?) throws -> [StoredTemporal]
    /// Temporal expressions one at a time as they are read, as `query` chooses and orders them.
    func forEachTemporal(_ query: TemporalQuery, _ body: (StoredTemporal) throws -> Void) throws
    /// How many expressions `query` chooses, by value (for a chart and a count, without reading them).
    func temporalValueCounts(_ query: TemporalQuery) throws -> [(value: String, count: Int)]
    /// What a timeline of `query` shows: its expressions counted by value and, when the store
    /// holds them from counting, the expressions or their places in calendar order (whatever
    /// order `query` asks for).
    func temporalTimeline(_ query: TemporalQuery) throws -> TemporalTimeline
    /// The expressions at `places` (as a timeline of this store held them), read whole one at
    /// a time, in the order given.
    func forEachTemporal(at places: [TemporalPlace], _ body: (StoredTemporal) throws -> Void) throws
    /// The names the filtered articles mention: each once per article, with its paragraphs.
    func namesMentioned(filter: ArticleFilter) throws -> [NameInArticle]

    /// What the workspace's storage holds, part by part, largest first (reads every page of a
    /// file workspace: about a second per 400 MB).
    func storageUse() throws -> [StorageUse]

    /// Cancels the statement running now, from any thread (Ctrl-C); the command fails with
    /// `StoreError.interrupted`. Waits for another process end too.
    func interrupt()
    /// Clears an interruption before the next command.
    func resetInterrupt()
}

extension WorkspaceStore {
    public func articles(_ filter: ArticleFilter) throws -> [ArticleSummary] {
        try articles(filter, limit: nil)
    }

    public func articleCount() throws -> Int {
        try articleCount(.all)
    }
}

/// Which articles a command looks at: the filters every verb takes.
public struct ArticleFilter: Sendable, Equatable {
    /// Inclusive bounds on the article date; articles with no date pass only when no bound is set.
    public var since: CalendarDate?
    public var until: CalendarDate?
    /// Matches the source name case-insensitively.
    public var source: String?
    /// Restricts to these article ids (a `let` set, an id, or the articles of a piped result).
    public var ids: Set<String>?

    public init(since: CalendarDate? = nil, until: CalendarDate? = nil, source: String? = nil, ids: Set<String>? = nil) {
        self.since = since
        self.until = until
        self.source = source
        self.ids = ids
    }

    public static let all = ArticleFilter()
}

/// Which temporal expressions to read, and in what order.
public struct TemporalQuery: Sendable, Equatable {
    public var filter: ArticleFilter
    /// What the sentence must match (its `field:` parts are read as the whole sentence).
    public var sentenceMatch: SearchNode?
    /// Leaves out durations, sets and vague references.
    public var datedOnly: Bool
    /// Values within these years (inclusive): a cheap first cut by the value index.
    public var years: ClosedRange<Int>?
    /// Only values whose whole period lies within these days.
    public var window: ClosedRange<CalendarDate>?
    /// By the calendar period each value names (undated last), then article, paragraph and
    /// place; otherwise by article date and place in the article.
    public var calendarOrder: Bool

    public init(
        filter: ArticleFilter, sentenceMatch: SearchNode? = nil, datedOnly: Bool, years: ClosedRange<Int>? = nil,
        window: ClosedRange<CalendarDate>? = nil, calendarOrder: Bool = false
    ) {
        self.filter = filter
        self.sentenceMatch = sentenceMatch
        self.datedOnly = datedOnly
        self.years = years
        self.window = window
        self.calendarOrder = calendarOrder
    }
}

/// What `load` did.
public struct LoadReport: Sendable, Equatable {
    /// Ids of the articles added, in load order.
    public var added = ArticleIDList()
    /// Ids of articles that were already in the workspace (same content).
    public var alreadyPresent = ArticleIDList()
    public var problems: [LoadProblem] = []
    /// True when `shouldStop` cut the load short.
    public var interrupted = false
    /// Why writing stopped before the end (a full disk, a damaged file); what `added` lists is kept.
    public var failure: StoreError?

    public init() {}

    /// Every article the load named, new or not, in load order.
    public var articles: [String] { Array(added) + Array(alreadyPresent) }
}

/// Bytes one part of a workspace takes: its text, an index, the quotes.
public struct StorageUse: Sendable, Equatable {
    /// What the part is, in a user's words (`article text`, `full-text index`).
    public var part: String
    public var bytes: Int64

    public init(part: String, bytes: Int64) {
        self.part = part
        self.bytes = bytes
    }
}

public struct ArticleSummary: Sendable, Equatable {
    public var id: String
    public var title: String
    public var date: CalendarDate?
    public var source: String?
    public var path: String
    public var words: Int
    public var quotes: Int

    public init(id: String, title: String, date: CalendarDate?, source: String?, path: String, words: Int, quotes: Int) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.path = path
        self.words = words
        self.quotes = quotes
    }
}

public struct SearchHit: Sendable, Equatable {
    public var article: ArticleSummary
    /// BM25 relevance, larger is better.
    public var score: Double

    public init(article: ArticleSummary, score: Double) {
        self.article = article
        self.score = score
    }
}

public struct StoredQuote: Sendable, Equatable {
    public var article: String
    public var articleDate: CalendarDate?
    public var quote: Quote
    public var speakerKey: String?

    public init(article: String, articleDate: CalendarDate?, quote: Quote, speakerKey: String?) {
        self.article = article
        self.articleDate = articleDate
        self.quote = quote
        self.speakerKey = speakerKey
    }
}

/// Two speaker keys that may name one person (a surname alone and a full name).
public struct SpeakerKeyPair: Sendable, Hashable {
    public var first: String
    public var second: String

    public init(first: String, second: String) {
        self.first = first
        self.second = second
    }
}

extension WorkspaceStore {
    /// Pair by pair, for a store without a cheaper way.
    public func articlesQuotingBoth(pairs: [SpeakerKeyPair]) throws -> [Int] {
        try pairs.map { try articlesQuotingBoth($0.first, $0.second) }
    }
}

public struct SpeakerTally: Sendable, Equatable {
    public var key: String
    public var name: String
    public var role: String?
    public var quotes: Int
    public var articles: [String]

    public init(key: String, name: String, role: String?, quotes: Int, articles: [String]) {
        self.key = key
        self.name = name
        self.role = role
        self.quotes = quotes
        self.articles = articles
    }
}

public struct SpeakerName: Sendable, Hashable {
    public var name: String
    public var key: String

    public init(name: String, key: String) {
        self.name = name
        self.key = key
    }
}

public struct StoredTemporal: Sendable, Equatable {
    public var article: String
    public var articleDate: CalendarDate?
    public var expression: TemporalExpression

    public init(article: String, articleDate: CalendarDate?, expression: TemporalExpression) {
        self.article = article
        self.articleDate = articleDate
        self.expression = expression
    }
}

/// A name an article mentions (the full name it gives), of what kind, and where.
public struct NameInArticle: Sendable, Equatable {
    public var article: String
    public var name: String
    public var kind: Mention.Kind
    /// The paragraphs (from 0) that mention it, in order.
    public var paragraphs: [Int]

    public init(article: String, name: String, kind: Mention.Kind, paragraphs: [Int]) {
        self.article = article
        self.name = name
        self.kind = kind
        self.paragraphs = paragraphs
    }
}
