import FuzzSupport
import LedeArticles

/// Gzip input: the bytes as a `.jsonl.gz` file through `ArticleLoader.load`, so mutated
/// compressed data (bad headers, bad blocks, wrong checksums, cut streams, several members)
/// goes through zlib and the loader's handling of what it says; each article analysed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    ArticleFuzzing.loadFile(FuzzInput.bytes(data, size), as: "input.jsonl.gz")
    return 0
}
