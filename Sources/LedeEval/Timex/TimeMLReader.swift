/// Reads TempEval-3 TimeML: `<DCT>` holds the creation time, `<TEXT>` the article with inline `<TIMEX3>`.
public enum TimeMLReader {
    public static func read(_ xml: String, name: String) -> TimexDocument? {
        guard let textStart = xml.range(of: "<TEXT>"), let textEnd = xml.range(of: "</TEXT>", range: textStart.upperBound..<xml.endIndex) else { return nil }
        var dct: String? = nil
        if let d = xml.range(of: "<DCT>"), let tag = xml.range(of: "<TIMEX3", range: d.upperBound..<xml.endIndex),
           let close = xml.range(of: ">", range: tag.upperBound..<xml.endIndex) {
            dct = XMLText.attributes(xml[tag.upperBound..<close.lowerBound])["value"]
        }
        // Strip the tags, keeping scalar offsets of each TIMEX3.
        let body = xml[textStart.upperBound..<textEnd.lowerBound]
        var text = ""
        var length = 0
        var open: [(start: Int, attributes: [String: String])] = []
        var gold: [(Range<Int>, [String: String])] = []
        var i = body.startIndex
        while i < body.endIndex {
            if body[i] == "<", let close = body[i...].firstIndex(of: ">") {
                let inside = body[body.index(after: i)..<close]
                if inside.hasPrefix("TIMEX3") {
                    open.append((length, XMLText.attributes(inside.dropFirst(6))))
                } else if inside.hasPrefix("/TIMEX3"), let top = open.popLast() {
                    gold.append((top.start..<length, top.attributes))
                }
                i = body.index(after: close)
                continue
            }
            let next = body[i...].firstIndex(of: "<") ?? body.endIndex
            let piece = XMLText.decodeEntities(body[i..<next])
            text += piece
            length += piece.unicodeScalars.count
            i = next
        }
        // Paragraphs: blank lines; single newlines become spaces (same length, offsets kept).
        let scalars = Array(text.unicodeScalars)
        var paragraphs: [String] = []
        var starts: [Int] = []
        var k = 0
        while k < scalars.count {
            while k < scalars.count, scalars[k] == "\n" || scalars[k] == " " { k += 1 }
            guard k < scalars.count else { break }
            let start = k
            while k < scalars.count, !(scalars[k] == "\n" && isBlankLineAhead(scalars, k)) { k += 1 }
            var end = k
            while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\n" { end -= 1 }
            var piece = String.UnicodeScalarView()
            for s in scalars[start..<end] { piece.append(s == "\n" || s == "\t" ? " " : s) }
            paragraphs.append(String(piece))
            starts.append(start)
        }
        var document = TimexDocument(name: name, paragraphs: paragraphs, documentDate: XMLText.date(dct), gold: [])

        // Map gold offsets from the stripped text to the joined paragraphs.
        document.gold = gold.compactMap { range, attributes in
            guard let p = starts.lastIndex(where: { $0 <= range.lowerBound }) else { return nil }
            let lower = document.offsets[p] + range.lowerBound - starts[p]
            let upper = lower + range.count
            return TimexDocument.Gold(range: lower..<upper, type: attributes["type"] ?? "", value: attributes["value"] ?? "",
                                      text: String(String.UnicodeScalarView(scalars[range])))
        }
        // Where the annotators left the dateline unmarked, it is the creation time restated: not scored.
        if let dateline = datelineLength(paragraphs.first), !document.gold.contains(where: { $0.range.lowerBound < dateline }) {
            document.excluded.append(0..<dateline)
        }
        return document
    }

    /// "WASHINGTON, August 11 (Xinhua) --": a dateline, in capitals up to the comma, ending at the agency's
    /// parenthesis. It restates the creation date, which is not scored.
    static func datelineLength(_ paragraph: String?) -> Int? {
        guard let paragraph else { return nil }
        let scalars = Array(paragraph.unicodeScalars.prefix(80))
        guard let comma = scalars.firstIndex(of: ","), comma > 1,
              scalars[..<comma].allSatisfy({ $0.properties.isUppercase || $0 == " " || $0 == "." || $0 == "-" }),
              let paren = scalars[comma...].firstIndex(of: "(") else { return nil }
        return paren
    }

    private static func isBlankLineAhead(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        var j = k + 1
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        return j >= s.count || s[j] == "\n"
    }
}
