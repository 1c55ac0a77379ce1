import Foundation

/// Writing to stdout and stderr: everything given, straight to the descriptor (FileHandle
/// wanted it as Data, a copy and a dynamic cast for every output of a short command).
public enum Output {
    public static func out(_ text: String) { write(text, to: STDOUT_FILENO) }
    public static func err(_ text: String) { write(text, to: STDERR_FILENO) }

    /// All of `text`, retrying short writes and interrupted calls; a closed pipe ends it.
    public static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // a closed pipe: nothing sensible is left to do with the output
                }
                offset += written
            }
        }
    }
}
