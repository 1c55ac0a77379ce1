import Foundation

/// Normalizes text once, at load: Unicode NFC, one kind of line ending, plain spaces.
///
/// Curly quotes and apostrophes are kept as they are: they tell a quote from a scare quote
/// and an apostrophe from a closing mark, and analysis relies on that.
public enum TextNormalizer {
    /// Spaces that look like a space but are not U+0020.
    static let spaceLikeScalars: Set<Unicode.Scalar> = [
        "\u{00A0}", "\u{2007}", "\u{202F}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}",
        "\u{2004}", "\u{2005}", "\u{2006}", "\u{2008}", "\u{2009}", "\u{200A}", "\u{3000}",
    ]
    /// Scalars that carry nothing visible and only disturb matching.
    static let droppedScalars: Set<Unicode.Scalar> = ["\u{FEFF}", "\u{200B}", "\u{00AD}"]

    /// What a NUL character becomes: SQLite and every C string stop at NUL, so text after it
    /// would be stored but never found. U+FFFD keeps the place visible and splits the words.
    static let nulReplacement: Unicode.Scalar = "\u{FFFD}"

    /// How many NUL characters `text` holds (``normalize(_:)`` replaces each).
    public static func nulCount(_ text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
    }

    /// The text with line endings as `\n`, odd spaces as ` `, invisible scalars removed, NUL as
    /// U+FFFD, in NFC.
    public static func normalize(_ text: String) -> String {
        // Most text needs nothing: no CR, no odd spaces or invisible scalars, and only scalars
        // whose NFC quick-check is Yes (below U+0300, or common punctuation U+2010–U+205E
        // except the odd spaces). Check that without building anything.
        var needsWork = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 { if v == 0x0D || v == 0 { needsWork = true; break } else { continue } }
            if v < 0x300 && v != 0xA0 && v != 0xAD && v != 0x85 { continue }
            if v >= 0x2010 && v <= 0x205E && v != 0x2028 && v != 0x2029 && v != 0x202F { continue }
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousWasCR = true
                continue
            }
            defer { previousWasCR = false }
            if scalar == "\n" && previousWasCR { continue }
            if scalar == "\0" {
                out.append(nulReplacement)
            } else if spaceLikeScalars.contains(scalar) {
                out.append(" ")
            } else if scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{0085}" {
                out.append("\n")
            } else if !droppedScalars.contains(scalar) {
                out.append(scalar)
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// One paragraph: inner line breaks and runs of spaces become single spaces, ends trimmed.
    public static func collapseWhitespace(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\n" || character == "\t" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(character)
            }
        }
        return out
    }
}
