import Foundation
import LedeArticles
import Testing

@testable import LedeAnalysis

/// The seed article about Kerry in Moscow (May 9, 2013), as the loader reads it.
private let seedQuotes: [Quote] = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../seeds/000_cb6fabf3dede58d5.txt").standardized.path
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    let paragraphs = PlainTextFormat.parse(TextNormalizer.normalize(text))?.paragraphs ?? []
    return QuoteExtractor.extract(paragraphs: paragraphs)
}()

private func quotes(by speaker: String) -> [Quote] { seedQuotes.filter { $0.speaker == speaker } }

@Suite("Quotes in the seed article")
struct SeedArticleQuoteTests {
    @Test("Panov's split quote is one quote with both halves, his full name and his role")
    func panov() throws {
        let q = try #require(quotes(by: "Alexander Panov").first)
        #expect(q.kind == .direct)
        #expect(q.cue == "said")
        #expect(q.role == "former Russian deputy foreign minister")
        #expect(q.text.hasPrefix("During the signing of the Geneva agreement"))
        #expect(q.text.contains("with Assad and the opposition … Now there is such a wish."))
        #expect(q.text.hasSuffix("another way has to be sought."))
    }

    @Test("al-Hamza's quote, with the role standing between name and cue")
    func alHamza() throws {
        let q = try #require(quotes(by: "Mahmoud al-Hamza").first)
        #expect(q.kind == .direct)
        #expect(q.cue == "told")
        #expect(q.role == "a member of the opposition Syrian National Council")
        #expect(q.text.hasPrefix("Everything depends on the participation of Assad in the talks … We are for a peace process"))
        #expect(!q.text.contains("al-Hamza"))
    }

    @Test("Lukyanov: according to, argued (surname resolved), in his words, said")
    func lukyanov() {
        let qs = quotes(by: "Fyodor Lukyanov")
        #expect(qs.contains { $0.cue == "according to" && $0.kind == .indirect && $0.text.hasPrefix("The agreement of Moscow and Washington") })
        #expect(qs.contains { $0.cue == "argued" && $0.kind == .direct && $0.text.hasPrefix("Lavrov and Kerry can be in agreement") })
        #expect(qs.contains { $0.cue == "in his words" && $0.kind == .indirect && $0.text.hasPrefix("if the moderate opposition in Syria") })
        #expect(qs.contains { $0.cue == "said" && $0.kind == .direct && $0.text.hasPrefix("The agenda turned out to be very curtailed … At the mutual agreement") })
        #expect(qs.allSatisfy { $0.role == "head of the Russian Council on Foreign and Defense Policy" })
    }

    @Test("Alexeyeva's split quote, with ‘foreign agents’ inside it and not a quote of its own")
    func alexeyeva() throws {
        let q = try #require(quotes(by: "Lyudmila Alexeyeva").first)
        #expect(q.kind == .direct)
        #expect(q.role == "chair of the Moscow Helsinki Group")
        #expect(q.text.contains("hang the label ‘foreign agents’ on us, that laws are being violated … Kerry expressed sympathy"))
        #expect(!seedQuotes.contains { $0.text == "foreign agents" })
    }

    @Test("no quote is attributed to nobody, and the passive 'not a word was said' is no quote")
    func noStrayQuotes() throws {
        try #require(!seedQuotes.isEmpty, "the seed article was not read")
        #expect(seedQuotes.allSatisfy { $0.speaker != nil })
        // The passive is no cue; the sentence is what the summaries report.
        #expect(!seedQuotes.contains { $0.cue == "said" && $0.text.contains("about sanctions") })
        #expect(seedQuotes.contains { $0.cue == "according to" && $0.speaker == "the summaries of Kerry’s talks with Putin and Lavrov" && $0.text.hasSuffix("not a word was said about sanctions") })
    }

    @Test("content spans point at the quoted words")
    func spans() throws {
        let text = "“This is a test,” said John Smith. “It works.”"
        let q = try #require(QuoteExtractor.extract(paragraphs: [text]).first)
        let scalars = Array(text.unicodeScalars)
        let pieces = q.contentSpans.map { String(String.UnicodeScalarView(scalars[$0.range])) }
        #expect(pieces == ["This is a test", "It works."])
        let speaker = try #require(q.speakerSpan)
        #expect(String(String.UnicodeScalarView(scalars[speaker.range])) == "John Smith")
    }
}
