/// A full-text query as the user wrote it: what the query layer hands a store, which reads it
/// in its own index's terms (an FTS5 expression, a PostgreSQL text search).
public indirect enum SearchNode: Sendable, Hashable {
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

    /// All of `nodes`: one node stays itself, nested `and`s are merged and repeats dropped, so
    /// that a query's depth is that of its meaning, not of how it was written.
    public static func allOf(_ nodes: [SearchNode]) -> SearchNode {
        var merged: [SearchNode] = []
        for node in nodes {
            if case .and(let inner) = node { merged += inner } else { merged.append(node) }
        }
        merged = uniqued(merged)
        return merged.count == 1 ? merged[0] : .and(merged)
    }

    /// Any of `nodes`, merged as ``allOf(_:)`` merges.
    public static func anyOf(_ nodes: [SearchNode]) -> SearchNode {
        var merged: [SearchNode] = []
        for node in nodes {
            if case .or(let inner) = node { merged += inner } else { merged.append(node) }
        }
        merged = uniqued(merged)
        return merged.count == 1 ? merged[0] : .or(merged)
    }

    private static func uniqued(_ nodes: [SearchNode]) -> [SearchNode] {
        var seen: Set<SearchNode> = []
        return nodes.filter { seen.insert($0).inserted }
    }

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
