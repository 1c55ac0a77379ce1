import LedeStore

/// An article's words as the server keeps them: a `tsvector` for the GIN index to find
/// candidates by, and, for the words a `tsvector` cannot hold whole, their exact places.
struct ArticleVector: Sendable {
    /// The `tsvector`'s text: each word quoted, with its places (title words weighted A).
    var text: String
    /// Words whose places the `tsvector` cuts short or moves, kept exactly beside it.
    var exact: [ExactPlaces]
}

/// A word of an article and all its places, encoded by `TextVector.encoded`.
struct ExactPlaces: Sendable, Equatable {
    var word: String
    var places: [Int]
}

/// How an article's words and places become `tsvector` text and come back from it.
///
/// A `tsvector` keeps places only up to 16,383 and at most 256 of one word, and refuses a word
/// of more than 2,046 bytes. Where an article goes past any of these (a long article, a word
/// used hundreds of times, a long run of letters), the word is shortened or its places cut in
/// the `tsvector`, the article is marked, and the word's exact places are kept beside it: the
/// index then only finds candidates, and the check reads the exact places.
enum TextVector {
    /// The largest place a `tsvector` keeps; later places are stored as this one.
    static let lastPlace = 16_383
    /// The most places a `tsvector` keeps of one word.
    static let placesPerWord = 256
    /// The longest word a `tsvector` takes, in bytes.
    static let longestWord = 2_046

    /// `word` as the index holds it: cut to `longestWord` bytes at a character boundary.
    static func lexeme(_ word: String) -> String {
        guard word.utf8.count > longestWord else { return word }
        var kept = String.UnicodeScalarView()
        var bytes = 0
        for scalar in word.unicodeScalars {
            let size = String(scalar).utf8.count
            guard bytes + size <= longestWord else { break }
            kept.append(scalar)
            bytes += size
        }
        return String(kept)
    }

    /// Where a place stands in the `tsvector`: title words at 1 … title length, body words after
    /// a gap of one, so that no phrase runs from the title into the body.
    static func vectorPlace(_ place: IndexWords.Place, titleWords: Int) -> Int {
        place.column == .title ? place.position + 1 : titleWords + 2 + place.position
    }

    static func ofArticle(_ words: IndexWords.OfArticle) -> ArticleVector {
        var text = ""
        var exact: [ExactPlaces] = []
        for (word, places) in words.places.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            let lexeme = lexeme(word)
            let vectorPlaces = places.map { vectorPlace($0, titleWords: words.titleCount) }
            if lexeme != word || places.count > placesPerWord || (vectorPlaces.last ?? 0) > lastPlace {
                exact.append(ExactPlaces(word: word, places: places.map(encoded)))
            }
            if !text.isEmpty { text.append(" ") }
            text += quoted(lexeme) + ":"
            text += zip(places, vectorPlaces).map { place, number in
                String(min(number, lastPlace)) + (place.column == .title ? "A" : "")
            }.joined(separator: ",")
        }
        return ArticleVector(text: text, exact: exact)
    }

    /// A sentence's words as `tsvector` text (places 1, 2 …).
    static func ofSequence(_ words: [String]) -> String {
        var places: [String: [Int]] = [:]
        for (index, word) in words.enumerated() { places[lexeme(word), default: []].append(min(index + 1, lastPlace)) }
        return places.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { quoted($0.key) + ":" + $0.value.prefix(placesPerWord).map(String.init).joined(separator: ",") }
            .joined(separator: " ")
    }

    /// A place as one number for the exact places: the place in its column, doubled, plus one
    /// for the body.
    static func encoded(_ place: IndexWords.Place) -> Int {
        place.position * 2 + (place.column == .body ? 1 : 0)
    }

    static func decoded(_ number: Int) -> IndexWords.Place {
        IndexWords.Place(column: number % 2 == 1 ? .body : .title, position: number / 2)
    }

    /// The places in a `tsvector`'s text (`'war':4B,93B 'peace':12B`), each back in its column.
    static func places(_ text: String, titleWords: Int) -> [String: [IndexWords.Place]] {
        var result: [String: [IndexWords.Place]] = [:]
        var scalars = text.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "'") {
            // The word, with '' standing for a quote and a backslash escaping the next character.
            var word = String.UnicodeScalarView()
            var index = scalars.index(after: open)
            while index < scalars.endIndex {
                let scalar = scalars[index]
                if scalar == "'" {
                    let next = scalars.index(after: index)
                    if next < scalars.endIndex, scalars[next] == "'" {
                        word.append("'")
                        index = scalars.index(after: next)
                        continue
                    }
                    index = next
                    break
                }
                if scalar == "\\" { index = scalars.index(after: index) }
                if index < scalars.endIndex { word.append(scalars[index]) }
                index = scalars.index(after: index)
            }
            var places: [IndexWords.Place] = []
            if index < scalars.endIndex, scalars[index] == ":" {
                index = scalars.index(after: index)
                var number = 0
                func flush() {
                    places.append(number <= titleWords
                        ? IndexWords.Place(column: .title, position: number - 1)
                        : IndexWords.Place(column: .body, position: number - titleWords - 2))
                    number = 0
                }
                while index < scalars.endIndex, scalars[index] != " " {
                    let scalar = scalars[index]
                    if scalar.value >= 0x30 && scalar.value <= 0x39 {
                        number = number * 10 + Int(scalar.value - 0x30)
                    } else if scalar == "," {
                        flush()
                    }
                    index = scalars.index(after: index)
                }
                flush()
            }
            result[String(word)] = places
            scalars = scalars[index...]
        }
        return result
    }

    static func quoted(_ word: String) -> String {
        var text = "'"
        for scalar in word.unicodeScalars {
            if scalar == "'" || scalar == "\\" { text.unicodeScalars.append(scalar) }
            text.unicodeScalars.append(scalar)
        }
        return text + "'"
    }
}
