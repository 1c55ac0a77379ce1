import Foundation
import LedeTestSupport
import LedeArticles

/// What the generated corpus holds, kept beside it so that a later run can reuse the file.
struct CorpusStats: Codable, Equatable {
    static let generatorVersion = 2

    var version = generatorVersion
    var articles = 0
    var seeds = 0
    var originals = 0
    var synthetic = 0
    /// UTF-8 bytes of title and body text (what is indexed), not of the JSON around it.
    var textBytes = 0
    var words = 0
    var jsonBytes = 0

    var textMB: Double { Double(textBytes) / 1_000_000 }
}

/// Builds the benchmark corpus as JSON Lines: the seeds, the Chronicling America articles, then
/// articles recombined from their paragraphs (shifted dates, swapped names) up to the size asked.
/// The same inputs and size give the same bytes.
struct CorpusBuilder {
    static let seed: UInt64 = 0x1ED_E191_6BE7C4
    let chronamPath: String
    let seedsDirectory: String?
    let workDirectory: String

    struct Source {
        var title: String
        var date: CalendarDate?
        var source: String
        var paragraphs: Range<Int>
        var textBytes: Int
    }

    /// The corpus for `count` articles: `(jsonl, ascii, stats)`; the ASCII file (unit separator
    /// between title and body, record separator after each article) is what the sqlite3 shell imports.
    func build(count: Int, log: (String) -> Void) throws -> (jsonl: String, ascii: String, stats: CorpusStats) {
        let jsonl = workDirectory + "/corpus-\(count).jsonl"
        let ascii = workDirectory + "/corpus-\(count).ascii"
        let statsPath = workDirectory + "/corpus-\(count).stats.json"
        if let data = FileManager.default.contents(atPath: statsPath),
           let stats = try? JSONDecoder().decode(CorpusStats.self, from: data),
           stats.version == CorpusStats.generatorVersion,
           FileManager.default.fileExists(atPath: jsonl), FileManager.default.fileExists(atPath: ascii) {
            log("corpus: reusing \(jsonl)")
            return (jsonl, ascii, stats)
        }
        var stats = CorpusStats()
        let out = try Writer(path: jsonl + ".tmp")
        let asciiOut = try Writer(path: ascii + ".tmp")
        func emit(title: String, date: CalendarDate?, source: String?, url: String?, text: String) throws {
            var fields: [(String, String)] = [("title", title)]
            if let date { fields.append(("date", date.iso)) }
            if let source { fields.append(("source", source)) }
            if let url { fields.append(("url", url)) }
            fields.append(("text", text))
            try out.writeJSONObject(fields)
            try asciiOut.writeASCIIRecord(title, text)
            stats.articles += 1
            stats.textBytes += title.utf8.count + text.utf8.count
            stats.words += WordCounter.count(title) + WordCounter.count(text)
        }

        // 1. The seeds: real articles with real quotes, so who-said has something to find.
        if let seedsDirectory {
            let loader = ArticleLoader(baseDirectory: workDirectory, seedsDirectory: seedsDirectory)
            var seeds: [Article] = []
            try loader.load("seeds") { event in
                if case .article(let article) = event { seeds.append(article) }
            }
            for article in seeds where stats.articles < count {
                try emit(title: article.title, date: article.date, source: article.source, url: article.url,
                         text: article.paragraphs.joined(separator: "\n\n"))
                stats.seeds += 1
            }
        }

        // 2. The Chronicling America articles as they are.
        log("corpus: reading \(chronamPath)")
        let raw = workDirectory + "/chronam-1916-jan-feb.jsonl"
        if !FileManager.default.fileExists(atPath: raw) {
            let run = try Spawn.run(["gzip", "-dc", chronamPath], stdout: raw + ".tmp")
            guard run.status == 0 else { throw Spawn.Failure(description: "gzip -dc \(chronamPath) failed") }
            try FileManager.default.moveItem(atPath: raw + ".tmp", toPath: raw)
        }
        guard let data = FileManager.default.contents(atPath: raw) else {
            throw Spawn.Failure(description: "cannot read \(raw)")
        }
        var sources: [Source] = []
        var pool: [String] = []
        var names: [String: Int] = [:]
        var lowercase: [String: Int] = [:]
        var lineStart = data.startIndex
        while lineStart < data.endIndex {
            let lineEnd = data[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            defer { lineStart = lineEnd < data.endIndex ? data.index(after: lineEnd) : data.endIndex }
            guard lineEnd > lineStart,
                  let object = try? JSONSerialization.jsonObject(with: data[lineStart..<lineEnd]) as? [String: Any],
                  let text = object["text"] as? String else { continue }
            let title = object["title"] as? String ?? ""
            let date = (object["date"] as? String).flatMap(CalendarDate.parseISOPrefix)
            let source = object["source"] as? String ?? ""
            if stats.articles < count {
                try emit(title: title, date: date, source: source, url: object["url"] as? String, text: text)
                stats.originals += 1
            }
            let paragraphs = text.components(separatedBy: "\n\n").filter { WordCounter.count($0) >= 3 }
            guard !paragraphs.isEmpty else { continue }
            let first = pool.count
            pool += paragraphs
            sources.append(Source(title: title, date: date, source: source, paragraphs: first..<pool.count, textBytes: text.utf8.count))
            for paragraph in paragraphs { Self.collectNames(paragraph, into: &names, lowercase: &lowercase) }
        }

        // 3. Recombined articles: paragraphs of several source articles, names swapped, dates shifted.
        // A surname is seen after honorifics several times and is not a common word written in
        // lower case (which rules out OCR noise such as "Mr. The").
        let namePool = names.filter { name, seen in
            seen >= 5 && (lowercase[name.lowercased()] ?? 0) * 4 < seen && !Self.notNames.contains(name)
        }.keys.sorted()
        let nameSet = Set(namePool)
        var rng = SplitMix64(seed: Self.seed)
        var serial = 0
        if stats.articles < count { log("corpus: recombining \(count - stats.articles) articles from \(pool.count) paragraphs, \(namePool.count) names") }
        while stats.articles < count, !sources.isEmpty, namePool.count > 1 {
            serial += 1
            let base = sources[Int.random(in: 0..<sources.count, using: &rng)]
            let targetBytes = max(300, sources[Int.random(in: 0..<sources.count, using: &rng)].textBytes)
            let shift = Int.random(in: 1...3650, using: &rng) * (Bool.random(using: &rng) ? 1 : -1)
            let date = (base.date ?? CalendarDate(year: 1916, month: 1, day: 1)!).adding(days: shift)
            var swap: [String: String] = [:]
            var paragraphs: [String] = []
            var bytes = 0
            var lastSource = -1
            while (bytes < targetBytes || paragraphs.count < 2) && paragraphs.count < 40 {
                var pick = Int.random(in: 0..<sources.count, using: &rng)
                if pick == lastSource { pick = (pick + 1) % sources.count }
                lastSource = pick
                let range = sources[pick].paragraphs
                let original = pool[range.lowerBound + Int.random(in: 0..<range.count, using: &rng)]
                let rewritten = Self.rewrite(original, names: nameSet, swap: &swap, pool: namePool, year: date.year, rng: &rng)
                paragraphs.append(rewritten)
                bytes += rewritten.utf8.count
            }
            let titleWords = paragraphs[0].split(separator: " ").prefix(8).joined(separator: " ")
            try emit(title: String(titleWords.prefix(80)), date: date, source: base.source,
                     url: "https://bench.lede.invalid/recombined/\(serial)", text: paragraphs.joined(separator: "\n\n"))
            stats.synthetic += 1
        }
        try out.close()
        try asciiOut.close()
        stats.jsonBytes = (try FileManager.default.attributesOfItem(atPath: jsonl + ".tmp")[.size] as? NSNumber)?.intValue ?? 0
        for path in [jsonl, ascii] {
            try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.moveItem(atPath: path + ".tmp", toPath: path)
        }
        try JSONEncoder().encode(stats).write(to: URL(fileURLWithPath: statsPath))
        return (jsonl, ascii, stats)
    }

    static let honorifics: Set<String> = [
        "Mr", "Mrs", "Miss", "Dr", "Gen", "General", "Col", "Colonel", "Capt", "Captain", "Judge", "Senator",
        "Governor", "Gov", "President", "Secretary", "Rev", "Mayor", "Sen", "Representative", "Major", "Admiral",
    ]

    static let notNames: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    /// Counts capitalised words that follow an honorific (`Mr. Bryan`, `Senator Lodge`), the
    /// surnames to swap, and every lower-case word, to tell names from common words.
    static func collectNames(_ text: String, into names: inout [String: Int], lowercase: inout [String: Int]) {
        var previous: Substring = ""
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let word = token.drop(while: { !$0.isLetter }).prefix(while: { $0.isLetter })
            if let first = word.first, first.isLowercase { lowercase[String(word), default: 0] += 1 }
            if honorifics.contains(String(previous)), word.count >= 3, word.first!.isUppercase,
               word.dropFirst().allSatisfy({ $0.isLowercase && $0.isASCII }) {
                names[String(word), default: 0] += 1
            }
            previous = word
        }
    }

    /// The paragraph with each known surname replaced (consistently within one article) and the
    /// years 1916/1915 moved to the article's new year.
    static func rewrite(_ text: String, names: Set<String>, swap: inout [String: String], pool: [String],
                        year: Int, rng: inout SplitMix64) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        let bytes = Array(text.utf8)
        var i = 0
        let isUpper = { (b: UInt8) in b >= 0x41 && b <= 0x5A }
        let isLetter = { (b: UInt8) in (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        while i < bytes.count {
            let b = bytes[i]
            let startsWord = i == 0 || !(isLetter(bytes[i - 1]) || isDigit(bytes[i - 1]))
            if startsWord && isUpper(b) {
                var j = i + 1
                while j < bytes.count, isLetter(bytes[j]) { j += 1 }
                let word = String(decoding: bytes[i..<j], as: UTF8.self)
                if names.contains(word) {
                    let replacement = swap[word] ?? {
                        let pick = pool[Int.random(in: 0..<pool.count, using: &rng)]
                        swap[word] = pick
                        return pick
                    }()
                    out += Array(replacement.utf8)
                } else {
                    out += bytes[i..<j]
                }
                i = j
                continue
            }
            if startsWord && isDigit(b) {
                var j = i
                while j < bytes.count, isDigit(bytes[j]) { j += 1 }
                if j - i == 4, j == bytes.count || !isLetter(bytes[j]) {
                    let number = Int(String(decoding: bytes[i..<j], as: UTF8.self)) ?? 0
                    if number == 1916 || number == 1915 {
                        out += Array(String(year - (1916 - number)).utf8)
                        i = j
                        continue
                    }
                }
                out += bytes[i..<j]
                i = j
                continue
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Buffered output for the corpus files.
final class Writer {
    let handle: FileHandle
    var buffer: [UInt8] = []

    init(path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw Spawn.Failure(description: "cannot write \(path)")
        }
        self.handle = handle
        buffer.reserveCapacity(1 << 22)
    }

    func writeJSONObject(_ fields: [(String, String)]) throws {
        buffer.append(UInt8(ascii: "{"))
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            appendJSONString(key)
            buffer.append(UInt8(ascii: ":"))
            appendJSONString(value)
        }
        buffer += Array("}\n".utf8)
        try flushIfFull()
    }

    func appendJSONString(_ text: String) {
        let hex = Array("0123456789abcdef".utf8)
        buffer.append(UInt8(ascii: "\""))
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "\""): buffer += [0x5C, 0x22]
            case UInt8(ascii: "\\"): buffer += [0x5C, 0x5C]
            case 0x0A: buffer += [0x5C, UInt8(ascii: "n")]
            case 0x0D: buffer += [0x5C, UInt8(ascii: "r")]
            case 0x09: buffer += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: buffer += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: buffer.append(b)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Title, unit separator, body, record separator; separators inside the text become spaces.
    func writeASCIIRecord(_ title: String, _ body: String) throws {
        for b in title.utf8 { buffer.append(b == 0x1E || b == 0x1F ? 0x20 : b) }
        buffer.append(0x1F)
        for b in body.utf8 { buffer.append(b == 0x1E || b == 0x1F ? 0x20 : b) }
        buffer.append(0x1E)
        try flushIfFull()
    }

    func flushIfFull() throws {
        if buffer.count >= 1 << 22 { try flush() }
    }

    func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        try handle.close()
    }
}
