/// Lays completion candidates out in columns, filled top to bottom like `ls` and readline.
enum CandidateColumns {
    /// Beyond this many candidates only the first ones are shown, then a count of the rest.
    static let shownLimit = 100

    /// The lines to print for `candidates` on a terminal `width` columns wide.
    static func lines(for candidates: [String], width: Int) -> [String] {
        let shown = Array(candidates.prefix(shownLimit))
        guard !shown.isEmpty else { return [] }
        let cellWidth = (shown.map(\.count).max() ?? 0) + 2
        let columns = max(1, min(shown.count, max(width, 1) / cellWidth))
        let rows = (shown.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < shown.count else { break }
                let cell = shown[index]
                let isLast = column == columns - 1 || index + rows >= shown.count
                line += isLast ? cell : cell + String(repeating: " ", count: cellWidth - cell.count)
            }
            lines.append(line)
        }
        if candidates.count > shown.count {
            lines.append("… and \(candidates.count - shown.count) more")
        }
        return lines
    }
}
