import Foundation
import ParallaxCore
import ParallaxUI

/// Today's path, measured until the index is wired in: `CorpusLoader` reads and parses every file (no
/// recogniser, so no entities) and keeps nothing on disk; search scans the loaded texts.
enum BaselineSubject {
    /// The baseline subject.
    static func make() -> ScaleSubject {
        ScaleSubject(
            name: "baseline: in-memory CorpusLoader, no cache, case-insensitive scan of article texts",
            coldIndex: { corpus, _ in _ = try CorpusLoader(root: corpus).load() },
            warmStartFirstFrame: { corpus, _ in
                let loaded = try CorpusLoader(root: corpus).load()
                let layouter = Layouter()
                let state = libraryState(loaded, layouter: layouter)
                _ = AppView.render(state, layout: layouter.layout(for: state), theme: .standard)
            },
            openForQueries: { corpus, _ in BaselineSearch(try CorpusLoader(root: corpus).load()) },
            navigation: { corpus, _, keys in try navigate(try CorpusLoader(root: corpus).load(), keys: keys) })
    }

    /// Keys pressed in the library, cycled to the length asked for: lines, pages, half pages, both ends.
    static let keySequence: [Key] = [.char("j"), .char("j"), .char("j"), .down, .char("j"), .char(" "), .char("j"),
                                     .ctrl("d"), .char("k"), .up, .pageDown, .char("j"), .char("G"), .char("k"),
                                     .char("b"), .pageUp, .char("g"), .ctrl("u"), .char("j"), .end, .home]

    /// A library at 200x50 with the corpus loaded through the load request, as the app does it.
    static func libraryState(_ corpus: Corpus, layouter: Layouter) -> AppState {
        var state = AppState(corpusPath: corpus.root, width: 200, height: 50)
        if case .loadCorpus(_, let request)? = reduce(&state, .loadCorpus, layouter: layouter).first {
            _ = reduce(&state, .corpusLoaded(corpus, request: request), layouter: layouter)
        }
        return state
    }

    /// Draws the library, then times each key: key map, reduce, layout and a drawn frame.
    static func navigate(_ corpus: Corpus, keys: Int) throws -> [Double] {
        let layouter = Layouter()
        var state = libraryState(corpus, layouter: layouter)
        _ = AppView.render(state, layout: layouter.layout(for: state), theme: .standard)
        var times: [Double] = []
        times.reserveCapacity(keys)
        for i in 0..<keys {
            let key = keySequence[i % keySequence.count]
            let start = DispatchTime.now().uptimeNanoseconds
            if let action = KeyMap.standard.action(for: key, in: state) { _ = reduce(&state, action, layouter: layouter) }
            _ = AppView.render(state, layout: layouter.layout(for: state), theme: .standard)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times
    }
}

/// A linear scan over every loaded article's folded text: the cost a search pays without an index.
struct BaselineSearch: SearchSession {
    /// One article's searchable parts.
    struct Entry {
        /// Headline and body, lower-cased, as UTF-8.
        let text: [UInt8]
        /// The outlet, lower-cased.
        let outlet: String
        /// The date as a day number, if known.
        let day: Int?
    }

    /// The articles.
    let entries: [Entry]

    /// Folds every article once, as an index would at build time.
    init(_ corpus: Corpus) {
        entries = corpus.articles.map { article in
            let text = article.paragraphs.filter { !$0.role.isBoilerplate }.map(\.text).joined(separator: "\n")
            return Entry(text: Array(text.lowercased().utf8), outlet: article.metadata.outlet?.value.lowercased() ?? "",
                         day: article.metadata.date?.value.dayNumber)
        }
    }

    /// Counts articles with every term and filter and none of the exclusions. `entity:` can only be read
    /// as a phrase here (the baseline has no entities) and `type:` is ignored.
    func search(_ text: String) throws -> Int {
        let query = ScaleQueryText(text)
        let terms = (query.terms + query.filters.filter { $0.name == "entity" }.map(\.value)).map { Array($0.utf8) }
        let excluded = query.excluded.map { Array($0.utf8) }
        let outlets = query.filters.filter { $0.name == "outlet" }.map(\.value)
        let days = query.filters.first { $0.name == "date" }.flatMap { Self.dayRange($0.value) }
        guard !terms.isEmpty || !excluded.isEmpty || !outlets.isEmpty || days != nil else { return 0 }
        var count = 0
        for entry in entries {
            if !outlets.isEmpty && !outlets.contains(where: { entry.outlet.contains($0) }) { continue }
            if let days, !(entry.day.map { days.contains($0) } ?? false) { continue }
            if terms.allSatisfy({ Self.contains(entry.text, $0) }) && !excluded.contains(where: { Self.contains(entry.text, $0) }) {
                count += 1
            }
        }
        return count
    }

    /// Whether `needle` occurs in `haystack` (memchr for the first byte, then a compare).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                guard let base = h.baseAddress, let nb = n.baseAddress else { return false }
                var offset = 0
                let last = h.count - n.count
                while offset <= last {
                    guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, nb, n.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }

    /// Day numbers of `2024`, `2024-03`, `2024-03-05` or `A..B`; nil while the value is still incomplete.
    static func dayRange(_ value: String) -> ClosedRange<Int>? {
        let parts = value.components(separatedBy: "..")
        guard let low = parts.first.flatMap({ bounds($0) }) else { return nil }
        let high = parts.count > 1 ? bounds(parts[1]) : low
        guard let high, low.lowerBound <= high.upperBound else { return nil }
        return low.lowerBound...high.upperBound
    }

    /// First and last day of a year, month or day.
    static func bounds(_ text: String) -> ClosedRange<Int>? {
        let numbers = text.split(separator: "-").compactMap { Int($0) }
        guard numbers.count == text.split(separator: "-").count, let year = numbers.first, year >= 1000, year <= 9999 else { return nil }
        let months = numbers.count > 1 ? numbers[1]...numbers[1] : 1...12
        guard let lastMonth = months.last, let first = NewsDate(year: year, month: months.lowerBound, day: numbers.count > 2 ? numbers[2] : 1),
              let last = NewsDate(year: year, month: lastMonth, day: numbers.count > 2 ? numbers[2] : ScaleCalendar.monthLength(lastMonth, year: year))
        else { return nil }
        return first.dayNumber...last.dayNumber
    }
}
