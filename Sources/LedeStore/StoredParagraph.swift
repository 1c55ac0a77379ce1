import CZlib
import GRDB
import GRDBSQLite

/// Paragraph text as the workspace keeps it: deflated against `ParagraphDictionary` where
/// that makes it smaller, as a blob whose first byte names the format; as written (text)
/// otherwise. Every read goes through the SQL function `lede_paragraph_text`, which gives the
/// text back from either, so queries may `substr` and `instr` it as before.
enum StoredParagraph {
    /// The first byte of a deflated paragraph: raw deflate against `ParagraphDictionary.version1`.
    static let deflatedVersion1: UInt8 = 1
    /// How hard deflate works: zlib's default. On paragraphs the time goes to starting each one
    /// (resetting the stream, reading the dictionary), so faster levels gain little and lose 2%.
    static let compressionLevel: Int32 = 6
    /// zlib's default size of the match-finding table (a smaller one gained no speed).
    static let memoryLevel: Int32 = 8

    /// The SQL function that reads a stored paragraph as text.
    static let textFunction = "lede_paragraph_text"

    /// `lede_paragraph_text(x)`: text as it is, a deflated paragraph inflated, NULL for NULL;
    /// a blob that does not inflate is reported as damage. Each connection gets its own
    /// inflater (a connection runs one statement at a time).
    static func install(in db: Database) {
        guard let inflater = ParagraphInflater() else { return }
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC
        sqlite3_create_function_v2(
            db.sqliteConnection, textFunction, 1, flags, Unmanaged.passRetained(inflater).toOpaque(),
            { context, _, values in
                guard let value = values?[0] else { return sqlite3_result_null(context) }
                switch sqlite3_value_type(value) {
                case SQLITE_TEXT:
                    sqlite3_result_value(context, value)
                case SQLITE_BLOB:
                    let inflater = Unmanaged<ParagraphInflater>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
                    let stored = UnsafeRawBufferPointer(start: sqlite3_value_blob(value), count: Int(sqlite3_value_bytes(value)))
                    let inflated = inflater.inflate(stored) { text in
                        sqlite3_result_text(context, text.baseAddress, Int32(text.count), StoredParagraph.copyResult)
                    }
                    if !inflated { sqlite3_result_error_code(context, SQLITE_CORRUPT) }
                default:
                    sqlite3_result_null(context)
                }
            },
            nil, nil, { inflater in inflater.map { Unmanaged<ParagraphInflater>.fromOpaque($0).release() } })
    }

    /// SQLite copies a result given with this destructor.
    static let copyResult = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// Deflates paragraphs one after another, reusing one zlib stream (on the heap: zlib keeps its
/// address). One per thread.
final class ParagraphDeflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: [UInt8] = []

    init?() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard lede_deflate_init_raw(stream, StoredParagraph.compressionLevel, StoredParagraph.memoryLevel) == Z_OK else {
            stream.deallocate()
            return nil
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// The paragraph as stored deflated (format byte first), or nil when that is no shorter.
    func deflated(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { input -> [UInt8]? in
            guard !input.isEmpty, deflateReset(stream) == Z_OK else { return nil }
            let dictionary = ParagraphDictionary.version1
            guard dictionary.withUnsafeBufferPointer({ deflateSetDictionary(stream, $0.baseAddress, UInt32($0.count)) }) == Z_OK else { return nil }
            let capacity = 1 + Int(deflateBound(stream, UInt(input.count)))
            if output.count < capacity { output = [UInt8](repeating: 0, count: capacity) }
            let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
                out[0] = StoredParagraph.deflatedVersion1
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = UInt32(input.count)
                stream.pointee.next_out = out.baseAddress! + 1
                stream.pointee.avail_out = UInt32(capacity - 1)
                return deflate(stream, Z_FINISH)
            }
            let length = capacity - Int(stream.pointee.avail_out)
            guard status == Z_STREAM_END, length < input.count else { return nil }
            return Array(output[0..<length])
        }
    }
}

/// Inflates stored paragraphs, reusing one zlib stream and one buffer. One per connection.
final class ParagraphInflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: [UInt8] = [UInt8](repeating: 0, count: 1 << 14)

    init?() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard lede_inflate_init_raw(stream) == Z_OK else {
            stream.deallocate()
            return nil
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Hands `body` the UTF-8 text of a stored deflated paragraph; false when it is not one
    /// this lede can read (an unknown format byte, or data that does not inflate).
    func inflate(_ stored: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard stored.count > 1, stored[0] == StoredParagraph.deflatedVersion1, inflateReset(stream) == Z_OK else { return false }
        let dictionary = ParagraphDictionary.version1
        guard dictionary.withUnsafeBufferPointer({ inflateSetDictionary(stream, $0.baseAddress, UInt32($0.count)) }) == Z_OK else { return false }
        let compressed = stored.bindMemory(to: UInt8.self)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: compressed.baseAddress! + 1)
        stream.pointee.avail_in = UInt32(compressed.count - 1)
        var produced = 0
        while true {
            let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
                stream.pointee.next_out = out.baseAddress! + produced
                stream.pointee.avail_out = UInt32(out.count - produced)
                let status = CZlib.inflate(stream, Z_NO_FLUSH)
                produced = out.count - Int(stream.pointee.avail_out)
                return status
            }
            if status == Z_STREAM_END { break }
            // Room ran out: a larger buffer, and on. Anything else is damage.
            guard status == Z_OK || status == Z_BUF_ERROR, stream.pointee.avail_out == 0 else { return false }
            output += [UInt8](repeating: 0, count: output.count)
        }
        output.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<produced])) }
        return true
    }
}
