import Foundation
import LedeArticles
import LedeTestSupport
import Testing
@testable import LedeEval

/// A small TimeML document written for these tests.
private let timeML = """
    <?xml version="1.0" ?>
    <TimeML>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2013-05-09" functionInDocument="CREATION_TIME">2013-05-09</TIMEX3></DCT>
    <TEXT>
    MOSCOW (AP) _

    Kerry arrived <TIMEX3 tid="t1" type="DATE" value="2013-05-07">Tuesday</TIMEX3> &amp; left <TIMEX3 tid="t2" type="DATE" value="2013-05-08">Wednesday</TIMEX3>.
    The talks lasted <TIMEX3 tid="t3" type="DURATION" value="PTXH">several hours</TIMEX3>, officials said.
    </TEXT>
    </TimeML>
    """

/// A small MEANTIME document: headline, dateline, then sentences; the last lies past sentence 5.
private let meantime = """
    <?xml version="1.0" ?><Document doc_id="1" doc_name="test" lang="en">
    <token t_id="1" sentence="0" number="0">Talks</token>
    <token t_id="2" sentence="0" number="1">end</token>
    <token t_id="3" sentence="1" number="2">May</token>
    <token t_id="4" sentence="1" number="3">9</token>
    <token t_id="5" sentence="1" number="4">,</token>
    <token t_id="6" sentence="1" number="5">2013</token>
    <token t_id="7" sentence="2" number="6">Talks</token>
    <token t_id="8" sentence="2" number="7">ended</token>
    <token t_id="9" sentence="2" number="8">yesterday</token>
    <token t_id="10" sentence="2" number="9">.</token>
    <token t_id="11" sentence="6" number="10">More</token>
    <token t_id="12" sentence="6" number="11">talks</token>
    <token t_id="13" sentence="6" number="12">today</token>
    <Markables>
    <TIMEX3 m_id="1" type="DATE" value="2013-05-09" functionInDocument="CREATION_TIME">
    <token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
    </TIMEX3>
    <TIMEX3 m_id="2" type="DATE" value="2013-05-08" functionInDocument="NONE">
    <token_anchor t_id="9"/>
    </TIMEX3>
    <TIMEX3 m_id="3" type="DATE" value="1980" TAG_DESCRIPTOR="1980"/>
    </Markables>
    </Document>
    """

@Suite struct TimexReaders {
    @Test func timeMLGoldKeepsItsSpansAfterTagsAndEntitiesAreStripped() throws {
        let doc = try #require(TimeMLReader.read(timeML, name: "t.tml"))
        #expect(doc.documentDate?.iso == "2013-05-09")
        #expect(doc.gold.map(\.text) == ["Tuesday", "Wednesday", "several hours"])
        let joined = Array(doc.paragraphs.joined(separator: "\n\n").unicodeScalars)
        for g in doc.gold { #expect(String(String.UnicodeScalarView(joined[g.range])) == g.text) }
        #expect(doc.paragraphs.first == "MOSCOW (AP) _")
    }

    @Test func meantimeTakesTheCreationTimeAndLimitsScoringToTheOpening() throws {
        let doc = try #require(MeantimeReader.read(meantime, name: "m.xml"))
        #expect(doc.documentDate?.iso == "2013-05-09")
        #expect(doc.gold.map(\.text) == ["yesterday"])
        #expect(doc.excluded.count == 1)
        #expect(doc.paragraphs == ["Talks end", "May 9 , 2013", "Talks ended yesterday .", "More talks today"])
        #expect(doc.scoredLimit == doc.offsets[3])
    }

    @Test func anUnmarkedDatelineIsTheCreationTimeAndNotScored() {
        #expect(TimeMLReader.datelineLength("WASHINGTON, August 11 (Xinhua) -- U.S. officials said") == 22)
        #expect(TimeMLReader.datelineLength("NAIROBI, Kenya (AP) _") == 15)
        #expect(TimeMLReader.datelineLength("Officials said on Friday (local time) that") == nil)
    }

    @Test func formatIsDetectedPerFile() {
        #expect(TimexCorpus.detect(timeML) == .timeml)
        #expect(TimexCorpus.detect(meantime) == .meantime)
        #expect(TimexCorpus.detect("<html></html>") == .auto)
    }
}

@Suite struct TimexScoring {
    @Test func aPerfectDocumentScoresOne() throws {
        let doc = try #require(TimeMLReader.read(timeML, name: "t.tml"))
        var comparisons: [TimexComparison] = []
        let score = TimexScorer.score([doc], comparisons: &comparisons)
        #expect(score.gold == 3)
        #expect(score.relaxedF1 == 1)
        #expect(score.valueF1 == 1)
        #expect(score.typeAccuracy == 1)
    }

    @Test func theDatelineAndTextPastTheAnnotatedOpeningAreNotScored() throws {
        let doc = try #require(MeantimeReader.read(meantime, name: "m.xml"))
        var comparisons: [TimexComparison] = []
        let score = TimexScorer.score([doc], comparisons: &comparisons)
        #expect(score.system == 1)
        #expect(score.valueMatches == 1)
    }

    @Test func aWrongValueCountsForSpanButNotForValue() {
        let gold = TimexDocument.Gold(range: 0..<7, type: "DATE", value: "2013-05-01", text: "Tuesday")
        let doc = TimexDocument(name: "x", paragraphs: ["Tuesday it rained."], documentDate: CalendarDate(year: 2013, month: 5, day: 9), gold: [gold])
        var comparisons: [TimexComparison] = []
        let score = TimexScorer.score([doc], comparisons: &comparisons)
        #expect(score.relaxedMatches == 1 && score.strictMatches == 1 && score.valueMatches == 0)
        #expect(comparisons.map(\.outcome) == [.wrongValue])
    }

    @Test func weeksCompareWithOrWithoutTheLeadingZero() {
        #expect(TimexScorer.canonical("2000-W08") == TimexScorer.canonical("2000-W8"))
        #expect(TimexScorer.canonical("2000-W18") != TimexScorer.canonical("2000-W8"))
    }
}


/// The shared evaluation sets, when this checkout sits next to them.
private let evalRoot = (Fixtures.shared ?? "/nonexistent") + "/eval"
private let evalPresent = FileManager.default.fileExists(atPath: evalRoot)

@Suite struct TimexOnTheEvaluationSets {
    // The floors on each set: relaxed span F1 ≥ 0.90 and value F1 ≥ 0.80
    // (reached: TimeBank 92.5 / 80.8, AQUAINT 95.2 / 80.1, MEANTIME 91.5 / 87.6).
    @Test(.enabled(if: evalPresent, "the annotated TimeML and MEANTIME sets are not beside this checkout: skipping their figures"),
          arguments: ["timeml-timebank", "timeml-aquaint", "meantime-wikinews"])
    func meetsTheTargets(set: String) throws {
        let docs = try TimexCorpus.load(directory: evalRoot + "/" + set)
        var comparisons: [TimexComparison] = []
        let score = TimexScorer.score(docs, comparisons: &comparisons)
        #expect(score.relaxedF1 >= 0.90)
        #expect(score.valueF1 >= 0.80)
    }
}
