/// A full-text query as the user wrote it, before it becomes an FTS5 expression.
public indirect enum SearchNode: Sendable, Equatable {
    /// A word; `prefix` when written `Magnit*`.
    case term(String, prefix: Bool)
    /// Words that must appear in this order.
    case phrase([String])
    /// Two or more terms within `distance` words of each other.
    case near([SearchNode], distance: Int)
    /// Restricted to one column: `title:Syria`.
    case field(String, SearchNode)
    case and([SearchNode])
    case or([SearchNode])
    /// `positive` but not `negative`.
    case not(SearchNode, excluding: SearchNode)

    /// Every word the query looks for (not the excluded ones), for highlighting and snippets.
    public var positiveTerms: [(word: String, prefix: Bool)] {
        switch self {
        case .term(let word, let prefix): return [(word, prefix)]
        case .phrase(let words): return words.map { ($0, false) }
        case .near(let nodes, _): return nodes.flatMap(\.positiveTerms)
        case .field(_, let node): return node.positiveTerms
        case .and(let nodes), .or(let nodes): return nodes.flatMap(\.positiveTerms)
        case .not(let positive, _): return positive.positiveTerms
        }
    }
}
