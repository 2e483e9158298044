import Foundation
import ParallaxCore
import ParallaxUI

/// Benchmarks: figures, not pass/fail. `swift run -c release parallax-bench [N ...]`, or
/// `parallax-bench ner [--json] [--runs N] [--peer SCRIPT] [PATH]` for entity recognition and linking,
/// `parallax-bench search [WORDS] [ROWS]` for searching a long article and fuzzy-filtering the library,
/// `parallax-bench scale [--articles N] [--json] [--runs R] [--keep DIR] [--seed S]` for a realistic
/// synthetic corpus at scale (see SCALE.md),
/// `parallax-bench store PATH CACHEDIR` for opening, paging and searching a corpus index,
/// `parallax-bench parse [--runs N] [--count N]` for bytes → Article on one core,
/// `parallax-bench analysis DIR [--runs N] [--limit N]` for the index's per-file analysis, phase by phase.
/// Builds a synthetic corpus of N articles from the bundled seeds (events of 2–5 sources that share
/// invented names), then times loading, event grouping and rendering.

if CommandLine.arguments.dropFirst().first == "search" {
    exit(SearchBench.run(Array(CommandLine.arguments.dropFirst(2))))
}

if CommandLine.arguments.dropFirst().first == "scale" {
    exit(ScaleBench.run(Array(CommandLine.arguments.dropFirst(2))))
}

if CommandLine.arguments.dropFirst().first == "store" {
    exit(StoreBench.run(Array(CommandLine.arguments.dropFirst(2))))
}

if CommandLine.arguments.dropFirst().first == "parse" {
    exit(ParseBench.run(Array(CommandLine.arguments.dropFirst(2))))
}

if CommandLine.arguments.dropFirst().first == "group" {
    exit(GroupBench.run(Array(CommandLine.arguments.dropFirst(2))))
}

if CommandLine.arguments.dropFirst().first == "analysis" {
    exit(AnalysisBench.run(Array(CommandLine.arguments.dropFirst(2))))
}

if CommandLine.arguments.dropFirst().first == "ner" {
    exit(NERBench.run(Array(CommandLine.arguments.dropFirst(2))))
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func syntheticCorpus(count: Int, seeds: [String], in folder: URL) throws {
    var rng = SystemRandomNumberGenerator()
    let syllables = ["ka", "lo", "mi", "ren", "tso", "var", "del", "quin", "bra", "zel", "nor", "ith"]
    func name() -> String {
        (0..<3).map { _ in syllables.randomElement(using: &rng) ?? "ka" }.joined().capitalized
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let sentences = seeds.flatMap { $0.components(separatedBy: ". ") }.filter { $0.count > 40 }
    var written = 0
    var event = 0
    while written < count {
        let names = (0..<6).map { _ in name() }
        let sources = Int.random(in: 2...5, using: &rng)
        for source in 0..<sources where written < count {
            // Ten random sentences from the seeds, each followed by one about the event's invented people.
            let paragraphs = (0..<10).map { i in
                (sentences.randomElement(using: &rng) ?? "") + ". \(names[i % 6]) and \(names[(i + 1) % 6]) met in \(names[5])."
            }
            let text = "---\noutlet: Outlet \(source)\n---\n" + paragraphs.joined(separator: "\n\n")
            try text.write(to: folder.appendingPathComponent(String(format: "%06d.txt", written)), atomically: false, encoding: .utf8)
            written += 1
        }
        event += 1
    }
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let seedFolder = root.appendingPathComponent("Corpus")
let seeds = try FileManager.default.contentsOfDirectory(atPath: seedFolder.path).sorted()
    .map { try String(contentsOf: seedFolder.appendingPathComponent($0), encoding: .utf8) }
let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
print("size\tload+parse+group s\tarticles/s\twords/s\tgroup s\tevents\tlibrary frame ms\treader frame ms")
for size in sizes.isEmpty ? [1_000, 5_000] : sizes {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bench-\(size)-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try syntheticCorpus(count: size, seeds: seeds, in: folder)
    var corpus: Corpus?
    let load = try seconds { corpus = try CorpusLoader(root: folder).load() }
    guard let corpus else { continue }
    let words = corpus.articles.reduce(0) { $0 + $1.wordCount }
    var regrouped: [Event] = []
    let group = seconds { regrouped = EventGrouper().group(corpus.articles) }
    let layouter = Layouter()
    var state = try openedState(folder, layouter: layouter)
    let frames = 20
    let library = seconds {
        for _ in 0..<frames { _ = AppView.render(state, layout: layouter.layout(for: state), theme: .standard) }
    } / Double(frames) * 1000
    send(.openSelected, to: &state, layouter: layouter)
    let reader = seconds {
        for _ in 0..<frames { _ = AppView.render(state, layout: layouter.layout(for: state), theme: .standard) }
    } / Double(frames) * 1000
    print(String(format: "%d\t%.2f\t%.0f\t%.0f\t%.2f\t%d\t%.2f\t%.2f", size, load, Double(size) / load,
                 Double(words) / load, group, regrouped.count, library, reader))
}

// One very long article (about a million words): the first frame wraps it, later key presses only scroll.
do {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bench-long-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let sentences = seeds.flatMap { $0.components(separatedBy: ". ") }.filter { $0.count > 40 }
    var text = "A Very Long Article\n\n"
    var words = 0
    var i = 0
    while words < 1_000_000 {
        let paragraph = (0..<5).map { sentences[(i + $0) % sentences.count] }.joined(separator: ". ") + "."
        words += paragraph.split(separator: " ").count
        text += paragraph + "\n\n"
        i += 5
    }
    try text.write(to: folder.appendingPathComponent("long.txt"), atomically: false, encoding: .utf8)
    var corpus: Corpus?
    let load = try seconds { corpus = try CorpusLoader(root: folder).load() }
    guard let corpus else { exit(1) }
    let layouter = Layouter()
    var state = try openedState(folder, layouter: layouter)
    send(.openSelected, to: &state, layouter: layouter)
    let first = seconds { _ = AppView.render(state, layout: layouter.layout(for: state), theme: .standard) } * 1000
    let keys = 50
    let scroll = seconds {
        for _ in 0..<keys {
            _ = reduce(&state, .moveDown, layouter: layouter)
            _ = AppView.render(state, layout: layouter.layout(for: state), theme: .standard)
        }
    } / Double(keys) * 1000
    // The same with an entity on the first word of every paragraph (tens of thousands of mentions).
    let markedLayouter = Layouter()
    var markedState = try openedState(folder, recognizer: FirstWordRecognizer(), layouter: markedLayouter)
    send(.openSelected, to: &markedState, layouter: markedLayouter)
    _ = AppView.render(markedState, layout: markedLayouter.layout(for: markedState), theme: .standard)
    let markedScroll = seconds {
        for _ in 0..<keys {
            _ = reduce(&markedState, .moveDown, layouter: markedLayouter)
            _ = AppView.render(markedState, layout: markedLayouter.layout(for: markedState), theme: .standard)
        }
    } / Double(keys) * 1000
    print("\nlong article\twords\tload s\tfirst frame ms\tkey+frame ms\twith entities: mentions\tkey+frame ms")
    print(String(format: "\t%d\t%.2f\t%.1f\t%.2f\t%d\t%.2f", corpus.articles.first?.wordCount ?? 0, load, first, scroll,
                 markedState.mentions(in: corpus.articles.first?.id ?? "").count, markedScroll))
}
