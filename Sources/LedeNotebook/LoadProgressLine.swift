import LedeQuery

/// The text of a `load`'s progress line: `load feed.jsonl.gz: 0/1 files, 12,345 articles,
/// 410 articles/s, 37%, about 1 min 23 s left`. Cut to the width, so that it never wraps
/// (a wrapped line could not be redrawn in place).
public enum LoadProgressLine {
    /// Seconds read before a rate or a time left is worth showing.
    static let settlingSeconds = 0.5

    public static func text(for status: LoadStatus, elapsed: Duration, width: Int) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let position = status.position
        var parts = [
            "\(position.filesDone)/\(position.fileCount) \(position.fileCount == 1 ? "file" : "files")",
            "\(grouped(status.articlesRead)) \(status.articlesRead == 1 ? "article" : "articles")",
        ]
        if seconds >= settlingSeconds {
            parts.append("\(grouped(Int((Double(status.articlesRead) / seconds).rounded()))) articles/s")
        }
        if position.byteCount > 0, position.bytesRead > 0 {
            let done = Double(position.bytesRead) / Double(position.byteCount)
            parts.append("\(Int((done * 100).rounded(.down)))%")
            if seconds >= settlingSeconds, done < 1 {
                parts.append("about \(duration(seconds * (1 - done) / done)) left")
            }
        }
        let line = "load \(status.target): " + parts.joined(separator: ", ")
        return TextWrap.cut(line, width: width)
    }

    /// `12,345`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }

    /// `45 s`, `3 min 05 s`, `1 h 02 min`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(twoDigits(whole % 60)) s" }
        return "\(whole / 3600) h \(twoDigits(whole % 3600 / 60)) min"
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
