import Foundation
import LedeArticles
import LedeTestSupport
import Testing

@Suite struct PlainTextFormatTests {
    @Test func seedArticleHasHeadlineDateCaptionAndParagraphs() throws {
        let text = try String(contentsOfFile: Fixtures.seedArticle, encoding: .utf8)
        let parsed = try #require(PlainTextFormat.parse(TextNormalizer.normalize(text)))
        #expect(parsed.title == "In Moscow, U.S. Secretary Kerry Gets a Conference Instead of Sanctions")
        #expect(parsed.date?.iso == "2013-05-09")
        #expect(parsed.caption == "U.S. Secretary of State John Kerry visits Moscow. [RIA Novosti/Mikhail Klimentyev]")
        #expect(parsed.paragraphs.count == 13)
        #expect(parsed.paragraphs[0].hasPrefix("U.S. Secretary of State John Kerry arrived on 7 May"))
        // Curly quotes keep their meaning.
        #expect(parsed.paragraphs[2].hasPrefix("“During the signing"))
    }

    @Test func wikinewsArticleTakesItsDateLine() throws {
        let path = Fixtures.seeds + "/2019-01-04-magnitogorsk-apartment-building-collapses-after-explosion-do.txt"
        let parsed = try #require(PlainTextFormat.parse(try String(contentsOfFile: path, encoding: .utf8)))
        #expect(parsed.title == "Magnitogorsk apartment building collapses after explosion, dozens dead")
        #expect(parsed.date?.iso == "2019-01-04")
        #expect(parsed.caption == nil)
        #expect(parsed.paragraphs.first?.hasPrefix("An apartment building collapsed") == true)
    }

    @Test func frontMatterOverridesWhatIsGuessed() throws {
        let text = """
            ---
            title: "Talks resume"
            date: 2020-03-01
            source: Example Times
            url: https://example.com/a
            author: Jane Doe
            ---
            First paragraph.

            Second
            paragraph.
            """
        let parsed = try #require(PlainTextFormat.parse(text))
        #expect(parsed.title == "Talks resume")
        #expect(parsed.date?.iso == "2020-03-01")
        #expect(parsed.source == "Example Times")
        #expect(parsed.author == "Jane Doe")
        #expect(parsed.paragraphs == ["First paragraph.", "Second paragraph."])
    }

    @Test func bylineIsKeptApartFromTheBody() throws {
        let parsed = try #require(PlainTextFormat.parse("Headline\n\n9 May 2013\n\nBy Jane Doe\n\nBody text here."))
        #expect(parsed.date?.iso == "2013-05-09")
        #expect(parsed.caption == "By Jane Doe")
        #expect(parsed.author == "Jane Doe")
        #expect(parsed.paragraphs == ["Body text here."])
    }

    @Test(arguments: [
        ("May 9, 2013", "2013-05-09"), ("9 May 2013", "2013-05-09"), ("2013-05-09", "2013-05-09"),
        ("Thursday, May 9, 2013", "2013-05-09"), ("Sept. 5, 2019", "2019-09-05"), ("2019-01-04T10:00:00Z", "2019-01-04"),
        ("1st March 2020", "2020-03-01"),
    ])
    func datelinesInTheCommonEnglishForms(line: String, iso: String) {
        #expect(DateLine.parse(line)?.iso == iso)
    }

    @Test(arguments: ["May 2013", "February 30, 2013", "The talks began on May 9, 2013 in Moscow", "13/05/2013"])
    func notADateline(line: String) {
        #expect(DateLine.parse(line) == nil)
    }

    @Test func normalizationUnifiesLineEndingsSpacesAndComposition() {
        let text = "Caf\u{65}\u{301}\r\nA\u{00A0}B\u{200B}C ‘quoted’ it’s"
        #expect(TextNormalizer.normalize(text) == "Caf\u{E9}\nA BC ‘quoted’ it’s")
    }
}
