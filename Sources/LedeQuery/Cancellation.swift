import Synchronization

/// Ctrl-C for the command running now: set from another thread (the one that hears the
/// signal), polled between rows and articles, cleared when the next command starts.
public final class Cancellation: Sendable {
    private let requested = Atomic(false)

    public init() {}

    public func request() { requested.store(true, ordering: .releasing) }
    public var isRequested: Bool { requested.load(ordering: .acquiring) }
    public func reset() { requested.store(false, ordering: .releasing) }
}
