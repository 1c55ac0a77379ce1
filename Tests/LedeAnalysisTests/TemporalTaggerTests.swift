import Foundation
import LedeArticles
import Testing
@testable import LedeAnalysis

/// The expressions found in `text` as (text, value), for a document dated `date`.
private func tags(_ text: String, _ date: String = "2013-05-09") -> [(String, String)] {
    TemporalTagger.tag(paragraphs: [text], documentDate: CalendarDate.parseISOPrefix(date)).map { ($0.text, $0.value) }
}

private func value(of phrase: String, in text: String, _ date: String = "2013-05-09") -> String? {
    tags(text, date).first { $0.0 == phrase }?.1
}

@Suite struct SeedArticleTimeline {
    static let seed: PlainTextFormat.Parsed? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds/000_cb6fabf3dede58d5.txt")
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else { return nil }
        return PlainTextFormat.parse(TextNormalizer.normalize(text))
    }()

    @Test func theSeedArticleIsDatedMay9() throws {
        let seed = try #require(Self.seed)
        #expect(seed.date == CalendarDate(year: 2013, month: 5, day: 9))
    }

    @Test("Each dated expression of the Kerry article normalizes to its TIMEX3 value", arguments: [
        ("7 May", "2013-05-07"), ("8 May", "2013-05-08"), ("May 9", "2013-05-09"), ("last year", "2012"),
        ("two years", "P2Y"), ("recent months", "PXM"), ("that day", "2013-05-07"),
    ])
    func seedExpression(expected: (String, String)) throws {
        let seed = try #require(Self.seed)
        let found = TemporalTagger.tag(paragraphs: seed.paragraphs, documentDate: seed.date)
        let hit = found.first { $0.text == expected.0 || $0.text.hasSuffix(expected.0) }
        #expect(hit?.value == expected.1, "\(expected.0): \(found.map { "\($0.text)=\($0.value)" })")
    }

    @Test func rangesAndSentencesPointIntoTheParagraph() throws {
        let seed = try #require(Self.seed)
        for e in TemporalTagger.tag(paragraphs: seed.paragraphs, documentDate: seed.date) {
            let scalars = Array(seed.paragraphs[e.paragraph].unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[e.range])) == e.text)
            #expect(e.sentence.contains(e.text))
        }
    }
}

@Suite struct AbsoluteDates {
    @Test func monthDayYearForms() {
        #expect(value(of: "May 9, 2013", in: "It opened on May 9, 2013, in Moscow.") == "2013-05-09")
        #expect(value(of: "9 May 2013", in: "It opened on 9 May 2013 in Moscow.") == "2013-05-09")
        #expect(value(of: "2013-05-09", in: "Filed 2013-05-09 by the clerk.") == "2013-05-09")
        #expect(value(of: "Aug. 7", in: "The bombings of Aug. 7 killed 224 people.", "1998-08-20") == "1998-08-07")
        #expect(value(of: "Thursday, April 6", in: "The vote is Thursday, April 6.", "2000-04-03") == "2000-04-06")
    }

    @Test func monthAndYearAlone() {
        #expect(value(of: "May 2013", in: "Prices fell in May 2013.") == "2013-05")
        #expect(value(of: "2013", in: "Prices fell in 2013.") == "2013")
        #expect(value(of: "the 1990s", in: "Prices fell in the 1990s.") == "199")
        #expect(value(of: "April next year", in: "They join in April next year.") == "2014-04")
    }

    @Test func aMonthWithoutYearTakesTheNearerSideByTense() {
        #expect(value(of: "December", in: "Sales fell in December.", "2013-02-10") == "2012-12")
        #expect(value(of: "March", in: "The plant will close in March.", "2013-02-10") == "2013-03")
    }

    @Test func aMonthNameBeforeASurnameIsAName() {
        #expect(tags("June Carter sang and August Wilson wrote.").isEmpty)
        #expect(value(of: "June", in: "In June Carter sang.") == "2013-06")
    }

    @Test func mayTheVerbIsNotAMonth() {
        #expect(tags("Officials may meet again. He said it may rain.").isEmpty)
    }

    @Test func numbersThatAreNotYears() {
        #expect(tags("It cost $2000 and 1,998 people came; 2000% more.").isEmpty)
    }
}

@Suite struct TimesOfDay {
    @Test func clockTimes() {
        #expect(value(of: "10 a.m.", in: "The meeting began at 10 a.m. sharp.") == "2013-05-09T10:00")
        #expect(value(of: "10:35 p.m. local time", in: "The blast came at 10:35 p.m. local time.") == "2013-05-09T22:35")
        #expect(value(of: "9 a.m. Tuesday", in: "The deadline is 9 a.m. Tuesday.", "2000-04-03") == "2000-04-04T09:00")
    }

    @Test func midnightAndShortlyBeforeIt() {
        #expect(value(of: "midnight", in: "They talked until midnight.") == "2013-05-09T24:00")
        #expect(tags("The talks ended shortly before midnight.").first?.0 == "shortly before midnight")
    }

    /// Midnight that starts a day is 00:00 of that day; the end of a day stays T24:00.
    @Test func midnightThatStartsADay() {
        #expect(value(of: "midnight", in: "The strike began at midnight.") == "2013-05-09T00:00")
        #expect(value(of: "midnight", in: "The strike will begin at midnight.") == "2013-05-10T00:00")
        #expect(value(of: "midnight", in: "Kerry arrived on 7 May. The talks went on after midnight.") == "2013-05-08T00:00")
        #expect(value(of: "shortly before midnight", in: "Kerry arrived on 7 May. The talks ended shortly before midnight.") == "2013-05-07T24:00")
    }

    /// A local time with its UTC equivalent: the UTC reading takes the day that names the same instant.
    @Test func localTimeWithItsUTCTwin() {
        let found = tags("At midnight local time (0700 UTC), the power went off.", "2019-10-09")
        #expect(found.map(\.1) == ["2019-10-09T00:00", "2019-10-09T07:00Z"])
        let west = tags("Polls close at 8 p.m. (0000 GMT).", "2019-10-09")
        #expect(west.map(\.1) == ["2019-10-09T20:00", "2019-10-10T00:00Z"])
        let east = tags("The market opened at 9 a.m. (2300 GMT) in Sydney.", "2019-10-09")
        #expect(east.map(\.1) == ["2019-10-09T09:00", "2019-10-08T23:00Z"])
    }
}

@Suite struct Weekdays {
    // 2013-05-09 is a Thursday.
    @Test func aWeekdayInThePastTenseIsTheLastOne() {
        #expect(value(of: "Tuesday", in: "Kerry arrived on Tuesday.") == "2013-05-07")
        #expect(value(of: "Thursday", in: "Kerry said Thursday that talks went well.") == "2013-05-09")
    }

    @Test func aWeekdayInTheFutureTenseIsTheNextOne() {
        #expect(value(of: "Tuesday", in: "Kerry will return on Tuesday.") == "2013-05-14")
        #expect(value(of: "Saturday", in: "Protesters planned a march on Saturday.") == "2013-05-11")
    }

    @Test func lastAndNextWeekday() {
        #expect(value(of: "last Friday", in: "It happened last Friday.") == "2013-05-03")
        #expect(value(of: "next Friday", in: "It happens next Friday.") == "2013-05-10")
    }

    /// A week belongs to the month that holds its Thursday: 31 March 2009 was a Tuesday, 1 March a Sunday.
    @Test func weeksOfAMonth() {
        #expect(value(of: "the last week of March", in: "Sales fell in the last week of March.", "2009-04-02") == "2009-W13")
        #expect(value(of: "the first week of March", in: "Sales fell in the first week of March.", "2009-04-02") == "2009-W10")
    }

    /// TimeML writes a part of day after the day: 2013-05-07TMO, a TIME.
    @Test func weekdayWithPartOfDay() {
        #expect(value(of: "Tuesday morning", in: "They met Tuesday morning.") == "2013-05-07TMO")
        #expect(value(of: "Wednesday night", in: "The vote came Wednesday night.") == "2013-05-08TNI")
        #expect(tags("The vote came Wednesday night.").count == 1)
    }

    @Test func deicticWithPartOfDayIsAPartOfThatDay() {
        #expect(value(of: "tonight", in: "He speaks tonight.") == "2013-05-09TNI")
        #expect(value(of: "yesterday afternoon", in: "He spoke yesterday afternoon.") == "2013-05-08TAF")
        #expect(value(of: "this morning", in: "He spoke this morning.") == "2013-05-09TMO")
        #expect(value(of: "last night", in: "He spoke last night.") == "2013-05-08TNI")
    }
}

@Suite struct RelativeDates {
    @Test func deictics() {
        #expect(value(of: "yesterday", in: "He spoke yesterday.") == "2013-05-08")
        #expect(value(of: "today", in: "He speaks today.") == "2013-05-09")
        #expect(value(of: "tomorrow", in: "He speaks tomorrow.") == "2013-05-10")
    }

    @Test func lastThisNext() {
        #expect(value(of: "last year", in: "Sales fell last year.") == "2012")
        #expect(value(of: "next month", in: "Sales rise next month.") == "2013-06")
        #expect(value(of: "this week", in: "Sales rose this week.") == "2013-W19")
        #expect(value(of: "earlier this month", in: "Sales rose earlier this month.") == "2013-05")
    }

    @Test func possessiveWithEitherApostrophe() {
        #expect(value(of: "last year", in: "after last year’s talks") == "2012")
        #expect(value(of: "last year", in: "after last year's talks") == "2012")
    }

    @Test func agoKeepsTheUnitsGranularity() {
        #expect(value(of: "two weeks ago", in: "It began two weeks ago.") == "2013-W17")
        #expect(value(of: "three days ago", in: "It began three days ago.") == "2013-05-06")
        #expect(value(of: "ten years ago", in: "It began ten years ago.") == "2003")
    }

    @Test func anaphoraPointsBackAtTheLastDay() {
        let found = tags("Kerry arrived on 7 May. A rehearsal was under way that day.")
        #expect(found.first { $0.0 == "that day" }?.1 == "2013-05-07")
        #expect(value(of: "the previous year", in: "Sales fell in 2009 from the previous year.") == "2008")
        // "two days later" is tagged as the span, TimeML's way; the day it reaches is what "that day" then means.
        #expect(value(of: "two days", in: "He left on 3 May. He returned two days later.") == "P2D")
        #expect(value(of: "that day", in: "He left on 3 May. He returned two days later. It rained that day.") == "2013-05-05")
        #expect(value(of: "the day after", in: "He arrived on 3 May and left the day after.") == "2013-05-04")
        // In apposition the phrase names the day just given.
        #expect(value(of: "the day before", in: "He was seen on 3 May, the day before police came.") == "2013-05-03")
    }
}

@Suite struct Holidays {
    @Test func fixedDateHolidays() {
        #expect(value(of: "Victory Day", in: "The parade takes place on Victory Day.") == "2013-05-09")
        #expect(value(of: "Christmas", in: "Sales fell at Christmas.") == "2012-12-25")
        #expect(value(of: "Christmas", in: "Sales will rise at Christmas.") == "2013-12-25")
    }

    @Test func placesNamedForHolidaysAreNotDates() {
        #expect(tags("They sailed to Easter Island and Christmas Island.").isEmpty)
    }

    @Test func ruleBasedHolidays() {
        #expect(value(of: "Thanksgiving Day", in: "He was found on Thanksgiving Day.", "2000-01-07") == "1999-11-25")
        #expect(value(of: "Easter", in: "They marched at Easter 2000.") == nil)
        #expect(value(of: "Easter 2000", in: "They marched at Easter 2000.") == "2000-04-23")
    }
}

@Suite struct DurationsSetsAndVagueTimes {
    @Test func durations() {
        #expect(value(of: "two years", in: "They fought for two years.") == "P2Y")
        #expect(value(of: "several hours", in: "The talks lasted several hours.") == "PTXH")
        #expect(value(of: "16-hour", in: "a 16-hour flight") == "PT16H")
        #expect(value(of: "4 1/2 hours", in: "about 4 1/2 hours in Lisbon") == "PT4H30M")
        #expect(value(of: "the past four months", in: "over the past four months") == "P4M")
    }

    @Test func agesAreNotDurations() {
        #expect(tags("A 6-year-old boy and his 47 years old father.").isEmpty)
    }

    @Test func sets() {
        #expect(value(of: "every week", in: "They meet every week.") == "P1W")
        #expect(value(of: "every Monday", in: "They meet every Monday.") == "XXXX-WXX-1")
        #expect(value(of: "daily", in: "They meet daily.") == "P1D")
        #expect(value(of: "a day", in: "They held hundreds of interviews a day.") == "P1D")
        #expect(tags("It ended a decade ago.").first?.1 == "2003")
    }

    @Test func vagueReferences() {
        #expect(value(of: "now", in: "Now there is such a wish.") == nil)
        #expect(value(of: "Now", in: "Now there is such a wish.") == "PRESENT_REF")
        #expect(value(of: "Now", in: "It failed. Now, she said, the party must change.") == nil)
        // TimeML spans "recent months" without the preposition, as an unspecified duration.
        #expect(value(of: "recent months", in: "They grew stronger in recent months.") == "PXM")
        #expect(value(of: "recently", in: "They recently grew stronger.") == "PAST_REF")
        #expect(value(of: "the future", in: "Nobody knows the future.") == "FUTURE_REF")
        #expect(value(of: "the near future", in: "It ends in the near future.") == "FUTURE_REF")
        #expect(tags("They cut future payments and the quarterly dividend.").isEmpty)
        #expect(value(of: "the current fiscal year", in: "Sales rise in the current fiscal year.") == "2013")
    }

    @Test func withoutADocumentDateRelativeValuesStayOpen() {
        let found = TemporalTagger.tag(paragraphs: ["They met on Tuesday and again last year."], documentDate: nil)
        #expect(found.map(\.value) == ["XXXX-WXX-2", "XXXX"])
    }
}

@Suite struct TenseCues {
    // 2000-04-05 is a Wednesday.
    @Test func theTenseInsideAQuoteIsNotThatOfTheReportingVerb() {
        let text = "``He will leave at dawn (4 a.m. Thursday),'' Castro said."
        #expect(value(of: "4 a.m. Thursday", in: text, "2000-04-05") == "2000-04-06T04:00")
    }

    @Test func aDayThatOwnsAnEventIsPast() {
        #expect(value(of: "Monday", in: "They will appeal Monday's ruling.", "2000-04-05") == "2000-04-03")
    }

    @Test func sinceReadsAsPast() {
        #expect(value(of: "April 20", in: "Nothing has changed since April 20.", "2000-02-10") == "1999-04-20")
    }
}

@Suite struct UntilAndHolidays {
    // 2000-03-30 is a Thursday.
    @Test func untilLooksAheadUnlessAPastVerbFollows() {
        #expect(value(of: "Tuesday", in: "Officials postponed the hearing until Tuesday.", "2000-03-30") == "2000-04-04")
        #expect(value(of: "Tuesday", in: "Until Tuesday, they had not called him a suspect.", "2000-03-30") == "2000-03-28")
    }

    @Test func aHolidayAFewWeeksAheadStaysInTheDocumentsYear() {
        #expect(value(of: "Easter", in: "Pilgrims arrived for Easter.", "2000-04-17") == "2000-04-23")
    }
}

/// Results stories compare a reported quarter with the same quarter a year before.
@Suite struct ReportingPeriods {
    let story = "Acme posted a third-quarter loss of $2 million. Sales in the quarter fell to $80 million "
        + "from $90 million a year earlier. The latest period also had a charge. In the year-ago quarter, "
        + "net was $5 million, and the 1988 second quarter brought a loss."

    @Test func theQuarterAndAYearEarlierFollowTheReportedQuarter() {
        let found = tags(story, "1989-11-02")
        #expect(found.map(\.0) == ["third-quarter", "the quarter", "a year earlier", "The latest period", "the year-ago quarter", "the 1988 second quarter"])
        #expect(found.map(\.1) == ["1989-Q3", "1989-Q3", "1988-Q3", "1989-Q3", "1988-Q3", "1988-Q2"])
    }

    @Test func withoutAReportedQuarterAYearAgoIsAYear() {
        #expect(value(of: "a year ago", in: "Sales fell from a year ago.", "1989-11-02") == "1988")
        #expect(tags("The quarter was a good one.", "1989-11-02").isEmpty)
    }

    @Test func aYearEarlierDoesNotChainOnItself() {
        let found = tags("Sales rose in 1989 from a year earlier. Profit also rose from a year earlier.", "1989-11-02")
        #expect(found.map(\.1) == ["1989", "1988", "1988"])
    }

    @Test func aQuarterStillAheadToldInThePastIsLastYears() {
        #expect(value(of: "the fourth quarter", in: "Profits fell in the fourth quarter.", "1998-01-26") == "1997-Q4")
    }

    @Test func theArticleAndFirstBelongToACountedDuration() {
        #expect(value(of: "the first nine months", in: "In the first nine months, net rose.", "1989-11-02") == "P9M")
        #expect(value(of: "eight-year", in: "He began the eight-year term.", "1989-11-02") == "P8Y")
    }
}
