import GRDB
@testable import LedeStore
import Testing

/// Rows read straight from SQLite must read and order text as SQLite's BINARY collation does,
/// which the speaker counts rely on to walk two tables side by side.
@Suite struct SteppedRowsTests {
    @Test func textsReadAndCompareInSQLitesOrder() throws {
        let queue = try DatabaseQueue()
        let texts = ["zoë", "Zoe", "zo", "", "zoe", "Ωmega", "o’brien", "o'brien"]
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (text TEXT, number INTEGER)")
            for (index, text) in texts.enumerated() {
                try db.execute(sql: "INSERT INTO t VALUES (?, ?)", arguments: [text, index])
            }
            try db.execute(sql: "INSERT INTO t VALUES (NULL, 99)")
        }
        try queue.read { db in
            let rows = try SteppedRows(db, sql: "SELECT text, number FROM t WHERE text IS NOT NULL ORDER BY text")
            var read: [String] = []
            while try rows.next() {
                let text = rows.text(0)
                #expect(texts[rows.int(1)] == text)
                for other in texts {
                    let expected: SteppedRows.ByteOrder =
                        text == other ? .same : Array(text.utf8).lexicographicallyPrecedes(Array(other.utf8)) ? .before : .after
                    #expect(rows.compare(0, with: other) == expected, "\(text) vs \(other)")
                }
                read.append(text)
            }
            #expect(read == texts.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
            let null = try SteppedRows(db, sql: "SELECT text FROM t WHERE text IS NULL")
            #expect(try null.next())
            #expect(null.text(0) == "")
            #expect(null.compare(0, with: "") == .same)
            #expect(try !null.next())
        }
    }

    @Test func anEmptyOrNullTextIsToldApart() throws {
        let queue = try DatabaseQueue()
        try queue.read { db in
            let rows = try SteppedRows(db, sql: "SELECT '', NULL, 'x'")
            #expect(try rows.next())
            #expect(rows.isEmpty(0) && rows.isEmpty(1) && !rows.isEmpty(2))
        }
    }

    @Test func aFailingStepThrows() throws {
        let queue = try DatabaseQueue()
        try queue.read { db in
            // abs() of the smallest integer overflows while the row is computed.
            let rows = try SteppedRows(db, sql: "SELECT abs(-9223372036854775807 - 1)")
            #expect(throws: DatabaseError.self) { try rows.next() }
        }
    }
}
