import LedeAnalysis
import LedeArticles

/// Reads MEANTIME (NewsReader CAT XML): tokens with sentence numbers, then TIMEX3 markables
/// anchored on token ids. The creation-time markable gives the document date and is not scored.
public enum MeantimeReader {
    /// Sentences after this one (0 = headline, 1 = dateline) carry no annotation and are not scored.
    public static let lastAnnotatedSentence = 5

    public static func read(_ xml: String, name: String) -> TimexDocument? {
        var tokens: [(id: String, sentence: Int, text: String)] = []
        var timexes: [(attributes: [String: String], anchors: [String])] = []
        var i = xml.startIndex
        var current: (attributes: [String: String], anchors: [String])? = nil
        while let open = xml[i...].firstIndex(of: "<") {
            guard let close = xml[open...].firstIndex(of: ">") else { break }
            let inside = xml[xml.index(after: open)..<close]
            i = xml.index(after: close)
            if inside.hasPrefix("token ") {
                let attributes = XMLText.attributes(inside.dropFirst(6))
                guard let end = xml[i...].range(of: "</token>") else { break }
                tokens.append((attributes["t_id"] ?? "", Int(attributes["sentence"] ?? "") ?? 0, XMLText.decodeEntities(xml[i..<end.lowerBound])))
                i = end.upperBound
            } else if inside.hasPrefix("TIMEX3") {
                let selfClosing = inside.hasSuffix("/")
                let attributes = XMLText.attributes(inside.dropFirst(6))
                if !selfClosing { current = (attributes, []) }
            } else if inside.hasPrefix("token_anchor"), current != nil {
                if let id = XMLText.attributes(inside.dropFirst(12))["t_id"] { current!.anchors.append(id) }
            } else if inside.hasPrefix("/TIMEX3"), let done = current {
                timexes.append(done)
                current = nil
            }
        }
        guard !tokens.isEmpty else { return nil }
        // One paragraph a sentence, tokens joined by spaces.
        var paragraphs: [String] = []
        var tokenRange: [String: (paragraph: Int, range: Range<Int>)] = [:]
        var sentenceOfParagraph: [Int] = []
        var line = ""
        var lineLength = 0
        var sentence = tokens[0].sentence
        for token in tokens {
            if token.sentence != sentence {
                paragraphs.append(line)
                sentenceOfParagraph.append(sentence)
                line = ""
                lineLength = 0
                sentence = token.sentence
            }
            if lineLength > 0 { line += " "; lineLength += 1 }
            let count = token.text.unicodeScalars.count
            tokenRange[token.id] = (paragraphs.count, lineLength..<(lineLength + count))
            line += token.text
            lineLength += count
        }
        paragraphs.append(line)
        sentenceOfParagraph.append(sentence)

        var document = TimexDocument(name: name, paragraphs: paragraphs, documentDate: nil, gold: [])
        func span(_ anchors: [String]) -> Range<Int>? {
            let ranges = anchors.compactMap { tokenRange[$0] }.map { document.offsets[$0.paragraph] + $0.range.lowerBound..<document.offsets[$0.paragraph] + $0.range.upperBound }
            guard let lower = ranges.map(\.lowerBound).min(), let upper = ranges.map(\.upperBound).max() else { return nil }
            return lower..<upper
        }
        let joined = Array(paragraphs.joined(separator: "\n\n").unicodeScalars)
        for timex in timexes {
            guard let range = span(timex.anchors) else { continue }
            if timex.attributes["functionInDocument"] == "CREATION_TIME" {
                // A value not in ISO form ("03-02-2009") is read from the dateline as written.
                document.documentDate = XMLText.date(timex.attributes["value"])
                    ?? TemporalTagger.tag(text: String(String.UnicodeScalarView(joined[range])), documentDate: nil)
                        .lazy.compactMap { CalendarDate.parseISOPrefix($0.value) }.first
                document.excluded.append(range)
                continue
            }
            document.gold.append(.init(range: range, type: timex.attributes["type"] ?? "", value: timex.attributes["value"] ?? "",
                                       text: String(String.UnicodeScalarView(joined[range]))))
        }
        if let lastParagraph = sentenceOfParagraph.lastIndex(where: { $0 <= lastAnnotatedSentence }), lastParagraph + 1 < paragraphs.count {
            document.scoredLimit = document.offsets[lastParagraph + 1]
        }
        return document
    }
}
