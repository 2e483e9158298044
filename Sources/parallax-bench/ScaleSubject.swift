import Foundation

/// Runs a corpus search for what is on the prompt; one call per keystroke.
protocol SearchSession {
    /// Searches for the typed text (a whole query or a prefix of one) and returns how many articles match.
    func search(_ text: String) throws -> Int
}

/// What the scale benchmark measures: building an index, starting on it, searching and navigating.
/// Each closure gets the corpus folder and a cache folder of its own (empty before `coldIndex`).
struct ScaleSubject {
    /// Named in the report, so that figures of different subjects are never confused.
    let name: String
    /// Builds the index from nothing.
    var coldIndex: (_ corpus: URL, _ cache: URL) throws -> Void
    /// Opens the existing index and draws the first library frame (200x50).
    var warmStartFirstFrame: (_ corpus: URL, _ cache: URL) throws -> Void
    /// Opens the index for searching.
    var openForQueries: (_ corpus: URL, _ cache: URL) throws -> any SearchSession
    /// Opens the library, then times each key of a fixed sequence (key to drawn frame), in milliseconds.
    var navigation: (_ corpus: URL, _ cache: URL, _ keys: Int) throws -> [Double]
    /// Prepares the library's fuzzy filter (ms), then times each typed prefix of each query (ms).
    var libraryFilter: (_ corpus: URL, _ cache: URL, _ queries: [String]) throws -> (prepareMS: Double, typedMS: [[Double]])
}

/// The one place that chooses what `parallax-bench scale` measures: the corpus index and the explorer
/// drawn on it.
func makeScaleSubject() -> ScaleSubject {
    IndexSubject.make()
}
