/// Where a command's drawn text goes: written out in pieces of `flushSize` (the terminal sees
/// rows as they are read, without a system call per row) to one or more destinations.
public final class TextSink: TextOutputStream {
    static let flushSize = 64 << 10
    private var buffer = ""
    private let destinations: [(String) -> Void]

    public init(_ destinations: [(String) -> Void]) {
        self.destinations = destinations
    }

    public func write(_ string: String) {
        buffer += string
        if buffer.utf8.count >= Self.flushSize { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        for destination in destinations { destination(buffer) }
        buffer = ""
    }
}
