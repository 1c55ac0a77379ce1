/// The output modes of `--format` and `.mode`, named as sqlite's shell names them.
public enum OutputMode: String, CaseIterable, Sendable {
    case table, plain, json, jsonl, csv, markdown

    /// Machine modes print only data on stdout; titles and summaries go to stderr.
    public var isMachineReadable: Bool { self == .json || self == .jsonl || self == .csv }
}

/// How text may be drawn: decided once from the terminal and the environment.
public struct TextStyle: Sendable, Equatable {
    /// Columns available; recorded sessions always use `TextStyle.recorded.width`.
    public var width: Int
    public var colour: Bool
    /// Box-drawing characters around tables (terminals only).
    public var boxes: Bool

    public init(width: Int, colour: Bool, boxes: Bool) {
        self.width = width
        self.colour = colour
        self.boxes = boxes
    }

    /// The style of every output a session records: the same on every machine.
    public static let recorded = TextStyle(width: 100, colour: false, boxes: false)
}
