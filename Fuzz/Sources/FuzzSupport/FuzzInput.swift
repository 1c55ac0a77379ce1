import LedeNotebook

/// What libFuzzer hands a target, and how a target reads it.
public enum FuzzInput {
    public static func bytes(_ data: UnsafeRawPointer, _ size: Int) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: data, count: size))
    }

    /// UTF-8 with invalid sequences replaced, as `lede` reads a line or a script.
    public static func text(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The styles a terminal can ask for: recorded (width 100, plain), a colour terminal with
    /// boxes, a narrow one, and a very narrow one with NO_COLOR.
    static let styles: [TextStyle] = [
        .recorded,
        TextStyle(width: 80, colour: true, boxes: true),
        TextStyle(width: 24, colour: true, boxes: true),
        TextStyle(width: 8, colour: false, boxes: false),
    ]

    /// A leading byte below 24 picks the output mode (byte % 6) and the text style (byte / 6)
    /// and is dropped; any other input runs in table mode, recorded style. Query lines never
    /// start with such a control byte, so plain corpus entries stay readable.
    public static func presentation(_ bytes: [UInt8]) -> (mode: OutputMode, style: TextStyle, rest: ArraySlice<UInt8>) {
        guard let first = bytes.first, Int(first) < OutputMode.allCases.count * styles.count else {
            return (.table, .recorded, bytes[...])
        }
        let modes = OutputMode.allCases
        return (modes[Int(first) % modes.count], styles[Int(first) / modes.count], bytes.dropFirst())
    }
}
