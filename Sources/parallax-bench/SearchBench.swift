import Foundation
import ParallaxCore
import ParallaxUI

/// `parallax-bench search`: what a keystroke costs while searching a million-word article (fold once,
/// then narrow as the query grows) and while fuzzy-filtering a library of 100,000 rows.
enum SearchBench {
    /// Runs both measurements and prints them; returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        let words = arguments.first.flatMap(Int.init) ?? 1_000_000
        let rows = arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
        do {
            try articleSearch(words: words)
        } catch {
            print("parallax-bench: \(error)")
            return 1
        }
        librarySearch(rows: rows)
        return 0
    }

    /// Milliseconds a body takes.
    static func milliseconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    /// Sentences to build text from: the bundled corpus's, or a stock one.
    static func sentences() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Corpus")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
        let text = files.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        let found = text.flatMap { $0.components(separatedBy: ". ") }.filter { $0.count > 40 }
        return found.isEmpty ? ["The minister said on Friday that talks with Zoë Ångström’s delegation would go on"] : found
    }

    /// Types a query into the reader's search prompt, one key at a time, timing each (reduce + frame).
    static func articleSearch(words: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bench-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pool = sentences()
        var text = "A Very Long Article\n\n", count = 0, i = 0
        while count < words {
            let paragraph = (0..<5).map { pool[(i + $0) % pool.count] }.joined(separator: ". ") + "."
            count += paragraph.split(separator: " ").count
            text += paragraph + "\n\n"
            i += 5
        }
        try text.write(to: folder.appendingPathComponent("long.txt"), atomically: false, encoding: .utf8)
        let corpus = try CorpusLoader(root: folder).load()
        let layouter = Layouter()
        var state = try openedState(folder, layouter: layouter)
        send(.openSelected, to: &state, layouter: layouter)
        _ = AppView.render(state, layout: layouter.layout(for: state), theme: .standard)
        print("search in a long article (\(corpus.articles.first?.wordCount ?? 0) words): key\tms (reduce + frame)\tmatches")
        let keys: [Action] = [.startSearch] + "said the".map { .insertText(String($0)) }
            + [.deleteBackward, .insertText("e"), .deleteToStart] + "Minister".map { .insertText(String($0)) } + [.submitPrompt, .nextMatch]
        for action in keys {
            let ms = milliseconds {
                _ = reduce(&state, action, layouter: layouter)
                _ = AppView.render(state, layout: layouter.layout(for: state), theme: .standard)
            }
            let matches = layouter.layout(for: state).reader?.matches?.count ?? 0
            print(String(format: "\t%@\t%.2f\t%d", describe(action), ms, matches))
        }
    }

    /// How a key is shown in the table.
    static func describe(_ action: Action) -> String {
        switch action {
        case .insertText(let t): return t == " " ? "Space" : t
        case .startSearch: return "/"
        case .deleteBackward: return "Bksp"
        case .deleteToStart: return "C-u"
        case .submitPrompt: return "Enter"
        case .nextMatch: return "n"
        default: return "\(action)"
        }
    }

    /// Fuzzy-filters synthetic library rows (headline, outlet, four names), timing each query prefix.
    static func librarySearch(rows: Int) {
        var rng = SystemRandomNumberGenerator()
        let pool = sentences()
        let outlets = ["Reuters", "Bloomberg", "Associated Press", "Al Jazeera", "BBC News", "Harbour Times", "Tokyo Shimbun"]
        let names = ["Annalena Baerbock", "Li Qiang", "Foreign Office", "Nairobi", "Pacific", "Zoë Ångström", "Hanako Yamada",
                     "United Nations", "South China Sea", "Olaf Scholz", "Emmanuel Macron", "Kyiv"]
        var folding = TextFolding(caseSensitive: true)
        var ids: [String] = [], candidates: [FuzzyCandidate] = []
        let build = milliseconds {
            for i in 0..<rows {
                let headline = String((pool.randomElement(using: &rng) ?? "").prefix(90))
                let fields = [headline, outlets.randomElement(using: &rng) ?? ""] + (0..<4).map { _ in names.randomElement(using: &rng) ?? "" }
                ids.append(String(i))
                candidates.append(FuzzyCandidate(fields: fields, folding: &folding))
            }
        }
        let library = LibraryCandidates(articleIDs: ids, candidates: candidates)
        print(String(format: "\nfuzzy filter over %d rows: prepared in %.0f ms\nquery\tms\tmatching rows", rows, build))
        for query in ["m", "ma", "mar", "mart", "martens", "martens r", "martens reu", "zoe", "xqz"] {
            var found = 0
            let ms = milliseconds { found = library.ranked(by: FuzzyQuery(query)).count }
            print(String(format: "%@\t%.1f\t%d", query, ms, found))
        }
    }
}
