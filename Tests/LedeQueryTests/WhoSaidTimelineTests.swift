import LedeAnalysis
import LedeQuery
import LedeTestSupport
import Testing

@Suite struct WhoSaidTests {
    func rows(_ command: String) throws -> [[String: String]] {
        let result = try SeedWorkspace.evaluator().run(command)
        let table = try #require(result.table)
        return table.rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(table.columns.map(\.key), row.map(\.plain)))
        }
    }

    @Test func anyVariantOfANameFindsThePerson() throws {
        let full = try rows("who-said \"Fyodor Lukyanov\"")
        #expect(full.count >= 4)
        #expect(try rows("who-said Lukyanov") == full)
        #expect(try rows("who-said Lukyánov") == full)
        #expect(try rows("who-said lukyanov’s") == full)
        #expect(full.allSatisfy { $0["speaker"] == "Fyodor Lukyanov" && $0["role"] == "head of the Russian Council on Foreign and Defense Policy" })
        #expect(full.contains { $0["cue"] == "argued" && $0["kind"] == "direct" && $0["paragraph"] == "7" })
        #expect(full.contains { $0["cue"] == "according to" && $0["kind"] == "indirect" })
    }

    @Test("who-said and speakers agree on every full name's quotes, and a partly named person stays apart")
    func whoSaidAgreesWithSpeakers() throws {
        let speakers = try SeedWorkspace.evaluator().run("speakers")
        let table = try #require(speakers.table)
        let names = table.rows.map { $0[0].plain }
        let counts = table.rows.map { Int($0[3].plain) ?? -1 }
        var checked = 0
        for (name, count) in zip(names, counts) where name.contains(" ") && !name.contains("\"") {
            let quoted = try rows("who-said \"\(name)\"")
            // A name shared by two speakers rows (two spellings of one key) lists both.
            #expect(quoted.count >= count, "\(name): speakers says \(count), who-said gives \(quoted.count)")
            if names.filter({ $0 == name }).count == 1, quoted.allSatisfy({ $0["speaker"] == name || !$0["speaker"]!.contains(" ") }) {
                #expect(quoted.count == count, "\(name): speakers says \(count), who-said gives \(quoted.count)")
            }
            checked += 1
        }
        #expect(checked > 100)
        // `A university student named Wong` is not Joshua Wong.
        let joshua = try rows("who-said \"Joshua Wong\"")
        #expect(joshua.allSatisfy { $0["speaker"] == "Joshua Wong" })
        #expect(try rows("who-said Wong").contains { $0["speaker"] == "Wong" && $0["role"] == "university student" })
    }

    @Test func splitQuotesAreJoinedAndScareQuotesAreNotQuotes() throws {
        let alexeyeva = try rows("who-said Alexeyeva")
        #expect(alexeyeva.count == 1)
        #expect(alexeyeva[0]["quote"]?.contains("that laws are being violated … Kerry expressed sympathy") == true)
        let all = try rows("who-said in moscow-secretary-kerry")
        #expect(!all.contains { $0["quote"] == "foreign agents" })
    }

    @Test func aboutFiltersByWhatWasSaid() throws {
        let about = try rows("who-said about Assad")
        #expect(about.contains { $0["speaker"] == "Mahmoud al-Hamza" })
        #expect(about.allSatisfy { $0["quote"]!.localizedCaseInsensitiveContains("assad") })
    }

    @Test func anUnknownSpeakerSuggestsTheNearest() throws {
        let error = try #require(throws: QueryError.self) { try SeedWorkspace.evaluator().run("who-said Lukianov") }
        #expect(error.message == "no speaker named 'Lukianov'")
        #expect(error.suggestion == "did you mean 'Fyodor Lukyanov'?")
    }

    @Test func speakersCountQuotesAndArticles() throws {
        let speakers = try rows("speakers")
        let trump = try #require(speakers.first { $0["speaker"] == "Donald Trump" })
        #expect(Int(trump["quotes"]!)! >= 20)
        #expect(trump["variants"]?.contains("Trump") == true)
        #expect(speakers.first?["speaker"] == "Donald Trump")
    }

    @Test func speakersFromTheKeptCountsAgreeWithSpeakersCountedFromTheQuotes() throws {
        // Every seed is dated, so a bound before them all selects every article, but through
        // the quotes rather than the counts kept for an unfiltered listing.
        #expect(try rows("articles until 1899-12-31").isEmpty)
        let kept = try rows("speakers")
        #expect(kept.count > 400)
        #expect(kept.contains { Int($0["articles"]!)! > 5 } && kept.contains { $0["variants"]!.contains(";") || $0["variants"]!.contains(",") })
        #expect(kept == (try rows("speakers since 1900-01-01")))
    }
}

@Suite struct TimelineTests {
    @Test func seedDatesNormalizeAgainstTheArticleDateInDateOrder() throws {
        let result = try SeedWorkspace.evaluator().run("timeline in moscow-secretary-kerry --all")
        let table = try #require(result.table)
        let pairs = table.rows.map { ($0[1].plain, $0[0].plain) }
        func value(_ text: String) -> String? { pairs.first { $0.0 == text }?.1 }
        #expect(value("7 May") == "2013-05-07")
        #expect(value("8 May") == "2013-05-08")
        #expect(value("May 9") == "2013-05-09")
        #expect(value("last year") == "2012")
        #expect(value("two years") == "P2Y")
        #expect(value("recent months") == "PXM")
        #expect(value("that day") == "2013-05-07")
        let dated = table.rows.compactMap { TimexSpan(value: $0[0].plain)?.first }
        #expect(dated == dated.sorted())
        #expect(result.chart?.period == .day && result.chart?.bars.first?.label == "2013-05-07")
    }

    @Test func undatedKindsOnlyWithAll() throws {
        let result = try SeedWorkspace.evaluator().run("timeline in moscow-secretary-kerry")
        #expect(result.table?.rows.allSatisfy { TimexSpan(value: $0[0].plain) != nil } == true)
    }

    @Test func fromAndToBoundTheMentionedDates() throws {
        let result = try SeedWorkspace.evaluator().run("timeline from 2019-09-01 to 2019-09-30")
        let values = try #require(result.table?.rows.map { $0[0].plain })
        #expect(!values.isEmpty)
        #expect(values.allSatisfy { TimexSpan(value: $0).map { $0.first.iso >= "2019-09-01" && $0.last.iso <= "2019-09-30" } == true })
    }
}
