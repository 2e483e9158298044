import Foundation
import ParallaxCore
import ParallaxUI

/// What `parallax-bench scale` measures: the SQLite corpus index with the bundled entity recogniser,
/// and the explorer's state and views drawn on it (no terminal: frames are drawn into a grid).
enum IndexSubject {
    /// The subject.
    static func make() -> ScaleSubject {
        ScaleSubject(
            name: "CorpusIndex (SQLite, FTS5) with the bundled entity recogniser; explorer frames drawn at 200x50",
            coldIndex: { corpus, cache in
                // As `parallax index` does: the model loaded first, let go of once the files are analysed.
                let recognizer = LazyRecognizer()
                _ = try recognizer.recognizer()
                let index = try CorpusIndex(root: corpus, cache: .directory(cache.path), recognizer: recognizer)
                _ = try index.refresh(progress: nil)
            },
            warmStartFirstFrame: { corpus, cache in
                // As the explorer starts: open the index (no model: nothing needs analysing to list it) and
                // draw the library; the refresh that follows runs in the background after this frame.
                let index = try CorpusIndex(root: corpus, cache: .directory(cache.path), recognizer: nil)
                let layouter = Layouter()
                let state = openedState(index, path: corpus.path, layouter: layouter)
                _ = AppView.render(state, layout: layouter.layout(for: state), theme: .standard)
            },
            openForQueries: { corpus, cache in
                IndexSearch(index: try CorpusIndex(root: corpus, cache: .directory(cache.path), recognizer: nil))
            },
            navigation: { corpus, cache, keys in
                let index = try CorpusIndex(root: corpus, cache: .directory(cache.path), recognizer: nil)
                return navigate(index, path: corpus.path, keys: keys)
            },
            libraryFilter: { corpus, cache, queries in
                let index = try CorpusIndex(root: corpus, cache: .directory(cache.path), recognizer: nil)
                return filter(index, queries: queries)
            })
    }

    /// The library's fuzzy filter as the explorer runs it: candidates read once, then each prefix ranked,
    /// over the previous prefix's matches when it narrows them (the explorer ranks in the background).
    static func filter(_ source: any CorpusSource, queries: [String]) -> (prepareMS: Double, typedMS: [[Double]]) {
        var prepared: LibraryCandidates?
        let prepare = ScaleStats.milliseconds { prepared = LibraryCandidates(source) }
        guard let library = prepared else { return (prepare, []) }
        let typed = queries.map { query in
            var previous: RankedLibrary?
            return (1...max(1, query.count)).map { end -> Double in
                let key = LibraryRankKey(query: String(query.prefix(end)), entity: nil, generation: library.generation)
                let within = previous.flatMap { key.narrows($0.key) ? $0.indices : nil }
                var ranking: LibraryRanking?
                let ms = ScaleStats.milliseconds { ranking = library.ranking(for: key, within: within, source: source) }
                previous = ranking.map { RankedLibrary(key: key, indices: $0.indices) }
                return ms
            }
        }
        return (prepare, typed)
    }

    /// Keys pressed in the library, cycled to the length asked for: lines, pages, half pages, both ends.
    static let keySequence: [Key] = [.char("j"), .char("j"), .char("j"), .down, .char("j"), .char(" "), .char("j"),
                                     .ctrl("d"), .char("k"), .up, .pageDown, .char("j"), .char("G"), .char("k"),
                                     .char("b"), .pageUp, .char("g"), .ctrl("u"), .char("j"), .end, .home]

    /// Draws the library, then times each key: key map, reduce, layout and a drawn frame.
    static func navigate(_ source: any CorpusSource, path: String, keys: Int) -> [Double] {
        let layouter = Layouter()
        var state = openedState(source, path: path, layouter: layouter)
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

/// Search as the palette runs it per keystroke: parse what is typed, then ask the index for the best
/// hits with their snippets (a query that does not parse yet costs only the parse, as in the palette).
struct IndexSearch: SearchSession {
    /// The index searched.
    let index: CorpusIndex

    /// Hits for the typed text (at most the palette's limit).
    func search(_ text: String) throws -> Int {
        guard case .success(let query) = QueryParser.parse(text), !query.isEmpty else { return 0 }
        return try index.search(query, limit: PaletteState.resultLimit, offset: 0).count
    }
}
