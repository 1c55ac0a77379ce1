import Foundation
import Synchronization

/// The output of one command as a session records it, for `.save` and checked replay. Small
/// outputs stay in memory; past `memoryLimit` the text moves to the session's spool file (one
/// temporary file for the process, unlinked as soon as it is made), so a million quotes
/// recorded cost disk, not memory, and vanish with the process.
public final class RecordedText: Sendable, Equatable, CustomStringConvertible {
    /// Bytes kept in memory before the record moves to the spool.
    public static let memoryLimit = 4 << 20

    private enum Storage {
        case memory(String)
        /// Pieces of the spool file, in order.
        case spooled([Range<Int64>])
        /// Writing to the spool failed: the record is lost, and saving it says so.
        case failed(String)
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
                guard held.utf8.count > Self.memoryLimit else {
                    storage = .memory(held)
                    return
                }
                do {
                    storage = .spooled([try Spool.shared.append(held)])
                } catch {
                    storage = .failed(error.localizedDescription)
                }
            case .spooled(var pieces):
                do {
                    pieces.append(try Spool.shared.append(text))
                    storage = .spooled(pieces)
                } catch {
                    storage = .failed(error.localizedDescription)
                }
            case .failed:
                break
            }
        }
    }

    /// Calls `body` with the text in pieces, in order; throws when the record was lost.
    public func forEachPiece(_ body: (String) throws -> Void) throws {
        let current = storage.withLock { $0 }
        switch current {
        case .memory(let held):
            try body(held)
        case .spooled(let pieces):
            for piece in pieces { try body(try Spool.shared.read(piece)) }
        case .failed(let reason):
            throw RecordLost(reason: reason)
        }
    }

    /// The whole text (for comparisons and tests); empty when the record was lost.
    public var text: String {
        var whole = ""
        try? forEachPiece { whole += $0 }
        return whole
    }

    public var description: String { text }

    public static func == (a: RecordedText, b: RecordedText) -> Bool { a === b || a.text == b.text }

    public struct RecordLost: LocalizedError {
        var reason: String
        public var errorDescription: String? { "an output could not be kept for saving (\(reason))" }
    }
}

/// One temporary file, already unlinked, that the process's large records are appended to.
/// Pieces are appended whole, so each is valid UTF-8 when read back.
final class Spool: Sendable {
    static let shared = Spool()

    struct Failure: LocalizedError {
        var reason: String
        var errorDescription: String? { "the temporary folder: \(reason)" }
    }

    private struct State {
        var descriptor: Int32 = -1
        var end: Int64 = 0
    }

    private let state = Mutex(State())

    func append(_ text: String) throws -> Range<Int64> {
        try state.withLock { state in
            if state.descriptor < 0 { state.descriptor = try Self.open() }
            let start = state.end
            var text = text
            try text.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = pwrite(state.descriptor, bytes.baseAddress! + offset, bytes.count - offset, off_t(start) + off_t(offset))
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw Failure(reason: String(cString: strerror(errno)))
                    }
                    offset += written
                }
            }
            state.end = start + Int64(text.utf8.count)
            return start..<state.end
        }
    }

    func read(_ range: Range<Int64>) throws -> String {
        try state.withLock { state in
            var bytes = [UInt8](repeating: 0, count: Int(range.count))
            var offset = 0
            while offset < bytes.count {
                let count = bytes.withUnsafeMutableBytes { buffer in
                    pread(state.descriptor, buffer.baseAddress! + offset, buffer.count - offset, off_t(range.lowerBound) + off_t(offset))
                }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw Failure(reason: count == 0 ? "a record was cut short" : String(cString: strerror(errno))) }
                offset += count
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private static func open() throws -> Int32 {
        var template = Array((NSTemporaryDirectory() + "/lede-record-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return descriptor
    }
}
