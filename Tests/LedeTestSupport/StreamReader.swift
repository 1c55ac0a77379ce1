import Dispatch
import Foundation
import Synchronization

/// Reads a pipe in the background, so that a test can wait for what a running process says
/// (a marker, a note) instead of sleeping and hoping.
public final class StreamReader: Sendable {
    private let text = Mutex("")

    public init(_ handle: FileHandle) {
        DispatchQueue.global().async { [self] in
            while case let data = handle.availableData, !data.isEmpty {
                text.withLock { $0 += String(decoding: data, as: UTF8.self) }
            }
        }
    }

    /// Everything read so far.
    public var all: String { text.withLock { $0 } }

    /// Waits until what was read holds `needle` (true), or `seconds` pass (false).
    public func waitFor(_ needle: String, seconds: Double = 60) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if all.contains(needle) { return true }
            usleep(20_000)
        }
        return false
    }
}
