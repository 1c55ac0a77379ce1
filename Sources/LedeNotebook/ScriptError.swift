import Foundation

/// Why a script could not be read.
public enum ScriptError: LocalizedError, Equatable {
    case readsItself(chain: String)
    case nestedTooDeeply(maximum: Int)

    public var errorDescription: String? {
        switch self {
        case .readsItself(let chain): return "a script cannot read itself: \(chain)"
        case .nestedTooDeeply(let maximum): return ".read nests more than \(maximum) scripts deep"
        }
    }
}
