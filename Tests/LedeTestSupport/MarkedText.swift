/// A query with `1️⃣` marking where an error must point, so tests need not count columns.
public struct MarkedText {
    public var text: String
    /// Character offset of the marker in `text` once the marker is removed.
    public var marker: Int?

    public init(_ marked: String) {
        var text = ""
        var marker: Int?
        for character in marked {
            if character == "1️⃣" { marker = text.count } else { text.append(character) }
        }
        self.text = text
        self.marker = marker
    }
}
