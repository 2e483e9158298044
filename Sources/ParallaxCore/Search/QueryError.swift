/// Why a search query could not be read, and where: one line for the status bar and the place to
/// put the cursor.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line saying what is wrong and how to fix it, e.g. `unclosed quote — add a closing "`.
    public let message: String
    /// Character offset in the query text where the problem is (`0...text.count`).
    public let position: Int

    /// Creates an error.
    public init(message: String, position: Int) {
        self.message = message
        self.position = position
    }

    /// The message with its position, for logs.
    public var description: String { "\(message) (at \(position))" }
}

/// A problem found while reading a query, at an offset in its Unicode scalars.
struct QueryProblem: Error {
    /// The one-line message.
    let message: String
    /// Scalar offset of the problem.
    let offset: Int

    /// Creates a problem.
    init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// Query text quoted in a message: on one line, controls blanked, long text cut.
    static func snippet(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        for s in scalars.prefix(24) {
            switch s.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: view.append(" ")
            default: view.append(s)
            }
        }
        return String(view) + (scalars.count > 24 ? "…" : "")
    }
}
