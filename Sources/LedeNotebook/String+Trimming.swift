extension String {
    /// Without the spaces and tabs around it (what `CharacterSet.whitespaces` trims), in the
    /// standard library: Foundation's trimming cost a short command a tenth of a millisecond.
    public func trimmingSpaces() -> String {
        func isSpace(_ c: Character) -> Bool {
            c == " " || c == "\t" || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator }
        }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
