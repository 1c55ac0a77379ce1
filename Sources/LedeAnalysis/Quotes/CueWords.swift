/// Hashes of the function words the rules test for.
enum H {
    static let according = WordHash.of("according")
    static let to = WordHash.of("to")
    static let too = WordHash.of("too")
    static let i = WordHash.of("i")
    static let `if` = WordHash.of("if")
    static let you = WordHash.of("you")
    static let during = WordHash.of("during")
    static let by = WordHash.of("by")
    static let from = WordHash.of("from")
    static let `as` = WordHash.of("as")
    static let put = WordHash.of("put")
    static let one = WordHash.of("one")
    /// Words in -ly that are nouns or names, not adverbs.
    static let lyNouns: WordSet = WordHash.set([
        "rally", "rallies", "ally", "family", "assembly", "supply", "reply", "july", "italy", "anomaly", "monopoly",
        "folly", "belly", "bully", "jelly", "holly", "kelly", "emily", "sally", "billy", "lily", "molly", "polly", "reilly", "riley",
    ])
    static let articlesAndOwners: WordSet = WordHash.set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"])
    /// Where or how something was said (`in a statement`, `on Twitter`, `at a rally`).
    static let venues: WordSet = WordHash.set([
        "statement", "interview", "speech", "tweet", "post", "letter", "release", "briefing", "conference",
        "rally", "hearing", "email", "e-mail", "message", "video", "broadcast", "debate", "meeting", "event",
        "at", "via", "by", "phone", "telephone", "later", "earlier", "again", "also", "then", "once", "recently",
    ])
    static let sayForms: WordSet = WordHash.set(["said", "says", "added", "wrote"])
    static let personRelatives: WordSet = WordHash.set(["who", "whose", "whom"])
    /// Forms of reporting verbs that are never nouns (`said`, `says`, `told`): in a role they end it.
    static let verbOnlyCueForms: WordSet = WordHash.set(["said", "told", "wrote", "spoke", "says", "tells", "writes", "thought", "knew", "saw", "felt", "made"])
    /// Adjectives that open a source after `according to` (`early results`, `recent polls`).
    static let sourceAdjectives: WordSet = WordHash.set(["early", "late", "latest", "recent", "initial", "preliminary", "earlier", "later", "new", "unofficial", "official"])
    /// Participles that, after `by`, give the words themselves (`responded … by saying …`; not
    /// `by emphasizing her record`, whose object the annotation keeps with the verb before).
    static let sayingParticiples: WordSet = WordHash.set(["saying", "calling", "declaring", "writing", "tweeting"])
    static let but = WordHash.of("but")
    /// Auxiliaries between a pronoun and its reporting verb (`he did say`, `she would tell`).
    static let cueAuxiliaries: WordSet = WordHash.set(["did", "does", "do", "would", "will", "has", "had", "have", "also", "later", "then"])
    static let including = WordHash.of("including")
    static let with = WordHash.of("with")
    static let at = WordHash.of("at")
    /// Words after `, but` that join a second predicate to the same subject (`but also hungry`,
    /// `but only minor details`, `but rather move them`, `but is a person`), not a new clause.
    static let predicateJoiners: WordSet = WordHash.set(["also", "only", "rather", "is", "are", "was", "were", "not", "still"])
    /// The parts of a day, written after it (`Friday afternoon`).
    static let dayPartWords: Set<String> = ["morning", "afternoon", "evening", "night"]
    static let dayParts: WordSet = WordHash.set(dayPartWords)
    /// Words that qualify a day in a phrase of time (`early Friday`, `late Monday`, `last night`).
    static let timeQualifiers: WordSet = WordHash.set(dayPartWords.union(["early", "late", "last", "next", "on", "this"]))
    /// Prepositions that bound a period (`through Wednesday`, `until Friday`).
    static let periodPrepositions: WordSet = WordHash.set(["through", "until", "till", "since"])
    /// Whether a word is a preposition that may govern a phrase of time after it.
    static func governsTime(_ hash: UInt64) -> Bool {
        prepositions.contains(hash) || circumstancePrepositions.contains(hash) || periodPrepositions.contains(hash)
    }
    /// Labels that open a publisher's note on the article itself (`Correction: An earlier version …`).
    static let correctionLabels: WordSet = WordHash.set(["correction", "corrections", "clarification"])
    /// The day a report was made, as news writes it right after the words reported (`a
    /// “disgrace” Wednesday`).
    static let reportDays: WordSet = WordHash.set(Set(Lexicon.weekdays + ["yesterday", "today", "tonight"]))
    /// The words after `at` that bound a count (`at least ten`, `at most two`).
    static let quantityBounds: WordSet = WordHash.set(["least", "most"])
    static let circumstancePrepositions: WordSet = WordHash.set(["in", "on", "at", "during", "after", "before", "amid", "while"])
    /// Adverbs between `and` and a second reporting verb (`and then tweeted`), not modals.
    static let sequenceAdverbs: WordSet = WordHash.set(["then", "also", "later", "again", "repeatedly", "subsequently", "quickly", "immediately", "further"])
    /// Irregular past forms that report speech after a quotation (`“…,” she shot back`).
    static let irregularSpeakingVerbs: WordSet = WordHash.set(["shot", "went", "put", "broke", "cut", "chimed", "spat", "swore", "began", "spoke", "sang"])
    static let recallForms: WordSet = WordHash.set(["recall", "recalls", "recalled", "recalling"])
    /// Irregular past forms that make a clause (`the company knew`, `the fire began`).
    static let irregularPast: WordSet = WordHash.set([
        "knew", "made", "took", "went", "saw", "got", "came", "gave", "thought", "found", "left", "felt", "kept",
        "began", "paid", "met", "ran", "won", "lost", "fell", "rose", "grew", "spent", "sent", "built", "sold",
        "held", "stood", "led", "brought", "bought", "became", "broke", "chose", "drove", "fought", "hid",
    ])
    /// Words of a time phrase between a comma and a participle (`, this time implying`, `, at the
    /// same time insisting`, `, once again saying`).
    static let asideTimeWords: WordSet = WordHash.set(["this", "that", "time", "once", "again", "yet", "more", "at", "the", "same", "not", "only"])
    /// Words that make an occasion of `time` (`the last time`, `the first time`).
    static let occasionOrdinals: WordSet = WordHash.set(["last", "first", "next", "only", "second", "previous"])
    static let time = WordHash.of("time")
    static let editor = WordHash.of("editor")
    static let note = WordHash.of("note")
    /// Auxiliaries of the perfect (`has gone`, `had been pounding`).
    static let perfectAuxiliaries: WordSet = WordHash.set(["has", "have", "had"])
    static let been = WordHash.of("been")
    /// Irregular past participles that differ from the past form (`has gone after`, `has taken`).
    static let irregularParticiples: WordSet = WordHash.set([
        "gone", "taken", "given", "written", "spoken", "shown", "known", "seen", "done", "driven", "risen", "chosen", "broken", "begun",
        "drawn", "thrown", "grown", "beaten", "hidden", "ridden", "stolen", "sworn", "won", "held", "made", "put", "set", "hit", "cut",
    ])
    /// Adverbs that open a sentence and name no one (`Later, …`, `Meanwhile …`).
    static let sentenceAdverbs: WordSet = WordHash.set(["later", "earlier", "then", "meanwhile", "also", "however", "instead", "still", "afterwards", "afterward"])
    /// Verbs that take the act someone will or will not do (`declined to comment`, `vowed to
    /// appeal`): a stance the news reports as theirs.
    static let intentionVerbs: WordSet = WordHash.set([
        "declined", "declines", "refused", "refuses", "vowed", "vows", "promised", "promises", "hopes", "hoped", "seeks",
        "seek", "sought", "seeking", "hoping",
    ])
    /// Verbs of saying as a headline writes them, between its speaker and what was said.
    static let headlineCues: WordSet = WordHash.set(["says", "say", "tells", "warns", "claims", "insists", "admits", "denies", "vows"])
    /// Verbs by which a document, poll or study reports (`the poll shows`, `the audit found`).
    static let findingVerbs: WordSet = WordHash.set(["show", "shows", "showed", "shown", "find", "finds", "found", "suggest", "suggests", "suggested"])
    /// Verbs that tell how someone or something seems to the writer (`seemed to concede`,
    /// `appears ready`).
    static let seemForms: WordSet = WordHash.set(["seem", "seems", "seemed"])
    static let appearForms: WordSet = WordHash.set(["appear", "appears", "appeared"])
    static let expected = WordHash.of("expected")
    static let considered = WordHash.of("considered")
    /// Passives that tell what is thought of someone, with `as` (`is seen as a rival`).
    static let passiveViewForms: WordSet = WordHash.set(["seen", "viewed", "regarded"])
    /// Subordinators of condition or contrast, whose clause a main clause must follow (`If the
    /// bill stalls, …`).
    static let statementSubordinators: WordSet = WordHash.set(["if", "although", "though", "because", "whether", "unless"])
    /// Forms of cues that are as often nouns (`questions`, `express`, `remarks`).
    static let nounLikeCueForms: WordSet = WordHash.set(["question", "questions", "questioning", "express", "expresses", "expressing", "remarks"])
    /// Words that make `pledged` an adjective (`pledged delegates`).
    static let pledgedNouns: WordSet = WordHash.set(["delegate", "delegates", "votes", "support"])
    static let pledged = WordHash.of("pledged")
    static let respondForms: WordSet = WordHash.set(["respond", "responds", "responded"])
    static let asked = WordHash.of("asked")
    /// Words that put `asked` in a phrase of occasion (`when asked`, `after being asked`).
    static let questionOccasions: WordSet = WordHash.set(["when", "after", "if", "once", "before", "being", "as"])
    /// Words that open a question put to someone (`asked whether`, `asked about`).
    static let questionOpeners: WordSet = WordHash.set(["whether", "if", "about", "why", "how", "what", "who", "whom", "which", "when", "where", "for"])
    /// Verbs that take what someone speaks about (`talked about`, `spoke about`).
    static let talkForms: WordSet = WordHash.set(["talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking"])
    static let about = WordHash.of("about")
    /// Determiners of one of two that the determiner list lacks (`Neither side`).
    static let distributives: WordSet = WordHash.set(["neither", "either"])
    /// Verbs of a performer's part, as often as of a view (`portrayed the harbor master`).
    static let performanceForms: WordSet = WordHash.set(["portray", "portrays", "portrayed", "portraying", "play", "plays", "played", "playing"])
    /// Pronouns that stand for a person as a subject.
    static let personPronouns: WordSet = WordHash.set(["he", "she", "they"])
    static let reflexives: WordSet = WordHash.set(["himself", "herself", "itself", "themselves"])
    /// Words that negate or hedge a verb without being adverbs in -ly (`was not expected`).
    static let negationsAndHedges: WordSet = WordHash.set(["not", "never", "also", "still", "originally", "generally"])
    static let off = WordHash.of("off")
    /// Words that make a share of those polled (`41 percent`, `half`, `a majority`).
    static let shareWords: WordSet = WordHash.set(["percent", "half", "majority", "minority", "third", "thirds", "quarter", "quarters", "plurality"])
    /// Verbs by which a share of those polled answers (`would vote for`, `favor`, `see`).
    static let opinionVerbs: WordSet = WordHash.set([
        "support", "supports", "supported", "oppose", "opposes", "opposed", "favor", "favors", "favored", "prefer", "prefers",
        "preferred", "approve", "approves", "approved", "disapprove", "disapproves", "disapproved", "backed",
        "trust", "trusts", "trusted", "consider", "considers", "considered", "view", "views", "viewed", "see", "sees", "saw",
        "choose", "chose", "rate", "rates", "rated", "want", "wants", "wanted", "vote", "voted", "held", "hold", "holds",
    ])
    static let vote = WordHash.of("vote")
    /// Particles that belong to a poll answer's verb (`vote for`).
    static let verbParticles: WordSet = WordHash.set(["for", "against"])
    static let `while` = WordHash.of("while")
    /// Pronouns that stand as the object of a verb (`called him`, `calls herself`).
    static let objectPronouns: WordSet = WordHash.set(["him", "her", "them", "it", "himself", "herself", "themselves", "itself", "me", "us", "myself", "ourselves"])
    static let describeForms: WordSet = WordHash.set(["describe", "describes", "described", "describing"])
    static let callForms: WordSet = WordHash.set(["call", "calls", "called", "calling"])
    static let `for` = WordHash.of("for")
    static let citing = WordHash.of("citing")
    static let referring = WordHash.of("referring")
    static let tellForms: WordSet = WordHash.set(["tell", "tells", "told", "telling"])
    static let named = WordHash.of("named")
    static let called = WordHash.of("called")
    static let `in` = WordHash.of("in")
    static let that = WordHash.of("that")
    static let which = WordHash.of("which")
    /// Head nouns of polls and what sums them up (`In the latest poll, …`).
    static let pollNouns: WordSet = WordHash.set([
        "poll", "polls", "polling", "survey", "surveys", "average", "averages", "study", "studies", "rankings", "projections", "forecast", "forecasts",
    ])
    static let words = WordHash.of("words")
    static let view = WordHash.of("view")
    static let opinion = WordHash.of("opinion")
    static let out = WordHash.of("out")
    static let the = WordHash.of("the")
    static let a = WordHash.of("a")
    static let an = WordHash.of("an")
    static let he = WordHash.of("he")
    static let she = WordHash.of("she")
    static let it = WordHash.of("it")
    static let his = WordHash.of("his")
    static let her = WordHash.of("her")
    static let their = WordHash.of("their")
    static let its = WordHash.of("its")
    static let hed = WordHash.of("he'd")
    static let shed = WordHash.of("she'd")
    static let hes = WordHash.of("he's")
    static let shes = WordHash.of("she's")
    static let further = WordHash.of("further")
    static let soCalled = WordHash.of("so-called")
    static let so = WordHash.of("so")
    static let of = WordHash.of("of")
    static let on = WordHash.of("on")
    static let point = WordHash.of("point")
    static let points = WordHash.of("points")
    static let pointed = WordHash.of("pointed")
    static let add: WordSet = WordHash.set(["add", "adds", "added", "continue", "continues", "continued"])
    static let passiveAux: WordSet = WordHash.set(["is", "was", "are", "were", "be", "been", "being"])
    static let clauseBreakers: WordSet = WordHash.set(["but", "while", "though", "although", "whereas", "meaning", "citing", "referring"])
    static let subordinators: WordSet = WordHash.set(["after", "before", "when", "while", "since", "because", "if", "until", "although", "though", "as", "once", "where", "whereas", "unless"])
    /// Determiners that stand alone as a subject when they open the sentence (`Another said`).
    static let standaloneSubjects: WordSet = WordHash.set(["another", "one", "each", "these", "those"])
    static let nounMarkers: WordSet = WordHash.set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "latest", "recent", "such", "new", "false", "those", "one", "another", "each", "every", "first", "second", "last", "final", "no", "any",
        // `the most pledged delegates`: a degree word before a participle makes it an adjective.
        "most", "more", "least", "fewer",
        // `by reports`, `amid reports`, `in a statement`: a preposition takes a noun.
        "by", "of", "in", "with", "from", "amid", "despite", "following", "without", "for", "on", "under", "via", "per"])
    static let notSpeakerStart: WordSet = WordHash.set(Lexicon.timeWords.union([
        "in", "on", "at", "during", "to", "from", "after", "before", "of", "about", "with", "via", "through", "for",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "earlier", "late", "early", "when", "while", "as", "that", "and", "but",
    ]))
    static let circumstance: WordSet = WordHash.set(Lexicon.timeWords.union(["during", "on", "at", "in"]))
    static let quantifiers: WordSet = WordHash.set(["some", "many", "several", "other", "media", "news", "press", "earlier", "initial", "local", "unconfirmed", "multiple", "conflicting", "recent", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands", "millions", "few", "both", "all", "these", "those"])
    /// Labels that open a paragraph with a colon without naming a speaker (`Correction:`).
    static let notSpeakers: WordSet = WordHash.set([
        "correction", "update", "updated", "note", "editor", "related", "watch", "read", "photo", "video",
        "source", "sources", "image", "caption", "advertisement", "disclosure", "clarification", "breaking",
        "exclusive", "analysis", "opinion", "live", "warning", "spoiler", "q", "a", "question", "answer",
        "background", "context", "summary", "bottom", "tl", "ps", "p.s", "listen", "see", "also",
        // Credits and contact lines (`Contributing:`, `EMAIL:`).
        "contributing", "byline", "email", "e-mail", "contact", "follow",
    ])
    static let affiliation: WordSet = WordHash.set(["of", "at", "from", "with"])
    static let controlVerbs: WordSet = WordHash.set([
        "declined", "refused", "wanted", "want", "wants", "going", "expected", "decided", "agreed",
        "plans", "planned", "plan", "hopes", "hoped", "hope", "continued", "continues", "began", "begin", "vowed", "promised",
        "urged", "asked", "told", "used", "need", "needs", "needed", "able", "willing", "likely", "due", "ready", "about",
        "has", "have", "had", "seemed", "appeared", "chose", "failed", "declines", "refuses", "got", "came", "went", "sought",
        "called", "encouraged", "invited", "pressed", "prompting", "forced", "allowed", "took", "paused", "stopped", "turned",
    ])
    /// Lowercase words between a party or country and a name (`Democratic presidential nominee Hillary Clinton`).
    static let titleAdjectives: WordSet = WordHash.set([
        "presidential", "vice-presidential", "hopeful", "rival", "running", "mate", "frontrunner", "front-runner",
        "party", "nominee", "candidate", "leader", "senator", "governor", "congressman", "congresswoman", "lawmaker",
        "strategist", "pollster", "operative", "activist", "commentator", "host", "writer", "author", "billionaire",
    ])
    static let finiteVerbs: WordSet = WordHash.set([
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "do", "does", "did", "that",
        // Negated forms, one token each (`aren't`, `didn't`).
        "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't",
        "shouldn't", "don't", "doesn't", "didn't", "mustn't",
    ])
    static let subjectPronouns: WordSet = WordHash.set(["he", "she", "they", "we", "i", "it"])
    static let andBut: WordSet = WordHash.set(["and", "but", "or"])
    /// The relative words that open an aside about the noun before a comma (`Ryan, who …`).
    static let nonRestrictiveRelatives: WordSet = WordHash.set(["who", "which"])
    static let prepositions: WordSet = WordHash.set(["of", "for", "with", "at", "from", "in", "on", "to", "by", "about", "near", "among"])
    static let thoughtExtra: WordSet = WordHash.set(["expected", "expect", "expects"])

    static let cues: [UInt64: CueVerb] = {
        var table: [UInt64: CueVerb] = [:]
        for (word, verb) in Lexicon.reportingVerbs { table[WordHash.of(word)] = verb }
        return table
    }()
    /// Every word a construction tried on a word outside quotation marks can start on (see
    /// `AttributionRun.wordRule`): most words start none, and one look-up tells.
    static let ruleStarts: WordSet = WordSet(Array(cues.keys) + [according, `in`, `as`, expected, considered]).union(intentionVerbs).union(findingVerbs).union(opinionVerbs)
        .union(seemForms).union(appearForms).union(talkForms).union(passiveViewForms)
    static let modifiers = WordHash.set(Lexicon.verbModifiers)
    static let connectors = WordHash.set(Lexicon.connectors)
    static let clauseWords = WordHash.set(Lexicon.clauseWords)
    static let timeWords = WordHash.set(Lexicon.timeWords)
    static let determiners = WordHash.set(Lexicon.determiners)
    static let pronouns = WordHash.set(Lexicon.personalPronouns)
    static let relatives = WordHash.set(Lexicon.relativePronouns)
    static let titles = WordHash.set(Lexicon.titles)
    static let phraseWords = WordHash.set(Lexicon.phraseWords)
}
