import LedeArticles
import Testing

@Suite struct PathTextTests {
    @Test func pathsWithRunsOfSlashesAreTakenApartNotTrappedOn() {
        // Foundation's NSString path methods trap on exactly this shape.
        let typed = "notes/////x/////"
        #expect(PathText.normalized(typed) == "notes/x")
        #expect(PathText.folder(of: typed) == "notes")
        #expect(PathText.lastComponent(of: typed) == "x")
    }

    @Test func ordinaryPathsSplitAsExpected() {
        #expect(PathText.folder(of: "a/b/c.lede") == "a/b" && PathText.lastComponent(of: "a/b/c.lede") == "c.lede")
        #expect(PathText.folder(of: "/c") == "/" && PathText.lastComponent(of: "/c") == "c")
        #expect(PathText.folder(of: "c") == "" && PathText.lastComponent(of: "c") == "c")
        #expect(PathText.folder(of: "/") == "/" && PathText.lastComponent(of: "/") == "/")
        #expect(PathText.normalized("//srv//data/") == "/srv/data")
    }
}
