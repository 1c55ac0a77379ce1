import Foundation

/// Environment variables, read one at a time: `ProcessInfo.environment` copies them all into a
/// dictionary, a cost every short command paid.
enum Variables {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
