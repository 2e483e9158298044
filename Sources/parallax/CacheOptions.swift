import ArgumentParser
import ParallaxCore

/// Where the corpus index lives: `--cache DIR`, `--no-cache`, or the standard cache folder.
struct CacheOptions: ParsableArguments {
    @Option(name: .customLong("cache"), help: "Keep the index in this folder (default: $XDG_CACHE_HOME/parallax or ~/.cache/parallax).")
    var directory: String?

    @Flag(name: .customLong("no-cache"), help: "Keep the index in memory for this run only.")
    var noCache = false

    /// The location the options choose.
    var location: CacheLocation {
        if noCache { return .memory }
        if let directory { return .directory(directory) }
        return .standard
    }

    /// Rejects `--cache` together with `--no-cache`.
    func validate() throws {
        if noCache && directory != nil { throw ValidationError("--cache and --no-cache cannot be used together") }
    }
}
