/// Places and organizations a news article names, one table per list, lowercase.
enum Gazetteer {
    static let countries: Set<String> = [
        "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
        "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
        "britain", "bulgaria", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia",
        "congo", "croatia", "cuba", "cyprus", "czech republic", "denmark", "ecuador", "egypt", "england",
        "eritrea", "estonia", "ethiopia", "europe", "finland", "france", "georgia", "germany", "ghana",
        "greece", "guatemala", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
        "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya", "korea",
        "north korea", "south korea", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon",
        "libya", "lithuania", "luxembourg", "macedonia", "malaysia", "mali", "mexico", "moldova",
        "mongolia", "montenegro", "morocco", "myanmar", "nepal", "netherlands", "new zealand",
        "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palestine", "panama",
        "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
        "rwanda", "saudi arabia", "scotland", "senegal", "serbia", "singapore", "slovakia", "slovenia",
        "somalia", "south africa", "spain", "sri lanka", "sudan", "south sudan", "sweden", "switzerland",
        "syria", "taiwan", "tajikistan", "tanzania", "thailand", "tunisia", "turkey", "turkmenistan",
        "uganda", "ukraine", "united arab emirates", "united kingdom", "united states", "america",
        "u.s", "u.k", "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen", "zambia",
        "zimbabwe", "crimea", "chechnya", "gaza", "west bank", "middle east", "africa", "asia",
        "latin america", "soviet union", "ussr", "usa", "mediterranean", "eastern mediterranean", "caribbean",
        "balkans", "baltic", "baltics", "persian gulf", "arctic", "antarctica", "sahel", "caucasus", "scandinavia",
        "north africa", "east africa", "west africa", "southeast asia", "central asia", "east asia", "south asia",
        "central america", "south america", "north america", "western europe", "eastern europe", "new england",
        // U.S. states.
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
        "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
        "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "north carolina", "north dakota",
        "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
        "tennessee", "texas", "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming",
    ]

    static let cities: Set<String> = [
        "moscow", "washington", "london", "paris", "berlin", "beijing", "tokyo", "damascus", "geneva",
        "kiev", "kyiv", "minsk", "warsaw", "prague", "vienna", "rome", "madrid", "lisbon", "brussels",
        "amsterdam", "stockholm", "oslo", "helsinki", "copenhagen", "athens", "ankara", "istanbul",
        "tehran", "baghdad", "kabul", "islamabad", "delhi", "new delhi", "cairo", "riyadh", "doha",
        "dubai", "jerusalem", "tel aviv", "beirut", "amman", "tripoli", "tunis", "algiers", "rabat",
        "nairobi", "lagos", "johannesburg", "pretoria", "ottawa", "toronto", "mexico city", "havana",
        "caracas", "bogota", "lima", "santiago", "buenos aires", "brasilia", "seoul", "pyongyang",
        "manila", "jakarta", "bangkok", "hanoi", "canberra", "sydney", "new york", "los angeles",
        "chicago", "boston", "philadelphia", "miami", "houston", "dallas", "atlanta", "detroit",
        "cleveland", "charlotte", "san francisco", "seattle", "denver", "phoenix", "las vegas",
        "st. petersburg", "aleppo", "homs", "sochi", "tbilisi", "baku", "yerevan", "astana", "tashkent",
        "hong kong", "shanghai", "mumbai", "karachi", "kandahar", "mosul", "raqqa", "sevastopol",
        "donetsk", "luhansk", "crimea", "strasbourg", "the hague", "vatican",
    ]

    static let organizations: Set<String> = [
        "united nations", "u.n", "un", "nato", "european union", "eu", "kremlin", "pentagon",
        "white house", "state department", "congress", "senate", "house", "supreme court", "fbi", "cia",
        "nsa", "duma", "state duma", "imf", "world bank", "who", "wto", "opec", "g8", "g20",
        "red cross", "amnesty international", "human rights watch", "gazprom", "rosneft", "reuters",
        "associated press", "ap", "afp", "bbc", "cnn", "fox news", "msnbc", "nbc", "abc", "cbs", "npr",
        "ria novosti", "itar-tass", "tass", "interfax", "izvestia", "kommersant", "vedomosti",
        "new york times", "washington post", "wall street journal", "politico", "breitbart",
        "huffington post", "usa today", "gop", "democratic party", "republican party", "hamas",
        "hezbollah", "taliban", "al-qaeda", "al qaeda", "isis", "isil", "islamic state",
        "free syrian army", "syrian national council", "moscow helsinki group", "memorial",
        "foreign ministry", "defense ministry", "justice department", "homeland security",
        "department of justice", "department of state", "federal reserve", "google", "facebook",
        "twitter", "apple", "microsoft", "amazon", "politifact", "clinton foundation",
    ]

    /// Last words that make a capitalized name an organization (`Moscow Helsinki Group`).
    static let organizationHeads: Set<String> = [
        "ministry", "council", "party", "group", "department", "committee", "agency", "bank",
        "university", "institute", "center", "centre", "association", "foundation", "post", "times",
        "news", "press", "corporation", "corp", "inc", "company", "co", "court", "congress", "senate",
        "administration", "commission", "union", "organization", "organisation", "network", "fund",
        "service", "office", "assembly", "parliament", "duma", "journal", "observer", "tribune",
        "herald", "guardian", "telegraph", "review", "magazine", "channel", "radio", "television",
        "tv", "club", "league", "federation", "front", "army", "forces", "police", "board", "bureau",
        "authority", "coalition", "alliance", "movement", "society", "caucus", "campaign", "project",
        "program", "school", "college", "hospital", "church", "daily", "gazette", "industries",
        "holdings", "partners", "llc", "ltd", "plc", "pac", "institution", "media",
        "railways", "airlines", "motors", "systems", "monitor", "watch", "report", "politico", "house", "chamber",
        "freight", "airways", "logistics", "energy", "foods", "pharmaceuticals", "technologies", "bancorp", "insurance",
        // Trades and newspapers that end a company's or a paper's name (`Northline Rail`, `Daily Courier`).
        "rail", "grocers", "mining", "shipping", "transit", "utilities", "electric", "steel", "oil", "chemicals",
        "construction", "builders", "farms", "labs", "laboratories", "ventures", "securities", "investments", "trust",
        "healthcare", "clinic", "studios", "pictures", "entertainment", "stores", "markets", "supermarkets", "mills",
        "transport", "telecom", "communications", "wireless", "software", "solutions", "consulting", "brewery",
        "bakery", "dairy", "hotels", "resorts", "courier", "chronicle", "ledger", "mirror", "express", "examiner",
        "inquirer", "bulletin", "dispatch", "sentinel",
    ]

    /// Last words of names of places (`Red Square`, `Cook County`).
    static let placeHeads: Set<String> = [
        "square", "street", "avenue", "road", "river", "sea", "ocean", "mountains", "mountain", "island",
        "islands", "valley", "county", "republic", "region", "province", "city", "park", "airport",
        "station", "bridge", "hall", "tower", "palace", "beach", "lake", "bay", "gulf", "peninsula",
        "district", "heights", "village", "town", "center", "strip", "coast", "border",
    ]

    /// Place heads that are also common surnames (`Peter Hall`, `Anna Town`): after a known
    /// first name they end a person's name.
    static let surnameLikePlaceHeads: Set<String> = ["hall", "town", "border", "heights", "strip", "coast", "bridge", "tower"]
    static let surnameLikePlaceHeadHashes = WordHash.set(surnameLikePlaceHeads)

    /// Last words of names of things that are neither people nor places (`Victory Day`,
    /// `Magnitsky List`, `Affordable Care Act`).
    static let thingHeads: Set<String> = [
        "day", "list", "act", "law", "bill", "treaty", "agreement", "accord", "plan", "war", "prize",
        "award", "games", "cup", "olympics", "summit", "conference", "festival", "show", "week", "month",
        "year", "era", "doctrine", "amendment", "constitution", "resolution", "convention", "protocol",
        "program", "initiative", "report", "index", "street", "tax", "care", "security", "fraud", "pact",
    ]

    /// First names that tell a person's gender, so that `she said` skips the last man named.
    static let femaleFirstNames: Set<String> = [
        "hillary", "nancy", "elizabeth", "angela", "theresa", "kamala", "sarah", "michelle", "melania",
        "ivanka", "kellyanne", "loretta", "lyudmila", "maria", "anna", "olga", "yulia", "marine", "ursula",
        "mary", "patricia", "jennifer", "linda", "barbara", "susan", "jessica", "karen", "lisa", "betty",
        "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "carol", "amanda", "melissa",
        "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "anne",
        "helen", "samantha", "katherine", "christine", "debbie", "rachel", "catherine", "heather", "diane",
        "julie", "joyce", "victoria", "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan",
        "cheryl", "andrea", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "sara", "madeline",
        "kathryn", "janet", "jean", "alice", "julia", "grace", "judy", "rose", "denise", "marilyn",
        "beverly", "danielle", "natalie", "sophia", "diana", "brittany", "doris", "kayla", "alexandra",
        "lori", "tiffany", "kristen", "claire", "jill", "chelsea", "huma", "tulsi", "nikki",
        "condoleezza", "madeleine", "dianne", "kirsten", "tammy", "susana", "ilhan", "alexandria",
        "rashida", "ayanna", "gina", "sheila", "gwen", "maxine", "marcia", "jane",
        "irina", "natalia", "svetlana", "tatiana", "elena", "ekaterina", "valentina", "yekaterina",
        "fatima", "aisha", "leila", "angelina", "beyonce", "oprah", "sonia", "ruth", "malala", "greta",
        // Also the names of cities (`Charlotte Charles`, `Florence Ekpo`): a place word first
        // otherwise makes the name an organization in that place.
        "charlotte", "florence", "sydney", "savannah", "adelaide", "helena", "madison", "regina", "lorraine",
    ]
    static let maleFirstNames: Set<String> = [
        "john", "donald", "barack", "bernie", "mike", "vladimir", "sergei", "fyodor", "alexander", "mahmoud",
        "joe", "ted", "marco", "paul", "mitch", "chuck", "tim", "bill", "george", "michael", "david", "james",
        "robert", "richard", "thomas", "mark", "steven", "william", "charles", "christopher", "daniel",
        "matthew", "anthony", "kevin", "brian", "jason", "jeff", "jeffrey", "ryan", "jacob", "gary",
        "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
        "gregory", "frank", "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron",
        "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan",
        "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean",
        "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joseph", "jordan", "billy", "bruce",
        "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene",
        "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "reince", "newt", "rudy",
        "chris", "jim", "tom", "bob", "dick", "harry", "lindsey", "rand", "rick", "jeb", "ben", "mitt",
        "al", "hugh", "kim", "xi", "recep", "emmanuel", "francois", "boris", "dmitry", "dmitri", "sergey",
        "alexei", "alexey", "mikhail", "nikolai", "ivan", "andrei", "viktor", "yuri", "igor", "oleg",
        "petro", "volodymyr", "bashar", "hassan", "mohammed", "muhammad", "ahmed", "ali", "omar", "abdul",
        "binyamin", "shinzo", "narendra", "jair", "nicolas", "hugo", "fidel", "raul",
        "kofi", "ban", "antonio", "angelo", "pope", "reza", "javad", "salman", "abdullah", "tony", "elon",
    ]
    static let femaleWords: Set<String> = [
        "mrs", "ms", "miss", "madam", "spokeswoman", "congresswoman", "chairwoman", "businesswoman",
        "actress", "mother", "wife", "daughter", "sister", "queen", "princess", "lady", "woman", "widow",
        "grandmother", "girl", "aunt", "niece", "mom", "councilwoman", "anchorwoman",
    ]
    static let maleWords: Set<String> = [
        "mr", "spokesman", "congressman", "businessman", "father", "husband", "son", "brother", "king",
        "prince", "man", "grandfather", "boy", "uncle", "nephew", "dad", "councilman", "sir",
    ]
    static let femaleHashes = WordHash.set(femaleFirstNames.union(femaleWords))
    static let maleHashes = WordHash.set(maleFirstNames.union(maleWords))
    /// Words that open sentences and never names (`He`, `The`, `But`).
    static let sentenceOpenerHashes = WordHash.set(["he", "she", "it", "they", "we", "i", "the", "but", "and", "this", "that", "these", "those", "there", "his", "her", "their", "its", "a", "an", "in", "on", "at", "after", "before", "when", "while", "if", "as", "so", "yet", "still", "meanwhile", "however"])
    static let firstNameHashes = WordHash.set(maleFirstNames.union(femaleFirstNames))

    /// Lowercase words that may sit inside a name (`Mahmoud al-Hamza`, `Ludwig van Beethoven`).
    static let nameParticles: Set<String> = [
        "al", "el", "bin", "ibn", "abu", "de", "del", "della", "der", "den", "van", "von", "da", "di",
        "du", "la", "le", "dos", "das", "y", "ter", "of", "and", "for", "on", "the",
    ]

    /// Capitalized words that begin sentences without being names.
    static let commonCapitalized: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "if", "when", "while", "as",
        "after", "before", "since", "this", "that", "these", "those", "there", "it", "its", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "what", "who", "why",
        "how", "where", "which", "yet", "still", "however", "meanwhile", "now", "then", "also", "for",
        "with", "from", "by", "to", "of", "not", "no", "yes", "one", "some", "many", "most", "all",
        "both", "each", "every", "any", "according", "during", "under", "over", "despite", "although",
        "though", "because", "instead", "even", "just", "only", "here", "thus", "indeed", "moreover",
        "neither", "either", "nor", "whether", "asked", "said", "says", "read", "watch", "more", "less",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "let", "do", "does", "did", "is", "was",
        "are", "were", "will", "would", "can", "could", "should", "has", "have", "had", "like",
        "until", "unlike", "among", "about", "into", "through", "without", "within", "well", "oh",
    ]

    static let placeHeadHashes = WordHash.set(placeHeads)
    static let thingHeadHashes = WordHash.set(thingHeads)
    /// Countries and cities together: every use asks whether a word or phrase names either.
    static let placeNameHashes = WordHash.set(countries.union(cities))
    static let organizationHashes = WordHash.set(organizations)
    static let organizationHeadHashes = WordHash.set(organizationHeads)
    static let particleHashes = WordHash.set(nameParticles)
    static let commonCapitalizedHashes = WordHash.set(commonCapitalized)
    /// Days and months, capitalized in prose but never joined to a name by `on` or `of`.
    static let calendarHashes = WordHash.set(Set(Lexicon.weekdays + Lexicon.months))
}
