@testable import LedeArticles
import Testing

@Suite struct CalendarDateTests {
    @Test func isoDatesReadFromTheirBytesAsBySplitting() {
        let texts = [
            "2013-05-09", "2013-05", "2013", "1916-02-29", "1916-02-30", "2013-13-01", "2013-00-10", "0000-01-01",
            "2013-5-9", "2013-05-9", "2013/05/09", "2013-05-09T10", "201", "20130", "2013-", "2013--09", "+013-05-09",
            "2013-+5-09", "2013-05-+9", "２０１３", "2013-05-0x", "", "-2013-05",
        ]
        for text in texts {
            #expect(CalendarDate.parseISOPrefix(text) == CalendarDate.parseSplitting(text), "\(text)")
        }
        #expect(CalendarDate.parseDigits("2013-05-09") == CalendarDate(year: 2013, month: 5, day: 9))
        #expect(CalendarDate.parseDigits("2013-5-9") == nil)
    }
}
