/// What a word can mean to the temporal tagger: the one table of month names, weekdays,
/// number words, units, seasons, parts of day and the keywords the rules look for.
///
/// Lookups go through a small open-addressing table keyed on a hash of the lowercased
/// UTF-8 bytes, so the tokenizer never builds a `String` for an ordinary word.
struct LexEntry: Equatable {
    enum Kind: UInt8 {
        case none
        case month        // value 1…12
        case weekday      // value 0 = Monday … 6 = Sunday
        case weekdays     // plural "Mondays": a set; value as weekday
        case number       // value: the number ("two" = 2, "a"/"an" handled as keywords)
        case ordinal      // value: 1 for "first" …
        case unit         // value: TimeUnit raw value
        case units        // plural unit word ("years"); value: TimeUnit raw value
        case frequency    // "daily", "weekly": value TimeUnit raw value
        case season       // value: Season raw value
        case seasons      // plural "summers": value Season raw value
        case partOfDay    // value: PartOfDay raw value
        case timezone     // "GMT", "EST"
        case keyword      // value: Keyword raw value
        case holiday      // value: Holiday raw value (single-word names)
        case decade       // "nineties": value the decade's first three digits (199)
        case scheduleVerb // "meets", "travels": a present-tense verb of schedule, a future cue
    }
    var kind: Kind
    var value: Int16

    static let none = LexEntry(kind: .none, value: 0)
}

/// Calendar and clock units, ordered from small to large.
enum TimeUnit: Int16, Comparable {
    case second, minute, hour, day, weekend, week, fortnight, month, quarter, half, year, decade, century, millennium

    static func < (a: TimeUnit, b: TimeUnit) -> Bool { a.rawValue < b.rawValue }

    /// Letters of an ISO 8601 duration: P2Y, PT3H.
    var durationCode: (count: Int, letter: String, isTime: Bool) {
        switch self {
        case .second: return (1, "S", true)
        case .minute: return (1, "M", true)
        case .hour: return (1, "H", true)
        case .day: return (1, "D", false)
        case .weekend: return (2, "D", false)
        case .week: return (1, "W", false)
        case .fortnight: return (2, "W", false)
        case .month: return (1, "M", false)
        case .quarter: return (3, "M", false)
        case .half: return (6, "M", false)
        case .year: return (1, "Y", false)
        case .decade: return (10, "Y", false)
        case .century: return (100, "Y", false)
        case .millennium: return (1000, "Y", false)
        }
    }
}

enum Season: Int16 {
    case spring, summer, fall, winter
    var code: String { ["SP", "SU", "FA", "WI"][Int(rawValue)] }
}

enum PartOfDay: Int16 {
    case morning, afternoon, evening, night, dawn, midday, midnight
    /// A stretch of the day (morning … night, dawn), as against the instants noon and midnight.
    var isSpanOfDay: Bool { self != .midday && self != .midnight }

    /// TIMEX3 suffix after `T`: 2013-05-07TMO.
    var code: String {
        switch self {
        case .morning, .dawn: return "MO"
        case .afternoon: return "AF"
        case .evening: return "EV"
        case .night: return "NI"
        case .midday: return "12:00"
        case .midnight: return "24:00"
        }
    }
}

/// Words that steer the rules. Their names are the words.
enum Keyword: Int16 {
    case the, a, an, this, that, these, those, last, next, past, coming, previous, following, recent
    case same, ago, earlier, later, early, late, mid, end, beginning, start, middle, of, today, tomorrow
    case yesterday, tonight, now, currently, current, future, every, each, per, several, few, many, someWord
    case and, at, least, more, than, less, fewer, nearly, almost, over, up, to, before, after, shortly
    case just, from, since, until, till, `in`, on, `for`, within, during, by, through, between, about
    case around, will, shall, would, going, scheduled, expected, plan, plans, planned, set, due, upcoming
    case said, says, say, was, were, had, did, has, have, `is`, are, be, been, am, pm, oclock, noon
    case midday, midnight, overnight, once, twice, times, hence, nowadays, presently, soon, sometime
    case time, half, dozen, hundred, thousand, fiscal, period
    case entire, whole, full, final, annual, lately, formerly, long, old, latest, other, `as`
    case recently, near, foreseeable
}

/// Holidays named in one word or a fixed phrase, with their rule.
enum Holiday: Int16, CaseIterable {
    case christmas, christmasEve, newYearsDay, newYearsEve, thanksgiving, easter, goodFriday, easterMonday
    case victoryDay, independenceDay, laborDay, memorialDay, veteransDay, electionDay, halloween
    case valentinesDay, stPatricksDay, bastilleDay, boxingDay, mlkDay, presidentsDay, mothersDay
    case fathersDay, columbusDay, armisticeDay, remembranceDay, canadaDay, australiaDay, anzacDay
    case mayDay, laborDayEurope, dDay
}

enum TemporalLexicon {
    /// Every word the tagger knows, lowercased. Abbreviations are listed without their full stop.
    static let words: [(String, LexEntry)] = {
        var list: [(String, LexEntry)] = []
        func add(_ kind: LexEntry.Kind, _ value: Int16, _ names: String...) {
            for name in names { list.append((name, LexEntry(kind: kind, value: value))) }
        }
        let months = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
            ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"],
            ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ]
        for (index, names) in months.enumerated() {
            for name in names { list.append((name, LexEntry(kind: .month, value: Int16(index + 1)))) }
        }
        for (index, name) in Lexicon.weekdays.enumerated() {
            list.append((name, LexEntry(kind: .weekday, value: Int16(index))))
            list.append((name + "s", LexEntry(kind: .weekdays, value: Int16(index))))
        }
        let numbers = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty",
        ]
        for (index, name) in numbers.enumerated() where index > 0 {
            list.append((name, LexEntry(kind: .number, value: Int16(index))))
        }
        for (index, name) in ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            list.append((name, LexEntry(kind: .number, value: Int16(30 + 10 * index))))
        }
        let ordinals = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth",
        ]
        for (index, name) in ordinals.enumerated() {
            list.append((name, LexEntry(kind: .ordinal, value: Int16(index + 1))))
        }
        add(.ordinal, 30, "thirtieth")
        add(.ordinal, 31, "thirty-first")

        func unit(_ u: TimeUnit, _ singular: String, _ plural: String) {
            list.append((singular, LexEntry(kind: .unit, value: u.rawValue)))
            list.append((plural, LexEntry(kind: .units, value: u.rawValue)))
        }
        unit(.second, "second", "seconds")
        unit(.minute, "minute", "minutes")
        unit(.hour, "hour", "hours")
        unit(.day, "day", "days")
        unit(.weekend, "weekend", "weekends")
        unit(.week, "week", "weeks")
        unit(.fortnight, "fortnight", "fortnights")
        unit(.month, "month", "months")
        unit(.quarter, "quarter", "quarters")
        unit(.year, "year", "years")
        unit(.decade, "decade", "decades")
        unit(.century, "century", "centuries")
        unit(.millennium, "millennium", "millennia")
        add(.units, TimeUnit.hour.rawValue, "hrs")
        add(.units, TimeUnit.minute.rawValue, "mins")
        add(.unit, TimeUnit.year.rawValue, "yr")
        add(.units, TimeUnit.year.rawValue, "yrs")

        add(.frequency, TimeUnit.day.rawValue, "daily", "nightly")
        add(.frequency, TimeUnit.week.rawValue, "weekly")
        add(.frequency, TimeUnit.month.rawValue, "monthly")
        add(.frequency, TimeUnit.year.rawValue, "annually", "yearly")
        add(.frequency, TimeUnit.hour.rawValue, "hourly")
        add(.frequency, TimeUnit.quarter.rawValue, "quarterly")

        for (index, name) in ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].enumerated() {
            list.append((name, LexEntry(kind: .decade, value: Int16(192 + index))))
        }
        // Verbs of schedule in the present tense, which news uses for what is still to come
        // ("ministers meet Friday", "the president travels to Paris on Monday"): a future cue,
        // as a past event is told in the past tense. Only forms that are no nouns ("talks",
        // "votes", "heads" are left out).
        add(.scheduleVerb, 0, "meet", "meets", "travel", "travels", "begin", "begins", "resume", "resumes", "arrive",
            "arrives", "expect", "expects", "decide", "decides", "unveil", "unveils", "convene", "convenes")
        add(.season, Season.spring.rawValue, "spring", "springtime")
        add(.season, Season.summer.rawValue, "summer", "summertime")
        add(.season, Season.fall.rawValue, "fall", "autumn")
        add(.season, Season.winter.rawValue, "winter", "wintertime")
        add(.seasons, Season.spring.rawValue, "springs")
        add(.seasons, Season.summer.rawValue, "summers")
        add(.seasons, Season.fall.rawValue, "autumns")
        add(.seasons, Season.winter.rawValue, "winters")

        add(.partOfDay, PartOfDay.morning.rawValue, "morning")
        add(.partOfDay, PartOfDay.afternoon.rawValue, "afternoon")
        add(.partOfDay, PartOfDay.evening.rawValue, "evening")
        add(.partOfDay, PartOfDay.night.rawValue, "night")
        add(.partOfDay, PartOfDay.dawn.rawValue, "dawn", "daybreak")
        add(.partOfDay, PartOfDay.midday.rawValue, "noon", "midday")
        add(.partOfDay, PartOfDay.midnight.rawValue, "midnight")

        add(.timezone, 0, "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "msk", "ist", "jst", "z")
        add(.timezone, 0, "et", "pt", "eet", "eest", "aest", "aedt", "hkt", "sgt")

        add(.holiday, Holiday.christmas.rawValue, "christmas", "xmas")
        add(.holiday, Holiday.thanksgiving.rawValue, "thanksgiving")
        add(.holiday, Holiday.easter.rawValue, "easter")
        add(.holiday, Holiday.halloween.rawValue, "halloween")

        let keywords: [(String, Keyword)] = [
            ("the", .the), ("a", .a), ("an", .an), ("this", .this), ("that", .that), ("these", .these),
            ("those", .those), ("last", .last), ("next", .next), ("past", .past), ("coming", .coming),
            ("previous", .previous), ("following", .following), ("recent", .recent), ("same", .same),
            ("ago", .ago), ("earlier", .earlier), ("later", .later), ("early", .early), ("late", .late),
            ("mid", .mid), ("end", .end), ("beginning", .beginning), ("start", .start), ("middle", .middle),
            ("of", .of), ("today", .today), ("tomorrow", .tomorrow), ("yesterday", .yesterday),
            ("tonight", .tonight), ("now", .now), ("currently", .currently), ("current", .current),
            ("future", .future), ("every", .every), ("each", .each), ("per", .per), ("several", .several),
            ("few", .few), ("many", .many), ("some", .someWord), ("and", .and), ("at", .at), ("least", .least),
            ("more", .more), ("than", .than), ("less", .less), ("fewer", .fewer), ("nearly", .nearly),
            ("almost", .almost), ("over", .over), ("up", .up), ("to", .to), ("before", .before),
            ("after", .after), ("shortly", .shortly), ("just", .just), ("from", .from), ("since", .since),
            ("until", .until), ("till", .till), ("in", .in), ("on", .on), ("for", .for), ("within", .within),
            ("during", .during), ("by", .by), ("through", .through), ("between", .between), ("about", .about),
            ("around", .around), ("will", .will), ("shall", .shall), ("would", .would), ("going", .going),
            ("scheduled", .scheduled), ("expected", .expected), ("plan", .plan), ("plans", .plans),
            ("planned", .planned), ("set", .set), ("due", .due), ("upcoming", .upcoming), ("said", .said),
            ("says", .says), ("say", .say), ("was", .was), ("were", .were), ("had", .had), ("did", .did),
            ("has", .has), ("have", .have), ("is", .is), ("are", .are), ("be", .be), ("been", .been),
            ("am", .am), ("pm", .pm), ("o'clock", .oclock), ("overnight", .overnight), ("once", .once),
            ("twice", .twice), ("times", .times), ("hence", .hence), ("nowadays", .nowadays),
            ("presently", .presently), ("soon", .soon), ("sometime", .sometime), ("time", .time),
            ("dozen", .dozen), ("hundred", .hundred), ("thousand", .thousand), ("fiscal", .fiscal),
            ("period", .period), ("entire", .entire), ("whole", .whole), ("full", .full), ("final", .final),
            ("annual", .annual), ("lately", .lately), ("formerly", .formerly), ("long", .long), ("old", .old),
            ("latest", .latest), ("other", .other), ("as", .as), ("half", .half), ("tonite", .tonight), ("recently", .recently), ("near", .near), ("foreseeable", .foreseeable),
        ]
        for (name, keyword) in keywords { list.append((name, LexEntry(kind: .keyword, value: keyword.rawValue))) }
        return list
    }()

    /// Hashes of common irregular past-tense verbs and participles, tense cues that the "-ed"
    /// test misses. Forms that are also present tense or nouns ("put", "set", "read", "left") are
    /// not listed.
    static let irregularPastForms: Set<UInt64> = Set([
        "made", "met", "told", "took", "taken", "gave", "given", "held", "began", "begun", "came",
        "went", "gone", "found", "won", "lost", "led", "sent", "spent", "kept", "brought", "bought",
        "caught", "fought", "thought", "saw", "seen", "knew", "known", "wrote", "written", "spoke",
        "spoken", "broke", "broken", "chose", "chosen", "fell", "fallen", "ran", "rose", "struck",
        "shot", "got", "paid", "sold", "stood", "built", "fled", "flew", "drove", "grew", "threw",
        "became", "meant", "felt", "heard", "sought", "taught", "swore", "sworn", "stole", "stolen",
    ].map { hash($0.utf8) })

    /// Hashes of words that end in "-ed" but are no past forms ("will succeed the founder
    /// Feb. 1"): the "-ed" test would take them for a past-tense cue.
    static let edWordsNotPast: Set<UInt64> = Set([
        "succeed", "proceed", "exceed", "indeed", "speed", "breed", "bleed", "greed", "sacred", "naked",
        "wicked", "rugged", "hundred", "kindred", "wretched",
    ].map { hash($0.utf8) })

    /// Hashes of nouns for people and things of an era, which make "today's" mean the present
    /// age rather than the publication day ("today's teenagers", "in today's economy"); TimeML leaves
    /// that generic "today" untagged, and tags "today's vote".
    static let nounsOfAnEra: Set<UInt64> = Set([
        "world", "youth", "society", "generation", "generations", "children", "kids", "teenagers",
        "youngsters", "students", "families", "parents", "consumers", "voters", "workers", "standards",
        "technology", "computers", "culture", "economy",
    ].map { hash($0.utf8) })

    /// Hashes of the possessive determiners, before which an -ed word is an adjective ("its
    /// revised offer"); an array, as a scan of five beats hashing into a set.
    static let possessiveDeterminers: [UInt64] = ["its", "their", "his", "her", "our"].map { hash($0.utf8) }

    /// Holidays named in more than one word, as written (matched without regard to case).
    static let holidayPhrases: [(String, Holiday)] = [
        ("Christmas Day", .christmas), ("Christmas Eve", .christmasEve), ("New Year's Day", .newYearsDay),
        ("New Year's Eve", .newYearsEve), ("New Year's", .newYearsDay), ("Thanksgiving Day", .thanksgiving),
        ("Easter Sunday", .easter), ("Easter Monday", .easterMonday), ("Good Friday", .goodFriday),
        ("Victory Day", .victoryDay), ("Independence Day", .independenceDay), ("Labor Day", .laborDay),
        ("Labour Day", .laborDayEurope), ("Memorial Day", .memorialDay), ("Veterans Day", .veteransDay),
        ("Veterans' Day", .veteransDay), ("Veteran's Day", .veteransDay), ("Election Day", .electionDay),
        ("Valentine's Day", .valentinesDay), ("St. Patrick's Day", .stPatricksDay),
        ("Saint Patrick's Day", .stPatricksDay), ("Bastille Day", .bastilleDay), ("Boxing Day", .boxingDay),
        ("Martin Luther King Day", .mlkDay), ("Martin Luther King Jr. Day", .mlkDay),
        ("Presidents Day", .presidentsDay), ("Presidents' Day", .presidentsDay),
        ("President's Day", .presidentsDay), ("Mother's Day", .mothersDay), ("Father's Day", .fathersDay),
        ("Columbus Day", .columbusDay), ("Armistice Day", .armisticeDay), ("Remembrance Day", .remembranceDay),
        ("Canada Day", .canadaDay), ("Australia Day", .australiaDay), ("Anzac Day", .anzacDay),
        ("May Day", .mayDay), ("D-Day", .dDay),
    ]

    /// Hash of a lowercased word, the key of the lookup table (FNV-1a, 64 bits).
    @inline(__always)
    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h = (h ^ UInt64(lowercase(b))) &* 0x100_0000_01b3
        }
        return h
    }

    @inline(__always)
    static func lowercase(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b | 0x20 : b }

    static let table = WordTable(words.map { (hash($0.0.utf8), $0.1) })

}

/// An open-addressing hash table from word hashes to lexicon entries.
struct WordTable {
    private var keys: [UInt64]
    private var values: [LexEntry]
    private let mask: Int

    init(_ entries: [(UInt64, LexEntry)]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: .none, count: size)
        mask = size - 1
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always)
    func lookup(_ key: UInt64) -> LexEntry {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == 0 { return .none }
            slot = (slot + 1) & mask
        }
    }
}
