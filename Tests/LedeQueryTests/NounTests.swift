import LedeQuery
import Testing

@Suite struct NounTests {
    @Test func aCountAgreesWithItsNoun() {
        #expect(Noun.article.counted(0) == "0 articles")
        #expect(Noun.article.counted(1) == "1 article")
        #expect(Noun.quote.counted(2) == "2 quotes")
        #expect(Noun("seed article").counted(1) == "1 seed article")
    }

    /// One quote in one article, as the seeds have Panov, reads in the singular.
    @Test func compareSpeaksOfOneQuoteInOneArticle() throws {
        let result = try SeedWorkspace.evaluator().run("compare Lukyanov vs Panov")
        #expect(result.summary.last?.hasSuffix("Alexander Panov: 1 quote in 1 article; together in 1") == true, "\(result.summary)")
    }
}
