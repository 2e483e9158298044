/// A place to draw grids and read keys: ncurses in the program, memory in tests.
public protocol TerminalBackend: AnyObject {
    /// Current size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Shows a whole grid.
    func draw(_ grid: CellGrid)
    /// Waits up to `timeoutMilliseconds` for a key; `nil` when none came.
    func readKey(timeoutMilliseconds: Int) -> Key?
}

/// A backend that keeps the last grid in memory and replays queued keys: for tests and screenshots.
public final class MemoryBackend: TerminalBackend {
    /// The size reported to the app.
    public var size: (width: Int, height: Int)
    /// Keys still to be read.
    public var pendingKeys: [Key]
    /// The last grid drawn.
    public private(set) var lastGrid: CellGrid?

    /// Creates a backend of a size with keys to replay.
    public init(width: Int, height: Int, keys: [Key] = []) {
        size = (width, height)
        pendingKeys = keys
    }

    /// Keeps the grid.
    public func draw(_ grid: CellGrid) { lastGrid = grid }

    /// Returns the next queued key.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }
}
