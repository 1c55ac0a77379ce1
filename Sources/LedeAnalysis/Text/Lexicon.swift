/// The word lists that quote attribution and name finding rely on, one table per list.
/// Entries are lowercase; apostrophes are straight.
public enum Lexicon {
    /// Reporting verbs (every form a news text uses), mapped to how they behave.
    /// `object`: the verb takes the addressee before what is said (`told reporters that …`).
    /// `needsQuote`: only a cue when a quoted fragment follows soon (`called the plan “a disaster”`).
    /// `thought` / `nounLike`: only a cue before `that` (`believes that`, `estimates that`).
    public static let reportingVerbs: [String: CueVerb] = {
        var table: [String: CueVerb] = [:]
        func add(_ forms: String, object: Bool = false, needsQuote: Bool = false, thought: Bool = false, nounLike: Bool = false, aimed: Bool = false) {
            for form in forms.split(separator: " ") {
                table[String(form)] = CueVerb(object: object, needsQuote: needsQuote, thought: thought || nounLike, aimed: aimed)
            }
        }
        add("say says said saying")
        add("tell tells told telling", object: true)
        add("ask asks asked asking", object: true)
        add("add adds added adding")
        add("note notes noted noting")
        add("argue argues argued arguing")
        add("assert asserts asserted asserting")
        add("write writes wrote writing")
        add("explain explains explained explaining")
        add("stated stating")
        add("state states", nounLike: true)
        add("declare declares declared declaring")
        add("insist insists insisted insisting")
        add("claim claims claimed claiming")
        add("warn warns warned warning", object: true)
        add("suggest suggests suggested suggesting")
        add("acknowledge acknowledges acknowledged acknowledging")
        add("admit admits admitted")
        add("announce announces announced announcing")
        add("reply replies replied replying")
        add("respond responds responded responding")
        add("recall recalls recalled recalling")
        // `The letter reads: “…”`, `the sign read “…”`: only with a quotation.
        add("read reads", needsQuote: true)
        // Speech acts whose object is what they say of someone (`criticized Rubio for …`).
        add("endorse endorses endorsed endorsing", aimed: true)
        add("defend defends defended defending", aimed: true)
        add("condemn condemns condemned condemning", aimed: true)
        add("denounce denounces denounced denouncing", aimed: true)
        add("blame blames blamed blaming", aimed: true)
        add("reject rejects rejected rejecting", aimed: true)
        add("thank thanks thanked thanking", aimed: true)
        add("applaud applauds applauded applauding", aimed: true)
        add("propose proposes proposed proposing", aimed: true)
        add("indicate indicates indicated indicating")
        add("tweet tweets tweeted tweeting")
        add("emailed")
        add("retweet retweets retweeted")
        add("commented commenting interjected")
        add("opined")
        add("speculate speculates speculated speculating")
        add("imply implies implied implying")
        add("signaled signalled")
        add("hinted")
        add("hint hints", nounLike: true)
        add("posted", needsQuote: true)
        add("emphasize emphasizes emphasized emphasizing emphasise emphasised")
        add("stress stresses stressed stressing")
        add("observe observes observed observing")
        add("remark remarks remarked remarking")
        add("report reports reported")
        add("contend contends contended contending")
        add("maintain maintains maintained maintaining", nounLike: true)
        add("predict predicts predicted predicting")
        add("promise promises promised promising", object: true)
        add("vow vows vowed vowing")
        add("conclude concludes concluded concluding")
        add("concede concedes conceded conceding")
        add("countered")
        add("counter counters", nounLike: true)
        add("complain complains complained complaining")
        add("charged", nounLike: true)
        add("charge charges", nounLike: true)
        add("allege alleges alleged")
        add("urge urges urged urging")
        add("testify testifies testified testifying")
        add("confirm confirms confirmed confirming")
        add("deny denies denied denying")
        add("estimated")
        add("estimate estimates", nounLike: true)
        add("joke jokes joked joking")
        add("quip quips quipped")
        add("shout shouts shouted shouting")
        add("yell yells yelled")
        add("caution cautions cautioned cautioning")
        add("boast boasts boasted boasting")
        add("brag brags bragged")
        add("lament laments lamented lamenting")
        add("muse muses mused")
        add("wonder wonders wondered")
        add("answered")
        add("answer answers", nounLike: true)
        add("tout touts touted touting")
        add("proclaim proclaims proclaimed proclaiming")
        add("pledge pledges pledged pledging")
        add("assure assures assured", object: true)
        add("remind reminds reminded reminding", object: true)
        add("inform informs informed", object: true)
        add("reveal reveals revealed revealing")
        add("disclose discloses disclosed")
        add("reiterate reiterates reiterated reiterating")
        add("reaffirm reaffirms reaffirmed reaffirming")
        add("repeat repeats repeated repeating")
        add("continue continues continued", needsQuote: true)
        add("demand demands demanded demanding")
        add("plead pleads pleaded")
        add("chant chants chanted chanting")
        add("scream screams screamed")
        add("exclaim exclaims exclaimed")
        add("recount recounts recounted")
        add("retort retorts retorted")
        add("agree agrees agreed", thought: true)
        add("point points pointed pointing")
        add("call calls called calling", needsQuote: true)
        add("describe describes described describing", needsQuote: true)
        add("blast blasts blasted blasting", aimed: true)
        add("slam slams slammed slamming", aimed: true)
        add("criticize criticizes criticized criticizing", aimed: true)
        add("dismiss dismisses dismissed dismissing", aimed: true)
        add("decry decries decried decrying", aimed: true)
        add("railed rails railing", aimed: true)
        // (`echo` and `echoes` are as often nouns; `order` and `orders` too.)
        add("echoed echoing", aimed: true)
        add("ordered ordering", aimed: true)
        add("assail assails assailed assailing", aimed: true)
        add("bemoan bemoans bemoaned bemoaning", aimed: true)
        add("lambaste lambastes lambasted lambasting", aimed: true)
        add("rebuke rebukes rebuked rebuking", aimed: true)
        add("deride derides derided deriding", aimed: true)
        add("liken likens likened likening", aimed: true)
        add("discuss discusses discussed discussing", aimed: true)
        add("allude alludes alluded alluding", aimed: true)
        // (`hail`, `highlight` and `lash` are as often nouns.)
        add("hailed lashed highlighted", aimed: true)
        add("rebut rebuts rebutted rebutting", aimed: true)
        add("trumpeted trumpeting", aimed: true)
        add("chide chides chided chiding", aimed: true)
        add("vouch vouches vouched vouching", aimed: true)
        add("label labels labeled labelled", needsQuote: true)
        add("encourage encourages encouraged encouraging", needsQuote: true)
        add("exhort exhorts exhorted", needsQuote: true)
        add("implore implores implored", needsQuote: true)
        add("reference references referenced referencing", needsQuote: true)
        // `cited the budget gap as the reason`: what is cited is what the speaker put forward.
        add("cite cites cited", aimed: true)
        add("citing", needsQuote: true)
        add("mention mentions mentioned mentioning", needsQuote: true)
        add("brand brands branded branding", needsQuote: true)
        add("dub dubs dubbed", needsQuote: true)
        add("termed", needsQuote: true)
        add("characterize characterizes characterized characterizing", needsQuote: true)
        add("refer refers referred referring", needsQuote: true)
        add("accuse accuses accused accusing", aimed: true)
        add("praise praises praised praising", aimed: true)
        add("mock mocks mocked mocking", aimed: true)
        // `questioned why the board waited`, `attacked the plan as reckless`, `expressed doubts
        // about the deal`: what the verb takes is what the speaker said of it.
        add("question questions questioned questioning", aimed: true)
        add("attacked", aimed: true)
        add("express expresses expressed expressing", aimed: true)
        add("voiced offered", aimed: true)
        add("rated", needsQuote: true)
        add("believe believes believed", thought: true)
        add("think thinks thought", thought: true)
        add("feel feels felt", thought: true)
        add("fear fears feared", thought: true)
        add("hope hopes hoped hoping", thought: true)
        add("expect expects expected expecting", thought: true)
        add("worry worries worried", thought: true)
        add("know knows knew", thought: true)
        add("remember remembers remembered", thought: true)
        add("show shows showed", thought: true)
        add("find finds found", thought: true)
        add("doubt doubts doubted", thought: true)
        add("suspect suspects suspected", thought: true)
        add("assume assumes assumed", thought: true)
        add("guess guesses guessed", thought: true)
        add("realize realizes realized realise realises realised", thought: true)
        add("recognize recognizes recognized", thought: true)
        add("understand understands understood", thought: true)
        add("suppose supposes supposed", thought: true)
        add("imagine imagines imagined", thought: true)
        add("bet bets", thought: true)
        return table
    }()

    /// Titles that may stand before a name or as a noun for a person (`the minister`).
    public static let titles: Set<String> = [
        "president", "vice", "secretary", "minister", "senator", "sen", "representative", "rep",
        "congressman", "congresswoman", "governor", "gov", "mayor", "ambassador", "general", "gen",
        "chairman", "chairwoman", "chair", "director", "judge", "justice", "chief", "prime",
        "foreign", "defense", "deputy", "speaker", "leader", "spokesman", "spokeswoman", "spokesperson",
        "candidate", "nominee", "attorney", "sheriff", "commissioner", "administrator", "officer", "assemblyman", "assemblywoman", "councilman", "councilwoman", "del", "delegate", "superintendent", "inspector", "detective", "trooper", "ecologist", "scientist", "researcher", "professor", "dean", "mayor-elect", "president-elect", "lieutenant", "lt",
        "mp", "mps", "mep", "msp", "mla", "colonel", "col", "captain", "capt", "sergeant", "sgt", "admiral", "adm", "king", "queen",
        "prince", "princess", "pope", "bishop", "rev", "reverend", "father", "sister", "brother",
        "prof", "chancellor", "premier", "emir", "sheikh", "sultan", "state",
        "former", "first", "lady", "majority", "minority", "whip", "host", "anchor", "coach",
        "ceo", "founder", "executive", "manager", "analyst", "economist", "expert", "adviser",
        "advisor", "aide", "official", "head", "member", "correspondent", "editor", "columnist",
        "u.s", "us", "russian", "american", "british", "syrian", "republican", "democratic",
        "democrat", "gop", "house", "senate", "assistant", "press", "campaign", "national", "security",
        // Occupations written as a title before a name (`Councillor Priya Nair`, `Striker Kwame Boateng`).
        "councillor", "councilor", "alderman", "alderwoman", "archbishop", "cardinal", "rabbi", "imam", "pastor",
        "treasurer", "prosecutor", "historian", "engineer", "striker", "midfielder", "defender", "goalkeeper",
        "coroner", "auditor", "comptroller", "solicitor", "barrister", "magistrate", "constable", "marshal",
        "architect", "astronaut", "surgeon", "physician", "epidemiologist", "lecturer", "novelist", "poet",
        "filmmaker", "photographer", "journalist", "reporter", "commentator", "strategist", "pollster",
        "activist", "lawyer", "physicist", "chemist", "biologist", "geologist", "meteorologist", "forecaster",
        "firefighter", "paramedic", "trustee", "provost", "registrar", "clerk", "nurse", "pilot", "legislator", "lawmaker",
    ]

    /// Words of `titles` that qualify a title rather than name one (`former`, `Russian`):
    /// `the Russian` does not stand for a person the way `the minister` does.
    public static let titleQualifiers: Set<String> = [
        "vice", "foreign", "deputy", "former", "first", "majority", "minority", "u.s", "us", "russian",
        "american", "british", "syrian", "republican", "democratic", "democrat", "gop", "house", "senate",
        "assistant", "press", "campaign", "national", "security", "prime", "state", "chief", "executive", "defense",
        "lady", "head", "member", "official", "expert", "host",
    ]

    /// The days of the week and the months, as names (lowercase).
    public static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    public static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    /// Honorifics dropped from a name (`Mr. Obama` is `Obama`).
    public static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "messrs", "mme", "m"]

    public static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
        "your", "some", "many", "several", "other", "another", "one", "two", "three", "both", "each",
        "all", "most", "few", "no", "any", "such",
    ]

    /// Pronouns that refer to a speaker named elsewhere, with the gender they need.
    public static let personalPronouns: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their", "us", "me",
        "he'd", "she'd", "they'd", "we'd", "i'd", "they've", "we've", "i've", "you've", "he's", "she's",
    ]
    public static let relativePronouns: Set<String> = ["who", "which", "that", "whom", "whose"]

    /// Words that may stand between a subject and its reporting verb (`Kerry also said`).
    public static let verbModifiers: Set<String> = [
        "also", "now", "later", "then", "has", "have", "had", "will", "would", "could", "may", "might",
        "once", "often", "previously", "recently", "repeatedly", "again", "further", "did", "does", "do",
        "reportedly", "publicly", "privately", "frequently", "first", "last", "allegedly", "simply", "not",
        "never", "already", "still", "even", "just", "only", "flatly", "quickly", "initially", "subsequently",
        "is", "was", "were", "are", "been", "being", "be", "went", "on", "to", "can", "must", "should",
        "shall", "ultimately", "finally", "openly", "separately", "explicitly", "bluntly",
        // (`has long argued`, `A and B both said`.)
        "long", "both",
    ]

    /// Words that open a sentence without being its subject (`But the ministry said …`).
    public static let connectors: Set<String> = [
        "but", "and", "or", "so", "yet", "however", "meanwhile", "still", "instead", "moreover",
        "indeed", "now", "later", "earlier", "then", "also", "thus", "nevertheless", "separately",
        "finally", "last", "ultimately", "in", "on", "at", "during", "after", "before", "while", "when",
        "as", "since", "speaking", "asked", "writing", "if", "because", "although", "though", "for",
        "with", "from",
    ]

    /// Function words that never stand inside a person's name (particles such as `van`, `de`,
    /// `al` and `bin` do, and are not here). Narrower than the words an article id skips, which
    /// hold `may`, `will` and `new`: Theresa May and Will Smith are names.
    public static let phraseWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "by", "for", "from", "in", "on", "at", "to", "with", "about",
    ]

    /// Words that show a stretch of text is a clause and not a name or noun phrase.
    public static let clauseWords: Set<String> = [
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
        "could", "should", "shall", "may", "might", "must", "do", "does", "did", "not", "that", "which",
        "if", "because", "when", "while", "although", "but", "than", "to", "there", "it", "this",
        "i", "we", "you", "they", "says", "said", "told", "get", "got", "make", "made", "want", "wants",
        "going", "go", "went", "need", "needs", "know", "knows", "think",
        // Past tenses that are never nouns or titles (`Sadiq Khan, gave his condolences …`).
        "gave", "took", "came", "became", "began", "brought",
    ]

    /// Weekday and time words that may stand between a cue and what was said (`said Tuesday that`).
    public static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "recently", "earlier", "later", "last", "this", "week", "month", "year", "morning",
        "afternoon", "evening", "night", "then", "once", "again", "also", "repeatedly", "previously",
        "publicly", "privately", "bluntly", "flatly", "simply", "plainly", "explicitly", "quietly",
    ]
}

/// How a reporting verb behaves.
public struct CueVerb: Sendable, Equatable {
    /// The verb takes an addressee before what is said: `told reporters that …`.
    public var object: Bool
    /// A cue only when what follows holds a quote mark: `called the plan “a disaster”`.
    public var needsQuote: Bool
    /// A cue only before `that`: verbs of thinking (`believes that`) and forms that are nouns
    /// more often than verbs (`states`, `estimates`).
    public var thought: Bool
    /// A speech act aimed at someone (`criticized Rubio for …`, `endorsed Biden`): what it
    /// reports follows it; before it only a quotation is what was said (`“…,” Trump blasted`).
    public var aimed: Bool = false
}
