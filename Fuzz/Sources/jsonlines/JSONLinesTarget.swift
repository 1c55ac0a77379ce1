import Foundation
import FuzzSupport
import LedeArticles

/// JSON Lines: each line through `JSONLinesFormat.parse(line:)`, then the whole input as a
/// `.jsonl` file through `ArticleLoader.load` (line splitting, CR handling, UTF-8 repair),
/// each article analysed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    for line in bytes.split(separator: UInt8(ascii: "\n")) {
        _ = JSONLinesFormat.parse(line: Data(line))
    }
    ArticleFuzzing.loadFile(bytes, as: "input.jsonl")
    return 0
}
