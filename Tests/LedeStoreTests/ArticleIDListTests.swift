@testable import LedeStore
import Testing

struct ArticleIDListTests {
    @Test func idsComeBackInOrderAcrossChunks() {
        // Enough ids of varied lengths (non-ASCII among them) to fill several chunks.
        let ids = (0..<120_000).map { "article-\($0)" + String(repeating: "é", count: $0 % 7) }
        let list = ArticleIDList(ids)
        #expect(list.count == ids.count)
        #expect(Array(list) == ids)
        #expect(list[0] == "article-0" && list[ids.count - 1] == ids.last)
    }

    @Test func anIDLongerThanAChunkGetsOneOfItsOwn() {
        let long = String(repeating: "x", count: ArticleIDList.chunkBytes + 5)
        let list: ArticleIDList = ["a", long, "b"]
        #expect(Array(list) == ["a", long, "b"])
    }

    @Test func replacingRenamesOnlyTheIDsNamed() {
        var list: ArticleIDList = ["world-health", "kerry-moscow"]
        list += ["syria-talks"]
        let before = list
        list.replace([:])
        #expect(list == before)
        list.replace(["world-health": "world-health-3f2a"])
        #expect(Array(list) == ["world-health-3f2a", "kerry-moscow", "syria-talks"])
        #expect(ArticleIDList() == [])
    }

    @Test func replacingKeepsOrderAcrossChunks() {
        let ids = (0..<120_000).map { "article-\($0)" }
        var list = ArticleIDList(ids)
        list.replace(["article-5": "article-5-renamed", "article-119999": "last"])
        #expect(Array(list) == ids.map { $0 == "article-5" ? "article-5-renamed" : $0 == "article-119999" ? "last" : $0 })
    }
}
