import LedeQuery
import LedeStore

/// `.workspace`: where the workspace is and how many articles it holds; `.workspace sizes`
/// adds what each part of it takes on disk.
enum WorkspaceCommand: DotCommand {
    static let info = DotCommandInfo(
        name: ".workspace", syntax: ".workspace [sizes]", summary: "where the workspace is and how many articles it holds; sizes: what each part takes")
    static let sizesArgument = "sizes"
    static let bytesPerMB = 1_000_000.0
    /// Digits of the widest share, `100`.
    static let percentWidth = 3

    static func run(_ argument: String, in session: Session, location: String?) -> Session.Outcome {
        let store = session.evaluator.store
        let wantsSizes = argument.lowercased() == sizesArgument
        guard argument.isEmpty || wantsSizes else {
            return session.failure(".workspace takes nothing or \(sizesArgument), not \(QueryError.quoted(argument))", location: location)
        }
        guard store.exists else { return Session.Outcome(output: "\(store.location): not created yet (the first load creates it)\n") }
        do {
            var output = "\(store.location): \(Noun.article.counted(try store.articleCount()))\n"
            if wantsSizes { output += sizes(try store.storageUse()) }
            return Session.Outcome(output: output)
        } catch {
            return session.failure(error.localizedDescription, location: location)
        }
    }

    /// A column of parts, their size in MB and their share of the whole, then the total.
    static func sizes(_ parts: [StorageUse]) -> String {
        let total = parts.reduce(0) { $0 + $1.bytes }
        let labelWidth = max(parts.map(\.part.count).max() ?? 0, "total".count)
        func megabytes(_ bytes: Int64) -> String { OneDecimal.text(Double(bytes) / bytesPerMB) }
        let numberWidth = megabytes(total).count
        func line(_ label: String, _ bytes: Int64, share: String) -> String {
            let number = megabytes(bytes)
            return "  " + label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: max(0, numberWidth - number.count)) + number + " MB" + share + "\n"
        }
        var out = ""
        for part in parts {
            let percent = total > 0 ? Int((Double(part.bytes) * 100 / Double(total)).rounded()) : 0
            out += line(part.part, part.bytes, share: "  " + String(repeating: " ", count: max(0, percentWidth - String(percent).count)) + "\(percent)%")
        }
        return out + line("total", total, share: "")
    }
}
