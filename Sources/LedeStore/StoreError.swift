import Foundation

/// Why a workspace could not be opened or written.
public enum StoreError: LocalizedError, Equatable {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason): return "cannot open workspace \(path): \(reason)"
        case .newerSchema(let path): return "workspace \(path) was written by a newer lede; upgrade lede to open it"
        }
    }
}
