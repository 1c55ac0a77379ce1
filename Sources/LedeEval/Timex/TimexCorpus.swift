import Foundation

/// A folder of annotated articles, read as TimeML or MEANTIME.
public enum TimexCorpus {
    public enum Format: String, Sendable, CaseIterable { case auto, timeml, meantime }

    /// Every `.tml` and `.xml` file under `directory` (recursively), in name order.
    public static func load(directory: String, format: Format = .auto) throws -> [TimexDocument] {
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw TimexEvalError.unreadable(path: directory)
        }
        var paths: [URL] = []
        for case let url as URL in walker where url.pathExtension == "tml" || url.pathExtension == "xml" {
            paths.append(url)
        }
        paths.sort { $0.path < $1.path }
        var documents: [TimexDocument] = []
        for url in paths {
            guard let data = FileManager.default.contents(atPath: url.path), let xml = String(data: data, encoding: .utf8) else {
                throw TimexEvalError.unreadable(path: url.path)
            }
            let name = url.lastPathComponent
            let kind = format == .auto ? detect(xml) : format
            switch kind {
            case .timeml:
                guard let doc = TimeMLReader.read(xml, name: name) else { throw TimexEvalError.unknownFormat(path: url.path) }
                documents.append(doc)
            case .meantime:
                guard let doc = MeantimeReader.read(xml, name: name) else { throw TimexEvalError.unknownFormat(path: url.path) }
                documents.append(doc)
            case .auto:
                continue  // not an annotated article (a schema, a listing)
            }
        }
        if documents.isEmpty { throw TimexEvalError.empty(directory: directory) }
        return documents
    }

    /// TimeML has `<TEXT>`; MEANTIME has `<token` elements.
    public static func detect(_ xml: String) -> Format {
        if xml.contains("<TEXT>") && xml.contains("TIMEX3") { return .timeml }
        if xml.contains("<token ") && xml.contains("<Markables") { return .meantime }
        return .auto
    }
}
