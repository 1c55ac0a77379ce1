import LedeArticles
import Testing

@Suite struct ArticleIDTests {
    @Test func idsAreShortReadableWordsOfTheTitle() {
        #expect(ArticleID.make(title: "In Moscow, U.S. Secretary Kerry Gets a Conference Instead of Sanctions", path: "x.txt") == "moscow-secretary-kerry")
        #expect(ArticleID.make(title: "Magnitogorsk apartment building collapses after explosion, dozens dead", path: "x.txt") == "magnitogorsk-apartment")
        #expect(ArticleID.make(title: "Lukyánov’s view", path: "x.txt") == "lukyanovs-view")
    }

    @Test func anEmptyTitleFallsBackToTheFileName() {
        #expect(ArticleID.make(title: "", path: "news/2019-report_final.txt") == "2019-report-final")
    }

    @Test func contentHashIgnoresWhereTheArticleCameFrom() {
        let a = Article(title: "T", date: CalendarDate(year: 2020, month: 1, day: 1), path: "a.txt", paragraphs: ["p"])
        var b = a
        b.path = "elsewhere/b.jsonl:3"
        #expect(a.contentHash == b.contentHash)
        b.paragraphs = ["p", "q"]
        #expect(a.contentHash != b.contentHash)
    }

    @Test func wordsAreCountedWithApostrophesInside() {
        #expect(WordCounter.count("It didn’t work, didn't it? 7 May") == 7)
    }
}
