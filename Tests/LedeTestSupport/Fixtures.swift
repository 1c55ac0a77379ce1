import Foundation

/// Where the repository, its seeds and the shared evaluation data are, for tests.
public enum Fixtures {
    /// The package root (the folder holding Package.swift).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static var seeds: String { root + "/seeds" }
    public static var seedArticle: String { seeds + "/000_cb6fabf3dede58d5.txt" }
    public static var sessions: String { root + "/sessions" }

    /// `../shared` beside the checkout, when it exists (CI has it; a user's clone may not).
    public static var shared: String? {
        let path = (root as NSString).deletingLastPathComponent + "/shared"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// A new empty folder under the system's temporary folder; it is not removed afterwards.
    public static func temporaryDirectory(_ name: String = #function) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "lede-test-\(safe)-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    public static func write(_ text: String, to path: String) {
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    public static func write(_ data: Data, to path: String) {
        try! data.write(to: URL(fileURLWithPath: path))
    }
}
