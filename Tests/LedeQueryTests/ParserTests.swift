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
        guard case .pipeline(let pipeline) = statement, case .find(let node?) = pipeline.stages[0].command else {
            Issue.record("not a find")
            return
        }
        #expect(SearchText.fts5(node) == "((\"peace process\") NOT (\"assad\")) OR ((NEAR(\"kerr\"* \"lavrov\", 5)) AND (title : \"syria\"))")
        // A user's quote marks and FTS5 keywords stay inside strings.
        guard case .pipeline(let p2) = try Parser.parse("find \"NEAR AND\" OR*"), case .find(let n2?) = p2.stages[0].command else {
            Issue.record("not a find")
            return
        }
        #expect(SearchText.fts5(n2) == "(\"near and\") AND (\"or\"*)")
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
        guard case .whoSaid(let name, let about) = stage.command else {
            Issue.record("not who-said")
            return
        }
        #expect(name?.value == "Lukyanov")
        #expect(about == .term("syria", prefix: false))
    }

    @Test func showTakesAParagraphMark() throws {
        guard case .pipeline(let p) = try Parser.parse("show moscow-secretary-kerry ¶4"), case .show(let id, let paragraph) = p.stages[0].command else {
            Issue.record("not show")
            return
        }
        #expect(id.value == "moscow-secretary-kerry" && paragraph == 4)
    }
}
