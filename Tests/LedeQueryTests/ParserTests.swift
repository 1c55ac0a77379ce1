import LedeStore
import LedeQuery
import LedeTestSupport
import Testing

@Suite struct ParserTests {
    /// Parses the marked line and expects an error pointing at the marker.
    func expectError(_ marked: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let line = MarkedText(marked)
        do {
            _ = try Parser.parse(line.text)
            Issue.record("no error for \(line.text)", sourceLocation: sourceLocation)
        } catch let error as QueryError {
            #expect(error.message == message, sourceLocation: sourceLocation)
            #expect(error.range?.lowerBound == line.marker, sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func badQueriesPointAtTheProblem() {
        expectError("find 1️⃣\"peace process", "unclosed quote")
        expectError("find 1️⃣(Kerry or Lavrov", "unbalanced ( in the query")
        expectError("find Kerry1️⃣)", "unbalanced ) in the query")
        expectError("find Kerry 1️⃣near/x Lavrov", "near needs a number of words, like near/5")
        expectError("find 1️⃣not Assad", "nothing to exclude from: a query cannot be only 'not'")
        expectError("find Kerry 1️⃣or", "or needs something after it")
        expectError("articles since 1️⃣yesterday", "not a date: 'yesterday'")
        expectError("find Syria 1️⃣bogus:x", "unknown field 'bogus:'")
    }

    @Test func anUnknownVerbSuggestsTheNearest() throws {
        let error = try #require(throws: QueryError.self) { try Parser.parse("who-sad Lukyanov") }
        #expect(error.suggestion == "did you mean 'who-said'?")
        #expect(error.rendered(line: "who-sad Lukyanov") == """
            error: unknown verb 'who-sad'
              who-sad Lukyanov
              ^~~~~~~
            did you mean 'who-said'?
            """)
    }

    @Test func searchBecomesQuotedFTS5NeverRawSyntax() throws {
        let statement = try Parser.parse("find \"peace process\" and not Assad OR Kerr* near/5 Lavrov title:Syria")
        guard case .pipeline(let pipeline) = statement, let node = (pipeline.stages[0].verb as? FindVerb)?.query else {
            Issue.record("not a find")
            return
        }
        #expect(FTS5Expression.text(node) == "\"peace process\" NOT \"assad\" OR NEAR(\"kerr\"* \"lavrov\", 5) AND title : \"syria\"")
        // A user's quote marks and FTS5 keywords stay inside strings.
        guard case .pipeline(let p2) = try Parser.parse("find \"NEAR AND\" OR*"), let n2 = (p2.stages[0].verb as? FindVerb)?.query else {
            Issue.record("not a find")
            return
        }
        #expect(FTS5Expression.text(n2) == "\"near and\" AND \"or\"*")
    }

    @Test func filtersAreTakenFromAnyVerb() throws {
        guard case .pipeline(let p) = try Parser.parse("who-said Lukyanov about Syria since 2013-05 until 2013 source:wikinews in syria limit 5") else {
            Issue.record("not a pipeline")
            return
        }
        let stage = p.stages[0]
        #expect(stage.filters.since?.first.iso == "2013-05-01")
        #expect(stage.filters.until?.last.iso == "2013-12-31")
        #expect(stage.filters.source == "wikinews")
        #expect(stage.filters.within.map(\.value) == ["syria"])
        #expect(stage.filters.limit == 5)
        let whoSaid = try #require(stage.verb as? WhoSaidVerb)
        #expect(whoSaid.name?.value == "Lukyanov")
        #expect(whoSaid.about == .term("syria", prefix: false))
    }

    @Test func showTakesAParagraphMark() throws {
        guard case .pipeline(let p) = try Parser.parse("show moscow-secretary-kerry ¶4"), let show = p.stages[0].verb as? ShowVerb else {
            Issue.record("not show")
            return
        }
        #expect(show.article.value == "moscow-secretary-kerry" && show.paragraph == 4)
    }

    // MARK: - Hostile input

    /// The node of `find QUERY`.
    func findNode(_ query: String) throws -> SearchNode {
        guard case .pipeline(let p) = try Parser.parse("find " + query), let node = (p.stages[0].verb as? FindVerb)?.query else {
            throw QueryError("not a find")
        }
        return node
    }

    @Test func aBackwardsWindowIsRefusedWhereItIsWritten() {
        expectError("timeline from 2020 to 1️⃣2019", "to 2019 comes before from 2020")
        expectError("timeline from 2014-01-01 to 1️⃣2013-12-31", "to 2013-12-31 comes before from 2014-01-01")
        expectError("find peace | timeline Kerry from 2014-01 to 1️⃣2013-12", "to 2013-12 comes before from 2014-01")
        expectError("articles since 2020 until 1️⃣2019", "until 2019 comes before since 2020")
    }

    @Test func aLimitPastAnyCorpusMeansNoLimitWithoutOverflowing() throws {
        for text in ["9223372036854775807", "99999999999999999999999999"] {
            guard case .pipeline(let p) = try Parser.parse("find peace limit \(text)") else { throw QueryError("not a pipeline") }
            #expect(p.stages[0].filters.limit == Filters.maximumLimit)
        }
        expectError("find peace limit 1️⃣-3", "limit needs a positive number")
        expectError("find peace limit 1️⃣0", "limit needs a positive number")
        expectError("find peace limit 1️⃣٣", "limit needs a positive number")
    }

    @Test func deepNestingStopsAtTheFirstParenthesisTooMany() {
        let open = String(repeating: "(", count: 12_000)
        let line = "find " + open + "a" + String(repeating: ")", count: 12_000)
        let error = #expect(throws: QueryError.self) { try Parser.parse(line) }
        #expect(error?.message == "the query nests too deeply: at most 32 levels")
        #expect(error?.range == 37..<38)  // the 33rd parenthesis
        // The caret line shows the place, not 24,000 characters.
        #expect(error.map { $0.rendered(line: line).count < 400 } == true)
    }

    @Test func thirtyTwoLevelsParseAndStayWithinWhatFTS5Reads() throws {
        var query = "a"
        for level in 0..<32 { query = level % 2 == 0 ? "(b or \(query))" : "(c \(query))" }
        let node = try findNode(query)
        #expect(FTS5Expression.depth(node) <= SearchParser.maximumDepth)
        expectError("find " + "(a or " + String(repeating: "(b ", count: 31) + "1️⃣(c d)" + String(repeating: ")", count: 32), "the query nests too deeply: at most 32 levels")
    }

    @Test func exclusionsAndRepeatsStayFlat() throws {
        let many = (0..<500).map { "-w\($0)" }.joined(separator: " ")
        let node = try findNode("peace " + many)
        guard case .not(.term("peace", prefix: false), excluding: .or(let excluded)) = node else {
            Issue.record("not one exclusion: \(node)")
            return
        }
        #expect(excluded.count == 500)
        #expect(FTS5Expression.depth(node) == 1)
        #expect(try findNode(String(repeating: "peace ", count: 8000)) == .term("peace", prefix: false))
        #expect(try findNode("a or (b or (c or d))") == .or(["a", "b", "c", "d"].map { .term($0, prefix: false) }))
    }

    @Test func fts5ParenthesesFollowItsPrecedence() throws {
        #expect(FTS5Expression.text(try findNode("(a or b) c")) == "(\"a\" OR \"b\") AND \"c\"")
        #expect(FTS5Expression.text(try findNode("a -b -c")) == "\"a\" NOT (\"b\" OR \"c\")")
        #expect(FTS5Expression.text(try findNode("(a -b) or c")) == "\"a\" NOT \"b\" OR \"c\"")
        #expect(FTS5Expression.text(try findNode("a not (b c)")) == "\"a\" NOT (\"b\" AND \"c\")")
        #expect(FTS5Expression.text(try findNode("title:\"a b\" or c")) == "title : \"a b\" OR \"c\"")
    }
}
