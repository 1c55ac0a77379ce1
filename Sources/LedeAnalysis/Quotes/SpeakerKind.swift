/// What kind of source a speaker is: the distinction a reader needs before quoting them.
public enum SpeakerKind: String, Sendable, CaseIterable {
    /// A person named in the article (`Doug Collins`, `Collins`, `the minister` read as a name).
    case person
    /// An organization, publication or institution (`the Kremlin`, `CNN`, `the ministry`).
    case organization
    /// A document, study or message (`the report`, `a statement`, `the ad`).
    case document
    /// Someone not named: an unresolved pronoun, `a spokesman`, `officials`, `witnesses`.
    case unnamed
}

/// Sorting a speaker phrase that is no name into a kind, by its head noun.
enum SpeakerNouns {
    /// Head nouns of documents and messages that speak for their authors.
    static let documents: Set<String> = [
        "report", "reports", "study", "studies", "statement", "statements", "poll", "polls", "survey", "surveys",
        "letter", "letters", "ad", "ads", "advertisement", "memo", "memos", "document", "documents", "complaint",
        "filing", "filings", "release", "tweet", "tweets", "post", "posts", "book", "article", "analysis", "data",
        "records", "record", "paper", "review", "audit", "lawsuit", "suit", "indictment", "ruling", "order",
        "transcript", "email", "emails", "e-mail", "video", "footage", "website", "page", "editorial", "column",
        "op-ed", "story", "findings", "research", "estimate", "estimates", "figures", "statistics", "charge",
        "charges", "verdict", "decision", "judgment", "bill", "legislation", "law", "proposal", "plan", "platform",
        "policy", "manifesto", "message", "messages", "note", "notice", "warning", "guidance", "guidelines",
        "affidavit", "motion", "brief", "petition", "text", "texts", "summary", "assessment", "investigation",
        "inquiry", "probe", "account", "accounts", "photo", "photos", "caption", "sign", "banner", "slogan",
        "results", "returns", "numbers", "projections", "projection", "count", "tally", "forecast", "forecasts", "model",
        "signs", "banners", "leaflet", "leaflets", "flyer", "flyers", "poster", "posters", "headline", "headlines", "placard", "placards",
    ]
    /// Head nouns of people described but not named.
    static let people: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "source", "sources",
        "witness", "witnesses", "expert", "experts", "analyst", "analysts", "critic", "critics", "supporter",
        "supporters", "resident", "residents", "voter", "voters", "aide", "aides", "adviser", "advisers",
        "advisor", "advisors", "person", "people", "man", "woman", "men", "women", "member", "members",
        "lawmaker", "lawmakers", "leader", "leaders", "protester", "protesters", "protestor", "protestors",
        "student", "students", "worker", "workers", "employee", "employees", "staffer", "staffers", "activist",
        "activists", "organizer", "organizers", "organiser", "organisers", "researcher", "researchers",
        "scientist", "scientists", "doctor", "doctors", "lawyer", "lawyers", "attorney", "attorneys", "observer",
        "observers", "diplomat", "diplomats", "delegate", "delegates", "candidate", "candidates", "strategist",
        "strategists", "operative", "operatives", "insider", "insiders", "someone", "somebody", "friend",
        "friends", "neighbor", "neighbors", "neighbour", "neighbours", "victim", "victims", "survivor",
        "survivors", "parent", "parents", "teacher", "teachers", "fan", "fans", "donor", "donors", "attendee",
        "attendees", "participant", "participants", "passenger", "passengers", "driver", "drivers", "owner",
        "owners", "farmer", "farmers", "soldier", "soldiers", "officer", "officers", "investigator",
        "investigators", "prosecutor", "prosecutors", "judge", "judges", "minister", "ministers", "senator",
        "senators", "representative", "representatives", "president", "governor", "mayor", "director",
        "chairman", "chairwoman", "chief", "head", "manager", "executive", "executives", "economist",
        "economists", "pollster", "pollsters", "historian", "historians", "professor", "professors", "republican",
        "republicans", "democrat", "democrats", "conservative", "conservatives", "liberal", "liberals", "one",
        "coach", "coaches", "captain", "pilot", "nurse", "nurses", "father", "mother", "son", "daughter", "wife", "husband", "spouse", "child", "children", "resident", "ally", "allies", "those", "anyone", "everyone", "others", "many", "some", "most", "he", "she", "they", "i", "we", "you", "him", "her", "them",
        "clerk", "clerks", "guard", "guards", "chef", "cook", "priest", "priests", "nun", "monk", "imam", "rabbi",
        "pastor", "cop", "cops", "deputy", "sheriff", "guide", "host", "boy", "girl", "kid", "kids", "teen",
        "teens", "mom", "dad", "widow", "bride", "groom", "colleague", "colleagues", "boss", "agent", "agents",
        "client", "clients", "patient", "patients", "opponent", "opponents", "respondent", "respondents",
        "correspondent", "correspondents", "veteran", "veterans", "citizen", "citizens", "inmate", "inmates",
        "refugee", "refugees", "athlete", "athletes", "guest", "guests", "relative", "relatives", "youth",
    ]

    /// Nouns of organizations that end like a person's (`the retailer`, `the carmaker`).
    static let organizationsLikePeople: Set<String> = [
        "newspaper", "retailer", "manufacturer", "carrier", "insurer", "lender", "publisher", "regulator",
        "supplier", "provider", "operator", "broker", "developer", "producer", "maker", "carmaker", "automaker",
        "drugmaker", "chipmaker", "broadcaster", "distributor", "wholesaler", "exporter", "importer", "sponsor",
    ]

    /// Endings of plural nouns that name what people do (`forecasters`, `tenants`); without the
    /// final `s`, of the singular ones (`sergeant`, `engineer`, `auditor`, `shareholder`).
    static let pluralPersonEndings = ["ers", "ors", "ists", "ians", "ants"]

    /// Whether token `k` ends like a noun naming someone by what they do, in the plural only or
    /// in either number; read when a head noun is on no list.
    static func endsLikeAPerson(_ text: ParagraphText, _ k: Int, pluralOnly: Bool) -> Bool {
        pluralPersonEndings.contains { plural in
            text.token(k, endsWith: plural, longerThan: plural.count + 2)
                || !pluralOnly && text.token(k, endsWith: String(plural.dropLast()), longerThan: plural.count + 1)
        }
    }

    static let documentHashes = WordHash.set(documents)
    static let organizationLikePeopleHashes = WordHash.set(organizationsLikePeople)
    static let peopleHashes = WordHash.set(people)
}
