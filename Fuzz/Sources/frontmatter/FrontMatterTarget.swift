import FuzzSupport
import LedeArticles

/// Articles with a `---` front-matter block. Input that does not start with `---` gets one put
/// before it, so that mutations stay on the front-matter path; then as for `plaintext`, with
/// the file named `.md` (which the loader reads only when it starts with `---`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var bytes = FuzzInput.bytes(data, size)
    if !bytes.starts(with: Array("---".utf8)) { bytes = Array("---\n".utf8) + bytes }
    if let parsed = PlainTextFormat.parse(TextNormalizer.normalize(FuzzInput.text(bytes))), !parsed.paragraphs.isEmpty {
        ArticleFuzzing.analyze(Article(
            title: parsed.title, date: parsed.date, source: parsed.source, url: parsed.url,
            author: parsed.author, path: "input.md", caption: parsed.caption, paragraphs: parsed.paragraphs))
    }
    ArticleFuzzing.loadFile(bytes, as: "input.md")
    return 0
}
