import Foundation
import GRDB
import Synchronization

/// How a connection waits when another process holds the workspace: SQLite calls `shouldRetry`
/// each time it finds the lock taken. It sleeps a little longer each try, says once per command
/// (after a second) that it is waiting, and gives up after `maximumWait` or when the command
/// is interrupted, remembering which, so that the error says why.
final class BusyWait: Sendable {
    /// When waiting is worth a line on stderr.
    static let noticeAfter = Duration.seconds(1)
    /// After this, the command fails with `StoreError.busy`.
    static let maximumWait = Duration.seconds(600)
    /// Sleeps between tries: short at first (most locks are held for one batch), then steady.
    static let pauses: [Duration] = [.milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20), .milliseconds(50)]

    /// Why the last wait ended without the lock.
    enum GaveUp: Equatable, Sendable {
        case interrupted
        case waitedTooLong(seconds: Int)
        /// Not waiting at all was asked for (a checkpoint that is only worth doing at once).
        case notWaiting
    }

    private struct State: Sendable {
        var started = ContinuousClock.now
        /// Whether this command has already said that it waits.
        var noticed = false
        var gaveUp: GaveUp?
    }

    private let state = Mutex(State())
    private let interrupted = Atomic(false)
    /// Set while an operation runs that must not wait (it is skipped instead).
    private let impatient = Atomic(false)
    /// Lines for the person waiting (another process writing, a schema being brought up to date).
    let notice: @Sendable (String) -> Void
    private let location: String

    init(location: String, notice: @escaping @Sendable (String) -> Void) {
        self.location = location
        self.notice = notice
    }

    /// The callback GRDB installs as SQLite's busy handler; `tries` is 0 at the start of a wait.
    var mode: Database.BusyMode {
        .callback { [self] tries in shouldRetry(tries: tries) }
    }

    func shouldRetry(tries: Int) -> Bool {
        if tries == 0 { state.withLock { $0.started = ContinuousClock.now; $0.gaveUp = nil } }
        if impatient.load(ordering: .acquiring) { return giveUp(.notWaiting) }
        if interrupted.load(ordering: .acquiring) { return giveUp(.interrupted) }
        let (elapsed, tellNow) = state.withLock { state -> (Duration, Bool) in
            let elapsed = ContinuousClock.now - state.started
            let tell = !state.noticed && elapsed >= Self.noticeAfter
            if tell { state.noticed = true }
            return (elapsed, tell)
        }
        if tellNow { notice("another process is writing to \(location); waiting for it (Ctrl-C to stop)…") }
        guard elapsed < Self.maximumWait else { return giveUp(.waitedTooLong(seconds: Int(elapsed.components.seconds))) }
        let pause = Self.pauses[min(tries, Self.pauses.count - 1)]
        let (seconds, attoseconds) = pause.components
        usleep(UInt32(seconds) * 1_000_000 + UInt32(attoseconds / 1_000_000_000_000))
        return true
    }

    private func giveUp(_ reason: GaveUp) -> Bool {
        state.withLock { $0.gaveUp = reason }
        return false
    }

    /// Why the last wait ended without the lock, if it did.
    var gaveUp: GaveUp? { state.withLock { $0.gaveUp } }

    /// Runs `body` with waits refused: SQLite gets "busy" at once.
    func withoutWaiting<T>(_ body: () throws -> T) rethrows -> T {
        impatient.store(true, ordering: .releasing)
        defer { impatient.store(false, ordering: .releasing) }
        return try body()
    }

    /// Ctrl-C: waits end at the next try.
    func interrupt() { interrupted.store(true, ordering: .releasing) }

    /// A new command: no interruption, nothing said yet.
    func reset() {
        interrupted.store(false, ordering: .releasing)
        state.withLock { $0 = State() }
    }
}
