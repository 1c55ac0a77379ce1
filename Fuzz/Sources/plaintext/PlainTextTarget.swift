import FuzzSupport
import LedeArticles

/// The plain-text article format: `TextNormalizer` and `PlainTextFormat.parse` on the text,
/// then the same bytes as a `.txt` file through `ArticleLoader.load` (which also refuses NUL
/// bytes and repairs invalid UTF-8), each article analysed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    if let parsed = PlainTextFormat.parse(TextNormalizer.normalize(FuzzInput.text(bytes))), !parsed.paragraphs.isEmpty {
        ArticleFuzzing.analyze(Article(
            title: parsed.title, date: parsed.date, source: parsed.source, url: parsed.url,
            author: parsed.author, path: "input.txt", caption: parsed.caption, paragraphs: parsed.paragraphs))
    }
    ArticleFuzzing.loadFile(bytes, as: "input.txt")
    return 0
}
