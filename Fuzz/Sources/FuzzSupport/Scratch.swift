import Foundation

/// The one folder a fuzz target may write in: made once under `$TMPDIR` (which `Fuzz/run`
/// points into its scratch folder), holding a few small articles for `load` to find, and
/// removed when the process exits normally.
public enum Scratch {
    public static let folder: String = {
        let template = NSTemporaryDirectory() + "/lede-fuzz-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { fatalError("fuzz set-up: cannot make a folder from \(template)") }
        let folder = String(cString: made)
        writeSamples(in: folder)
        atexit { try? FileManager.default.removeItem(atPath: Scratch.folder) }
        return folder
    }()

    /// Empties the folder but for the samples. What `.save` wrote piles up over a run, and a
    /// `load .` or `load *` then reads all of it: an input late in a run took longer than the
    /// timeout for reading what earlier inputs had saved, not for anything it did itself.
    public static func reset() {
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] {
            try? manager.removeItem(atPath: folder + "/" + name)
        }
        writeSamples(in: folder)
    }

    static func writeSamples(in folder: String) {
        for (name, text) in samples {
            let path = folder + "/" + name
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        }
    }

    /// Writes `bytes` to `name` in the scratch folder, replacing what was there.
    public static func write(_ bytes: [UInt8], to name: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Articles in each format the loader reads, so that `load a.txt`, `load *` and
    /// `load sub` in a fuzzed command line have something to load.
    static let samples: [(String, String)] = [
        ("a.txt", """
            Mayor says the bridge will reopen in May

            March 3, 2021

            By Jane Doe

            The mayor said on Tuesday that the bridge "will reopen before the summer," according to officials.

            "We are on schedule," said Ann Smith, the city's chief engineer.
            """),
        ("b.jsonl", """
            {"title": "Council votes on budget", "date": "2020-02-01", "text": "The council voted on Monday.\\n\\n\\"It passed,\\" the clerk said.", "source": "example"}
            {"headline": "No date here", "maintext": "One paragraph only, said Bob Jones."}
            """),
        ("c.md", """
            ---
            title: "Front matter article"
            date: 2019-12-31
            author: A. Writer
            ---
            Last year the ministry announced new rules. Two days later they were withdrawn.
            """),
        ("sub/d.txt", """
            Storm closes schools

            Schools were closed on 4 January 2019, the board said. "It is the safe choice," said Lee Park.
            """),
    ]
}
