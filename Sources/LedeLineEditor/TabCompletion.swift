/// What one press of Tab does to the line, decided without a terminal so it can be tested.
///
/// The completer's candidates replace the last whitespace-separated token left of the cursor.
enum TabCompletion: Equatable {
    /// Delete the token (`tokenLength` Unicode scalars, libedit's unit) and insert `text`.
    case replace(tokenLength: Int, with: String)
    /// Show the candidates below the line.
    case list([String])
    /// Nothing to do: ring the bell.
    case beep

    /// Decides the action for `lineBeforeCursor` given the completer's `candidates`;
    /// `repeated` is true when Tab was the last key and left the line as it is.
    static func decide(lineBeforeCursor: String, candidates: [String], repeated: Bool) -> TabCompletion {
        let token = lastToken(of: lineBeforeCursor)
        let tokenLength = token.unicodeScalars.count
        switch candidates.count {
        case 0:
            return .beep
        case 1:
            let only = candidates[0]
            return .replace(tokenLength: tokenLength, with: only.hasSuffix("/") ? only : only + " ")
        default:
            let prefix = longestCommonPrefix(candidates)
            // A prefix shorter than what was typed would delete the user's text; one as long
            // but different (case) is taken, so completers may match case-insensitively.
            if prefix.count >= token.count, prefix != token {
                return .replace(tokenLength: tokenLength, with: prefix)
            }
            return repeated ? .list(candidates) : .beep
        }
    }

    /// The text after the last space or tab, or, while a double quote is open, after the last
    /// one before the quote (`load "my no` → `"my no`): what the candidates replace.
    static func lastToken(of line: String) -> Substring {
        var searchEnd = line.endIndex
        if line.filter({ $0 == "\"" }).count % 2 == 1, let open = line.lastIndex(of: "\"") {
            searchEnd = open
        }
        guard let space = line[..<searchEnd].lastIndex(where: { $0 == " " || $0 == "\t" }) else { return line[...] }
        return line[line.index(after: space)...]
    }

    static func longestCommonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map(Array.init) else { return "" }
        for string in strings.dropFirst() {
            let characters = Array(string)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length] {
                length += 1
            }
            prefix.removeSubrange(length...)
        }
        return String(prefix)
    }

    /// The line left of the cursor once `self` is applied (used to recognise a second Tab).
    func applied(to lineBeforeCursor: String) -> String {
        guard case .replace(_, let text) = self else { return lineBeforeCursor }
        let token = TabCompletion.lastToken(of: lineBeforeCursor)
        return String(lineBeforeCursor[..<token.startIndex]) + text
    }
}
