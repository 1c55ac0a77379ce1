/// A query as an FTS5 expression, for the SQLite workspace's index.
public enum FTS5Expression {
    /// The FTS5 expression for a query: every word is a quoted FTS5 string, so nothing the user
    /// types is read as FTS5 syntax, and the expression itself is bound as a parameter.
    /// Parentheses go only where FTS5's precedence (NOT over AND over OR) needs them: FTS5's
    /// parser holds 32 levels, and needless ones would spend them.
    public static func text(_ node: SearchNode) -> String {
        func quoted(_ word: String) -> String {
            var quoted = "\""
            for c in word {
                if c == "\"" { quoted.append("\"") }
                quoted.append(c)
            }
            return quoted + "\""
        }
        /// `node`, in parentheses unless it binds at least as tightly as `context`.
        func operand(_ node: SearchNode, _ context: Precedence) -> String {
            Precedence(of: node) >= context ? text(node) : "(" + text(node) + ")"
        }
        switch node {
        case .term(let word, let prefix): return quoted(word) + (prefix ? "*" : "")
        case .phrase(let words): return quoted(words.joined(separator: " "))
        case .near(let nodes, let distance): return "NEAR(" + nodes.map(text).joined(separator: " ") + ", \(distance))"
        case .field(let field, let inner): return "\(field) : " + operand(inner, .leaf)
        case .and(let nodes): return nodes.map { operand($0, .not) }.joined(separator: " AND ")
        case .or(let nodes): return nodes.map { operand($0, .and) }.joined(separator: " OR ")
        // NOT is left-associative: a chain on the left needs no parentheses, anything on the right does.
        case .not(let positive, let negative): return operand(positive, .not) + " NOT " + operand(negative, .leaf)
        }
    }

    /// How tightly an FTS5 operator binds; a phrase, NEAR group or column filter is one operand.
    enum Precedence: Int, Comparable {
        case or, and, not, leaf

        init(of node: SearchNode) {
            switch node {
            case .or: self = .or
            case .and: self = .and
            case .not: self = .not
            case .term, .phrase, .near, .field: self = .leaf
            }
        }

        static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
    }

    /// How deeply the parentheses of `text(node)` nest.
    public static func depth(_ node: SearchNode) -> Int {
        func operand(_ node: SearchNode, _ context: Precedence) -> Int {
            depth(node) + (Precedence(of: node) >= context ? 0 : 1)
        }
        switch node {
        case .term, .phrase, .near: return 0
        case .field(_, let inner): return operand(inner, .leaf)
        case .and(let nodes): return nodes.map { operand($0, .not) }.max() ?? 0
        case .or(let nodes): return nodes.map { operand($0, .and) }.max() ?? 0
        case .not(let positive, let negative): return max(operand(positive, .not), operand(negative, .leaf))
        }
    }

}
