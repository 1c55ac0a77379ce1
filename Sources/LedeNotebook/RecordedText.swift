import Foundation
import Synchronization

/// The output of one command as a session records it, for `.save` and checked replay. Small
/// outputs stay in memory; past `memoryLimit` the text moves to a temporary file that no
/// folder lists (it is unlinked as soon as it is made), so a million quotes recorded cost
/// disk, not memory, and vanish with the process.
public final class RecordedText: Sendable, Equatable, CustomStringConvertible {
    /// Bytes kept in memory before the record moves to a file.
    public static let memoryLimit = 4 << 20

    private enum Storage {
        case memory(String)
        case file(FileHandle, bytes: Int)
    }

    private let storage: Mutex<Storage>

    public init(_ text: String = "") {
        storage = Mutex(.memory(text))
    }

    public func append(_ text: String) {
        storage.withLock { storage in
            switch storage {
            case .memory(var held):
                held += text
                if held.utf8.count > Self.memoryLimit, let handle = Self.spoolFile() {
                    handle.write(Data(held.utf8))
                    storage = .file(handle, bytes: held.utf8.count)
                } else {
                    storage = .memory(held)
                }
            case .file(let handle, let bytes):
                handle.write(Data(text.utf8))
                storage = .file(handle, bytes: bytes + text.utf8.count)
            }
        }
    }

    /// Calls `body` with the text in pieces of at most about a megabyte, in order.
    public func forEachPiece(_ body: (String) throws -> Void) rethrows {
        try storage.withLock { storage in
            switch storage {
            case .memory(let held):
                try body(held)
            case .file(let handle, let bytes):
                try? handle.seek(toOffset: 0)
                var left = bytes
                var carry = Data()
                while left > 0 {
                    var data = carry + ((try? handle.read(upToCount: min(left, 1 << 20))) ?? Data())
                    guard data.count > carry.count else { break }
                    left -= data.count - carry.count
                    // Never cut a UTF-8 sequence in two: an incomplete last one waits for the next piece.
                    let cut = Self.completeLength(data)
                    carry = Data(data.suffix(from: data.startIndex + cut))
                    data = Data(data.prefix(cut))
                    try body(String(decoding: data, as: UTF8.self))
                }
                if !carry.isEmpty { try body(String(decoding: carry, as: UTF8.self)) }
                _ = try? handle.seekToEnd()
            }
        }
    }

    /// The whole text (for comparisons and tests; `forEachPiece` for saving).
    public var text: String {
        var whole = ""
        forEachPiece { whole += $0 }
        return whole
    }

    public var description: String { text }

    public static func == (a: RecordedText, b: RecordedText) -> Bool { a === b || a.text == b.text }

    /// How many leading bytes of `data` end on a whole UTF-8 sequence.
    static func completeLength(_ data: Data) -> Int {
        let bytes = Array(data.suffix(4))
        guard let lead = bytes.lastIndex(where: { $0 & 0xC0 != 0x80 }) else { return data.count }
        let byte = bytes[lead]
        let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        let start = data.count - bytes.count + lead
        return start + length <= data.count ? data.count : start
    }

    /// A new file in the temporary folder, already unlinked.
    private static func spoolFile() -> FileHandle? {
        var template = Array((NSTemporaryDirectory() + "/lede-record-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}

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
