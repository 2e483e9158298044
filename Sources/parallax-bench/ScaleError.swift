/// What can go wrong in `parallax-bench scale`.
enum ScaleError: Error, CustomStringConvertible {
    /// A bad command line.
    case usage(String)
    /// A file or folder could not be read or written.
    case io(String)
    /// A measured child process failed or printed something unreadable.
    case child(String)

    /// One line for the terminal.
    var description: String {
        switch self {
        case .usage(let message): return "usage: \(message)"
        case .io(let message): return message
        case .child(let message): return "measurement process: \(message)"
        }
    }
}
