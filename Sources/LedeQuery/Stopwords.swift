/// Words too common to say anything about what a text is about; left out of distinctive
/// words and similarity.
enum Stopwords {
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less", "like", "made", "make",
        "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "new", "no", "nor", "not", "now",
        "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "per", "said", "same", "say", "says", "she", "should", "since", "so", "some", "still", "such", "than", "that",
        "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
        "to", "too", "two", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
        "yours", "yourself", "according", "told", "year", "years", "three", "first", "second", "another", "around",
        "well", "way", "get", "got", "take", "took", "back", "reported", "reports",
    ]

    /// Whether a folded word is worth counting: not a stopword, not a number, three letters or more.
    static func isContentWord(_ word: String) -> Bool {
        word.count >= 3 && !english.contains(word) && !word.allSatisfy(\.isNumber)
    }
}
