import LedeStore

/// Parses find's query syntax:
///
///     expression := or
///     or         := and ("or" and)*
///     and        := unary (("and")? unary)*
///     unary      := ("not" | "-") primary | near
///     near       := primary ("near/N" primary)*
///     primary    := word | word* | "phrase" | field:word | "(" expression ")"
public struct SearchParser {
    /// The deepest nesting of parentheses a query may have: FTS5's own parser holds 32 levels
    /// of its expression, and a query is checked against the same bound before it is sent.
    public static let maximumDepth = 32
    static let tooDeep = "the query nests too deeply: at most \(maximumDepth) levels"

    /// The most words (and phrases) a query may hold: more than anyone writes, few enough that
    /// a pasted page cannot keep the index busy for minutes.
    public static let maximumTerms = 1000

    var tokens: [Token]
    var position = 0
    /// Parentheses open at `position`.
    var depth = 0
    /// Different words and phrases read so far (a word repeated is searched once).
    var termsSeen: Set<String> = []

    public static func parse(_ tokens: [Token]) throws -> SearchNode {
        var parser = SearchParser(tokens: tokens)
        let node = try parser.orExpression()
        if parser.position < tokens.count {
            let token = tokens[parser.position]
            if token.kind == .closeParen { throw QueryError("unbalanced ) in the query", at: token.range, suggestion: "remove it or add ( before") }
            throw QueryError("unexpected \(QueryError.quoted(token.text))", at: token.range)
        }
        // Exclusions inside deep groups can make the expression FTS5 reads deeper than the text.
        if FTS5Expression.depth(node) > maximumDepth, let first = tokens.first, let last = tokens.last {
            throw QueryError(tooDeep, at: first.range.lowerBound..<last.range.upperBound, suggestion: "split it into several queries joined by a pipe or let")
        }
        return node
    }

    var current: Token? { position < tokens.count ? tokens[position] : nil }

    mutating func orExpression() throws -> SearchNode {
        var nodes = [try andExpression()]
        while let token = current, token.isKeyword("or") {
            position += 1
            guard current != nil, current?.kind != .closeParen else { throw QueryError("or needs something after it", at: token.range) }
            nodes.append(try andExpression())
        }
        return SearchNode.anyOf(nodes)
    }

    mutating func andExpression() throws -> SearchNode {
        var positives: [SearchNode] = []
        var negatives: [SearchNode] = []
        var firstNegation: Token?
        while let token = current, token.kind != .closeParen, !token.isKeyword("or") {
            if token.isKeyword("and") {
                position += 1
                guard let next = current, next.kind != .closeParen, !next.isKeyword("or") else {
                    throw QueryError("and needs something after it", at: token.range)
                }
                continue
            }
            if token.isKeyword("not") {
                position += 1
                guard current != nil, current?.kind != .closeParen else { throw QueryError("not needs a word after it", at: token.range) }
                firstNegation = firstNegation ?? token
                negatives.append(try nearExpression())
                continue
            }
            if token.kind == .word, token.text.hasPrefix("-"), token.text.count > 1 {
                firstNegation = firstNegation ?? token
                var stripped = token
                stripped.text.removeFirst()
                stripped.range = (token.range.lowerBound + 1)..<token.range.upperBound
                tokens[position] = stripped
                negatives.append(try nearExpression())
                continue
            }
            positives.append(try nearExpression())
        }
        if positives.isEmpty {
            if let negation = firstNegation {
                throw QueryError("nothing to exclude from: a query cannot be only 'not'", at: negation.range, suggestion: "e.g. find Syria not Assad")
            }
            let place = current?.range ?? (tokens.last.map { $0.range.upperBound..<$0.range.upperBound + 1 } ?? 0..<1)
            throw QueryError("expected a word here", at: place)
        }
        let node = SearchNode.allOf(positives)
        // One exclusion of them all: `a -b -c` is `a NOT (b OR c)`, as flat as the text.
        return negatives.isEmpty ? node : .not(node, excluding: SearchNode.anyOf(negatives))
    }

    mutating func nearExpression() throws -> SearchNode {
        var nodes = [try primary()]
        var distance: Int?
        while let token = current, token.kind == .word, token.text.lowercased().hasPrefix("near") {
            let lower = token.text.lowercased()
            var n = 10
            if lower != "near" {
                guard lower.hasPrefix("near/"), let value = Int(lower.dropFirst(5)), value >= 0 else {
                    throw QueryError("near needs a number of words, like near/5", at: token.range)
                }
                n = value
            }
            position += 1
            guard current != nil else { throw QueryError("near needs a word after it", at: token.range) }
            let next = try primary()
            for node in [nodes.last!, next] {
                switch node {
                case .term, .phrase: break
                default: throw QueryError("near joins words or phrases only", at: token.range)
                }
            }
            nodes.append(next)
            distance = min(distance ?? n, n)
        }
        if let distance { return .near(nodes, distance: distance) }
        return nodes[0]
    }

    mutating func primary() throws -> SearchNode {
        guard let token = current else { throw QueryError("expected a word") }
        position += 1
        if token.kind == .word || token.kind == .quoted {
            termsSeen.insert(token.text.lowercased())
            guard termsSeen.count <= Self.maximumTerms else {
                let total = Set(tokens.filter { $0.kind == .word || $0.kind == .quoted }.map { $0.text.lowercased() }).count
                throw QueryError("the query has \(total) different words; at most \(Self.maximumTerms)", at: token.range, suggestion: "search for fewer words, or narrow with filters")
            }
        }
        switch token.kind {
        case .openParen:
            guard current != nil else { throw QueryError("unbalanced ( in the query", at: token.range, suggestion: "close it with )") }
            guard depth < Self.maximumDepth else {
                throw QueryError(Self.tooDeep, at: token.range, suggestion: "split it into several queries joined by a pipe or let")
            }
            depth += 1
            defer { depth -= 1 }
            let inner = try orExpression()
            guard let close = current, close.kind == .closeParen else {
                throw QueryError("unbalanced ( in the query", at: token.range, suggestion: "close it with )")
            }
            _ = close
            position += 1
            return inner
        case .closeParen:
            throw QueryError("unbalanced ) in the query", at: token.range)
        case .quoted:
            let words = SearchText.words(token.text)
            guard !words.isEmpty else { throw QueryError("empty phrase", at: token.range) }
            return words.count == 1 ? .term(words[0], prefix: false) : .phrase(words)
        case .pipe, .equals:
            throw QueryError("unexpected \(QueryError.quoted(token.text))", at: token.range)
        case .word:
            if let colon = token.text.firstIndex(of: ":"), colon != token.text.startIndex {
                let field = token.text[..<colon].lowercased()
                guard SearchText.fields.contains(field) else {
                    throw QueryError("unknown field \(QueryError.quoted(field + ":"))", at: token.range, suggestion: "fields: title:, body:, source:, speaker:")
                }
                let inner = try termNode(Parser.unquoteField(token.text[token.text.index(after: colon)...]), token: token)
                return .field(field, inner)
            }
            return try termNode(token.text, token: token)
        }
    }

    func termNode(_ text: String, token: Token) throws -> SearchNode {
        let prefix = text.hasSuffix("*")
        let words = SearchText.words(prefix ? String(text.dropLast()) : text)
        guard !words.isEmpty else {
            throw QueryError("\(QueryError.quoted(token.text)) has no letters or digits to search for", at: token.range)
        }
        if words.count == 1 { return .term(words[0], prefix: prefix) }
        return .phrase(words)  // `al-Hamza`, `U.S.`: the parts in order
    }
}
