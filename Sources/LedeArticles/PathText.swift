/// File paths taken apart without Foundation's `NSString` path methods, which trap on some
/// paths a user can type (`notes/////x/////`: runs of slashes in the middle and at the end).
public enum PathText {
    /// `path` with each run of slashes made one and a trailing slash dropped (`/` stays `/`).
    public static func normalized(_ path: String) -> String {
        var out = ""
        var previousWasSlash = false
        for character in path {
            if character == "/" {
                if !previousWasSlash { out.append(character) }
                previousWasSlash = true
            } else {
                out.append(character)
                previousWasSlash = false
            }
        }
        if out.count > 1, out.hasSuffix("/") { out.removeLast() }
        return out
    }

    /// The folder that holds `path`: `a/b/c` → `a/b`, `/c` → `/`, `c` → `` (the current folder).
    public static func folder(of path: String) -> String {
        let path = normalized(path)
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last part of `path`: `a/b/c` → `c`, `a/b/` → `b`, `/` → `/`.
    public static func lastComponent(of path: String) -> String {
        let path = normalized(path)
        guard path != "/", let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
