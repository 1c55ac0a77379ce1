/// The queries the benchmark times: varied terms that occur in 1916 newspapers, so that each
/// class is measured over many posting lists of different lengths, not one cached answer.
enum QueryPlan {
    static let words = [
        "war", "president", "germany", "congress", "mexico", "villa", "railroad", "cotton", "snow", "fire",
        "court", "bank", "school", "church", "submarine", "election", "senator", "police", "wheat", "automobile",
    ]
    static let phrases = [
        "\"united states\"", "\"new york\"", "\"president wilson\"", "\"supreme court\"", "\"red cross\"",
        "\"high school\"", "\"city council\"", "\"secretary lansing\"", "\"national guard\"", "\"county court\"",
    ]
    static let booleans = [
        "germany and not submarine", "(villa or carranza) and border", "war or peace", "senate -house",
        "cotton wheat", "fire and (church or school)", "mexico not villa", "(bank or railroad) and strike",
        "election or primary", "police and not fire",
    ]
    static let nears = [
        "wilson near/5 congress", "villa near/10 border", "german near/5 submarine", "cotton near/3 price",
        "fire near/5 school", "senator near/3 bill", "mexican near/5 bandits", "bank near/5 deposits",
        "war near/10 europe", "railroad near/5 strike",
    ]
    /// Speakers tried for who-said/timeline/compare when the workspace names none (quote
    /// extraction not in place yet): prominent names of January–February 1916.
    static let fallbackNames = ["Wilson", "Lansing", "Villa", "Carranza", "Roosevelt", "Bryan", "Garrison", "Lodge"]
    static let compareTerms = [("\"war\"", "\"peace\""), ("\"cotton\"", "\"wheat\""), ("\"villa\"", "\"carranza\"")]
}
