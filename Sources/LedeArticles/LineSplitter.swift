import Foundation

/// Splits a stream of bytes into lines at LF, CRLF or a lone CR (old Mac files and some
/// exporters end lines with CR alone), across chunk boundaries. Lines come without their ending.
struct LineSplitter {
    private var pending = Data()
    /// The last chunk ended in CR: an LF at the start of the next one belongs to it.
    private var afterCR = false

    mutating func add(_ chunk: Data, _ line: (Data) throws -> Void) throws {
        var start = chunk.startIndex
        var index = chunk.startIndex
        if afterCR, index < chunk.endIndex, chunk[index] == UInt8(ascii: "\n") {
            index += 1
            start = index
        }
        afterCR = false
        while index < chunk.endIndex {
            let byte = chunk[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                index += 1
                continue
            }
            let piece = chunk[start..<index]
            if pending.isEmpty {
                try line(Data(piece))
            } else {
                pending.append(piece)
                try line(pending)
                pending = Data()
            }
            index += 1
            if byte == UInt8(ascii: "\r") {
                if index == chunk.endIndex {
                    afterCR = true
                } else if chunk[index] == UInt8(ascii: "\n") {
                    index += 1
                }
            }
            start = index
        }
        pending.append(chunk[start..<chunk.endIndex])
    }

    /// The last line, when the stream does not end with a line ending.
    mutating func finish(_ line: (Data) throws -> Void) throws {
        if !pending.isEmpty { try line(pending) }
        pending = Data()
    }
}
