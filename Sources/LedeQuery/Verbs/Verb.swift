import LedeStore

/// A verb of the query language, whole in one file of this folder: its help (`info`), how its
/// arguments parse (`init`), and what it does (`evaluate`). `VerbTable.all` lists the verbs;
/// the parser, help, completion and "did you mean" read that list.
public protocol Verb: Sendable {
    /// Name, syntax, summary, examples and longer help.
    static var info: VerbInfo { get }
    /// Whether `since`, `until`, `in`, `source:`, `speaker:` and `limit` are taken out of the
    /// arguments as filters before `init` sees them (`load` reads every word as a path).
    static var takesFilters: Bool { get }
    /// The verb from what follows it on the line, filters taken out; `verb` is the verb's own
    /// token, for the place of an error.
    init(arguments: [Token], filters: Filters, verb: Token) throws
    /// Runs the verb.
    func evaluate(in context: StageContext) throws -> QueryResult
}

extension Verb {
    public static var takesFilters: Bool { true }
}

/// What a verb runs with: the evaluator (workspace, loader, let sets), its filters as written
/// and as a store filter (pipe and `in` sets applied), and whether the next stage needs every
/// article id of the result, not only those shown.
public struct StageContext {
    public let evaluator: Evaluator
    public let filters: Filters
    public let filter: ArticleFilter
    public let needAllIDs: Bool
}
