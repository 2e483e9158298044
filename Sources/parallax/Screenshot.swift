import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxUI

/// `parallax screenshot`: renders a screen after a key script, without a terminal.
struct Screenshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render the explorer after some keys, as text, ANSI or SVG (for docs and checks).")

    @Option(help: "Keys to press first, e.g. \"j Enter\" or \"c Tab ]\".")
    var keys = ""

    @Option(help: "Size as COLUMNSxROWS.")
    var size = "120x35"

    @Option(help: "Output format: text, ansi or svg.")
    var format = "text"

    @Flag(help: "Render without colours (also when NO_COLOR is set).")
    var noColor = false

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var cache: CacheOptions

    /// Renders the screen after the keys and prints it.
    func run() throws {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0, parts[0] <= 1000, parts[1] <= 1000 else {
            throw ValidationError("size must look like 120x35")
        }
        let script: [Key]
        do { script = try KeyScript.parse(keys) } catch { throw ValidationError(error.description) }
        _ = try requireRecognizer()  // a missing model is a one-line error here, not a picture of one
        let backend = MemoryBackend(width: parts[0], height: parts[1], keys: script)
        let theme = noColor ? Theme.monochrome : Theme.forEnvironment(ProcessInfo.processInfo.environment)
        let runner = AppRunner(state: AppState(corpusPath: corpus.path, width: parts[0], height: parts[1]),
                               backend: backend, theme: theme, runEffect: AppRunner.inline(corpusService(cache: cache.location)))
        runner.start()
        while !backend.pendingKeys.isEmpty, runner.step(timeoutMilliseconds: 0) {}
        runner.redraw()
        guard let grid = backend.lastGrid else { return }
        switch format {
        case "svg": print(SVGExport.svg(grid), terminator: "")
        case "ansi": print(GridExport.ansi(grid), terminator: "")
        case "text": print(GridExport.text(grid), terminator: "")
        default: throw ValidationError("format must be text, ansi or svg")
        }
    }
}
