import Foundation

/// The PostgreSQL server tests run against: `LEDE_TEST_POSTGRES_URL` names it (`.ci/run` starts
/// a throwaway cluster and sets it; `.ci/postgres start` does the same for a developer). Where it
/// is not set, the tests that need a server are skipped and say why; where
/// `LEDE_TEST_REQUIRE_POSTGRES` is set (CI), a missing server fails them instead.
public enum PostgresServer {
    public static var url: String? {
        let value = ProcessInfo.processInfo.environment["LEDE_TEST_POSTGRES_URL"] ?? ""
        return value.isEmpty ? nil : value
    }

    /// Whether a missing server is a failure rather than a reason to skip.
    public static var isRequired: Bool {
        !(ProcessInfo.processInfo.environment["LEDE_TEST_REQUIRE_POSTGRES"] ?? "").isEmpty
    }

    /// Whether tests that need a server run: one is configured, or CI requires one (so that
    /// its absence fails them rather than skipping them).
    public static var testsRun: Bool { url != nil || isRequired }

    /// Why such tests are skipped here.
    public static let skipReason =
        "needs a PostgreSQL server: start one with .ci/postgres start and set LEDE_TEST_POSTGRES_URL to the URL it prints"

    /// The server's URL; fails when CI requires a server that is not configured.
    public static func required() throws -> String {
        guard let url else { throw Missing() }
        return url
    }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "LEDE_TEST_REQUIRE_POSTGRES is set but LEDE_TEST_POSTGRES_URL is not" }
    }

    /// A fresh schema name for one test: tests run side by side on one server.
    public static func scratchSchema(_ name: String = #function) -> String {
        let letters = name.lowercased().unicodeScalars.filter { ($0 >= "a" && $0 <= "z") }.prefix(20)
        return "lede_test_" + String(String.UnicodeScalarView(letters)) + "_" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
    }

    /// The same URL for another user (`lede_reader`, `lede_secret` …), with an optional password.
    public static func url(user: String, password: String? = nil) throws -> String {
        let base = try required()
        guard let scheme = base.range(of: "://") else { return base }
        var rest = base[scheme.upperBound...]
        if let at = rest.firstIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        let credentials = password.map { user + ":" + $0 } ?? user
        return String(base[..<scheme.upperBound]) + credentials + "@" + rest
    }

    /// Runs SQL through psql as the URL's user (for setting up a case a test needs).
    @discardableResult
    public static func psql(_ sql: String, url: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", try url ?? required(), "-c", sql]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A database of its own on the test server for one test (tests run side by side, and the
/// workspace schema is `lede` in each), dropped by `remove()`.
public struct ServerDatabase: Sendable {
    public let name: String
    public let url: String

    public init(_ test: String = #function) throws {
        let base = try PostgresServer.required()
        name = PostgresServer.scratchSchema(test)
        try PostgresServer.psql("CREATE DATABASE \(name)")
        try PostgresServer.psql("GRANT CREATE ON DATABASE \(name) TO lede_secret")
        url = Self.replacingDatabase(of: base, with: name)
    }

    public func url(user: String, password: String? = nil) throws -> String {
        Self.replacingDatabase(of: try PostgresServer.url(user: user, password: password), with: name)
    }

    public static func replacingDatabase(of url: String, with database: String) -> String {
        guard let slash = url.range(of: "/", options: .backwards), !url[..<slash.lowerBound].hasSuffix("/") else { return url + "/" + database }
        return String(url[..<slash.upperBound]) + database
    }

    public func remove() {
        _ = try? PostgresServer.psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    public func count(_ sql: String) throws -> Int {
        Int(try PostgresServer.psql(sql, url: url)) ?? -1
    }
}
