import Foundation
import ParallaxCore

/// `parallax-bench ner [--json] [--runs N] [--peer SCRIPT] [PATH]`: recognition and linking throughput on one
/// core, with the spaCy peer on the same articles when its script is found.
enum NERBench {
    /// Command-line options.
    struct Options {
        var json = false
        var digest = false
        var runs = 3
        var peer: String?
        var path: String?
    }

    /// Timings of our pipeline over the runs.
    struct Ours {
        let totals: [Double]
        /// This thread's CPU time per run: what the work costs when other processes share the core.
        let cpu: [Double]
        let recognition: [Double]
        let linking: [Double]
        let entities: Int
        let mentions: Int
        /// A checksum of the last run's mentions and index, to compare behaviour before and after a change.
        let digest: String
    }

    /// The repository, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs the benchmark and returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        let options: Options
        let corpus: (corpus: Corpus, texts: [String])
        do {
            options = try parse(arguments)
            corpus = try load(options)
        } catch {
            FileHandle.standardError.write(Data("parallax-bench: \(error)\n".utf8))
            return 1
        }
        let texts = corpus.texts
        // Words and bytes of the analysed text: the paragraphs the recogniser reads (headline, standfirst,
        // byline, body, credits), counted before timing; the raw files' figures are kept for reference.
        var words = 0, bytes = 0
        for article in corpus.corpus.articles {
            for segment in ArticleEntities(article: article).segments {
                let text = String(String.UnicodeScalarView(segment.scalars))
                words += text.split(whereSeparator: \.isWhitespace).count
                bytes += text.utf8.count
            }
        }
        let rawWords = texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        let rawBytes = texts.reduce(0) { $0 + $1.utf8.count }
        var ours: Result<Ours, Error>
        do { ours = .success(measure(corpus.corpus, recognizer: try makeBenchRecognizer(), runs: options.runs,
                                          digest: options.digest)) } catch {
            ours = .failure(error)
        }
        let peer: Result<PeerNER.Stats, BenchError>
        if let script = PeerNER.locate(explicit: options.peer, repository: repository) {
            peer = PeerNER.run(script: script, texts: texts)
        } else {
            peer = .failure(.peer("not found (give --peer PATH)"))
        }
        let report = NERReport(articles: corpus.corpus.articles.count, words: words, bytes: bytes, rawWords: rawWords,
                               rawBytes: rawBytes, ours: ours, peer: peer)
        print(options.json ? report.json() : report.text())
        if options.digest { FileHandle.standardError.write(Data("credit check: \(checkCredits(corpus.corpus))\n".utf8)) }
        if options.digest, case .success(let o) = ours { FileHandle.standardError.write(Data("digest: \(o.digest)\n".utf8)) }
        if case .failure(let error) = ours {
            FileHandle.standardError.write(Data("parallax-bench: \(error)\n".utf8))
            return 1
        }
        return 0
    }

    /// Reads the options.
    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--json": options.json = true
            case "--digest": options.digest = true
            case "--runs":
                guard let n = rest.popFirst().flatMap({ Int($0) }), n >= 1 else { throw BenchError.corpus("--runs needs a number") }
                options.runs = max(3, n)
            case "--peer":
                guard let script = rest.popFirst() else { throw BenchError.corpus("--peer needs a path") }
                options.peer = script
            default:
                guard options.path == nil, !argument.hasPrefix("-") else { throw BenchError.corpus("unknown argument \(argument)") }
                options.path = argument
            }
        }
        return options
    }

    /// The articles of PATH, or the bundled corpus repeated in memory to about 5 MB, with their raw texts.
    static func load(_ options: Options) throws -> (corpus: Corpus, texts: [String]) {
        let folder = options.path.map { URL(fileURLWithPath: $0) } ?? repository.appendingPathComponent("Corpus")
        let loader = CorpusLoader(root: folder)
        let seeds: Corpus
        do { seeds = try loader.load() } catch { throw BenchError.corpus("\(error)") }
        let seedTexts = seeds.articles.map { article in
            EntityJSON.readRaw(article, root: seeds.root).map { String(String.UnicodeScalarView($0)) } ?? ""
        }
        guard options.path == nil else { return (seeds, seedTexts) }
        let seedBytes = max(1, seedTexts.reduce(0) { $0 + $1.utf8.count })
        let copies = max(1, (5_000_000 + seedBytes - 1) / seedBytes)
        var articles: [Article] = []
        var texts: [String] = []
        for copy in 0..<copies {
            for (article, text) in zip(seeds.articles, seedTexts) {
                articles.append(Article(id: "\(copy)/\(article.id)", path: "\(copy)/\(article.path)",
                                        metadata: article.metadata, paragraphs: article.paragraphs))
                texts.append(text)
            }
        }
        return (Corpus(root: seeds.root, articles: articles, skipped: []), texts)
    }

    /// Times recognition then linking, on this thread only, `runs` times.
    static func measure(_ corpus: Corpus, recognizer: any MentionRecognizer, runs: Int, digest: Bool = false) -> Ours {
        var totals: [Double] = [], cpu: [Double] = [], recognition: [Double] = [], linking: [Double] = []
        var index = EntityIndex.empty
        var lastFound: [[FoundMention]] = []
        for _ in 0..<runs {
            let cpuStart = threadCPUSeconds()
            let start = DispatchTime.now().uptimeNanoseconds
            var found: [[FoundMention]] = []
            found.reserveCapacity(corpus.articles.count)
            for article in corpus.articles { found.append(ArticleEntities(article: article).mentions(using: recognizer)) }
            let recognized = DispatchTime.now().uptimeNanoseconds
            index = EntityLinker.standard.link(EntityPipeline.linkInput(corpus, found: found))
            lastFound = found
            let end = DispatchTime.now().uptimeNanoseconds
            cpu.append(threadCPUSeconds() - cpuStart)
            totals.append(Double(end - start) / 1e9)
            recognition.append(Double(recognized - start) / 1e9)
            linking.append(Double(end - recognized) / 1e9)
        }
        let mentions = corpus.articles.reduce(0) { $0 + index.mentions(in: $1.id).count }
        return Ours(totals: totals, cpu: cpu, recognition: recognition, linking: linking, entities: index.entities.count,
                    mentions: mentions, digest: digest ? Self.digest(corpus, found: lastFound, index: index) : "")
    }

    /// CPU time used so far by the calling thread.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// FNV-1a over a canonical listing of the found mentions, the entities and every article's linked mentions.
    static func digest(_ corpus: Corpus, found: [[FoundMention]], index: EntityIndex) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ text: String) {
            for b in text.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0xff) &* 0x100_0000_01b3
        }
        for list in found {
            for m in list { add("\(m.rawRange) \(m.text) \(m.type.rawValue) \(m.role ?? "-")") }
        }
        for e in index.entities {
            add("\(e.id.rawValue) \(e.name) \(e.type.rawValue) \(e.variants) \(e.mentionCounts.sorted { $0.key < $1.key })")
        }
        for article in corpus.articles {
            for m in index.mentions(in: article.id) { add("\(m.rawRange) \(m.text) \(m.type.rawValue) \(m.entity.rawValue)") }
        }
        return String(hash, radix: 16)
    }

    /// Whether the prefiltered credit test agrees with the patterns alone on every paragraph of the corpus
    /// and on tricky openings (curly quotes, non-ASCII spaces, letters that case-fold to ASCII).
    static func checkCredits(_ corpus: Corpus) -> String {
        var texts = Set(corpus.articles.flatMap { $0.paragraphs.map(\.text) })
        let openings = ["Reporting by Jane Roe; Editing by John Doe", "(Reporting by Jane Roe in Paris)", "( \u{A0}Writing by X)",
                        "\u{A0}Reported by Jane Roe.", "(\u{2009}written by Jane Roe)", "REPORTING BY JANE ROE", "Source: Al Jazeera",
                        "Sources : Reuters", "\u{17F}ource: Reuters", "Credit: Reuters", "CREDIT: AP", "To contact the reporter on this story: x",
                        "TO CONTACT THE EDITORS", "CNN’s Jane Roe contributed to this report.", "“Reporting by X”", "‘Source: Reuters’",
                        "Associated Press writer Jane Roe contributed.", "\u{212A}to contact", "ﬁ", "Writing by Ann, editing by Bo",
                        "(\tReporting by Jane Roe)", "Reportedly by", "Sourced: no", "Credits: Reuters", "contributed", ""]
        texts.formUnion(openings)
        var disagreements: [String] = []
        for text in texts where ArticleEntities.isCredit(text) != ArticleEntities.isCreditByPatternsAlone(text) {
            disagreements.append(text)
        }
        let credits = texts.filter { ArticleEntities.isCredit($0) }.count
        return disagreements.isEmpty ? "agree on \(texts.count) texts (\(credits) credits)"
            : "DISAGREE on \(disagreements.count): \(disagreements.prefix(5))"
    }
}
