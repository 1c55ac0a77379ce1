import LedeStore

/// Parses one command line into a `Statement`. Errors carry the place of the offending token.
public enum Parser {
    public static func parse(_ line: String) throws -> Statement {
        let tokens = try Lexer.tokenize(line)
        guard let first = tokens.first else { throw QueryError("empty command") }
        if first.isKeyword("let") {
            guard tokens.count >= 2, tokens[1].kind == .word else {
                throw QueryError("let needs a name", at: first.range, suggestion: "e.g. let syria = find Syria")
            }
            let name = tokens[1]
            guard name.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw QueryError("a let name is letters, digits, - and _", at: name.range)
            }
            guard tokens.count >= 3, tokens[2].kind == .equals else {
                throw QueryError("expected = after the name", at: tokens.count >= 3 ? tokens[2].range : name.range.upperBound..<name.range.upperBound + 1)
            }
            guard tokens.count > 3 else {
                throw QueryError("let needs a command after =", at: tokens[2].range)
            }
            return .assignment(name: name.text, try pipeline(Array(tokens[3...]), line: line))
        }
        return .pipeline(try pipeline(tokens, line: line))
    }

    static func pipeline(_ tokens: [Token], line: String) throws -> Pipeline {
        var stages: [Stage] = []
        var current: [Token] = []
        for token in tokens {
            if token.kind == .pipe {
                guard !current.isEmpty else { throw QueryError("nothing before |", at: token.range) }
                stages.append(try stage(current))
                current = []
            } else {
                current.append(token)
            }
        }
        guard !current.isEmpty else {
            throw QueryError("nothing after |", at: tokens.last.map { $0.range } ?? 0..<1)
        }
        stages.append(try stage(current))
        return Pipeline(stages: stages)
    }

    static func stage(_ tokens: [Token]) throws -> Stage {
        let word = tokens[0]
        guard word.kind == .word, let verb = VerbTable.verb(named: word.text) else {
            let names = VerbTable.verbs.map(\.name)
            let suggestion = VerbTable.nearest(to: word.text, in: names).map { "did you mean '\($0)'?" } ?? "verbs: " + names.joined(separator: ", ")
            let message = word.isKeyword("let") ? "let must start the line" : "unknown verb \(QueryError.quoted(word.text))"
            throw QueryError(message, at: word.range, suggestion: suggestion)
        }
        let arguments = Array(tokens.dropFirst())
        let (filters, rest) = verb.takesFilters ? try extractFilters(arguments) : (Filters(), arguments)
        return Stage(verb: try verb.init(arguments: rest, filters: filters, verb: word), filters: filters)
    }

    /// Pulls `since`, `until`, `in`, `source:`, `speaker:` and `limit` out of the arguments.
    static func extractFilters(_ tokens: [Token]) throws -> (Filters, [Token]) {
        var filters = Filters()
        var rest: [Token] = []
        var i = 0
        func value(after keyword: Token) throws -> Token {
            guard i + 1 < tokens.count, tokens[i + 1].kind == .word || tokens[i + 1].kind == .quoted else {
                throw QueryError("\(keyword.text) needs a value", at: keyword.range)
            }
            i += 1
            return tokens[i]
        }
        var untilRange: Range<Int>?
        func date(after keyword: Token) throws -> DateBound {
            let token = try value(after: keyword)
            guard let bound = DateBound.parse(token.text) else {
                throw QueryError("not a date: \(QueryError.quoted(token.text))", at: token.range, suggestion: "write 2013-05-09, 2013-05 or 2013")
            }
            if keyword.isKeyword("until") { untilRange = token.range }
            return bound
        }
        while i < tokens.count {
            let token = tokens[i]
            let lower = token.text.lowercased()
            if token.isKeyword("since") {
                filters.since = try date(after: token)
            } else if token.isKeyword("until") {
                filters.until = try date(after: token)
            } else if token.isKeyword("in") {
                let name = try value(after: token)
                filters.within.append(Located(value: name.text, range: name.range))
            } else if token.isKeyword("limit") {
                let count = try value(after: token)
                guard !count.text.isEmpty, count.text.allSatisfy({ $0.isASCII && $0.isNumber }), count.text.contains(where: { $0 != "0" }) else {
                    throw QueryError("limit needs a positive number", at: count.range)
                }
                // Past any corpus: a larger number means the same, and leaves room to count on.
                filters.limit = Int(count.text).map { min($0, Filters.maximumLimit) } ?? Filters.maximumLimit
            } else if token.kind == .word, lower.hasPrefix("source:") {
                let name = unquoteField(token.text.dropFirst("source:".count))
                guard !name.isEmpty else { throw QueryError("source: needs a name", at: token.range) }
                filters.source = name
            } else if token.kind == .word, lower.hasPrefix("speaker:") {
                let name = unquoteField(token.text.dropFirst("speaker:".count))
                guard !name.isEmpty else { throw QueryError("speaker: needs a name", at: token.range) }
                filters.speaker = Located(value: name, range: token.range)
            } else {
                rest.append(token)
            }
            i += 1
        }
        if let since = filters.since, let until = filters.until, until.last < since.first {
            throw QueryError("until \(until.text) comes before since \(since.text)", at: untilRange, suggestion: "swap the two dates")
        }
        return (filters, rest)
    }

    static func unquoteField(_ text: Substring) -> String {
        var value = String(text)
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
        return value
    }

    static func expectNothing(_ rest: [Token], after verb: String) throws {
        if let extra = rest.first {
            throw QueryError("\(verb) takes only filters here, not \(QueryError.quoted(extra.text))", at: extra.range, suggestion: VerbTable.filtersHelp)
        }
    }

    static func about(_ rest: [Token], verb: String) throws -> SearchNode? {
        guard let first = rest.first else { return nil }
        guard first.isKeyword("about") else {
            throw QueryError("expected 'about' or a filter here", at: first.range, suggestion: "e.g. \(verb) about Syria")
        }
        guard rest.count > 1 else { throw QueryError("about needs words", at: first.range) }
        return try SearchParser.parse(Array(rest.dropFirst()))
    }


}
