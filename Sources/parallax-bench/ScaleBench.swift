import Foundation

/// `parallax-bench scale [--articles N] [--json] [--runs R] [--keep DIR] [--seed S] [--nav-keys K] [--generate-only]`:
/// generates a realistic synthetic corpus and measures the subject on it (cold index, warm start to the
/// first frame, search as you type, navigation, cache size, peak RSS), with ripgrep on the same queries.
enum ScaleBench {
    /// Command-line options.
    struct Options {
        var articles = 1_000
        var json = false
        var runs: Int?
        var keep: String?
        var seed: UInt64 = 1
        var navKeys = 200
        var generateOnly = false
        var child: String?
        var corpus: String?
        var cache: String?
    }

    /// What a generated corpus folder records about itself, in `.parallax-scale.json` (hidden, so neither
    /// the loader nor rg reads it).
    struct Manifest: Codable {
        /// Bumped whenever the generator's output changes, so that a kept corpus is not reused by mistake.
        var generator = ScaleBench.generatorVersion
        /// Articles and seed asked for.
        let articles: Int
        let seed: UInt64
        /// What was written.
        let stats: ScaleCorpusGenerator.Stats
        /// The fixed query list.
        let queries: [String]
        /// Seconds the generation took.
        let generateSeconds: Double
    }

    /// The generator's output version, bumped whenever it writes different bytes for the same options.
    static let generatorVersion = 3

    /// The manifest's file name.
    static let manifestName = ".parallax-scale.json"

    /// Runs the benchmark (or one measured part, in a child) and returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        do {
            let options = try parse(arguments)
            if let kind = options.child {
                guard let corpus = options.corpus, let cache = options.cache else { throw ScaleError.usage("--child needs --corpus and --cache") }
                let manifest = try readManifest(URL(fileURLWithPath: corpus))
                return ScaleChild.run(kind: kind, corpus: URL(fileURLWithPath: corpus), cache: URL(fileURLWithPath: cache),
                                      queries: manifest?.queries ?? [], navKeys: options.navKeys)
            }
            if options.generateOnly {
                guard let keep = options.keep else { throw ScaleError.usage("--generate-only needs --keep DIR") }
                let (manifest, _) = try prepare(URL(fileURLWithPath: keep), options: options)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(manifest), as: UTF8.self))
                return 0
            }
            let report = try measure(options)
            print(options.json ? report.json() : report.text())
            return 0
        } catch {
            FileHandle.standardError.write(Data("parallax-bench scale: \(error)\n".utf8))
            return 1
        }
    }

    /// Reads the options.
    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let v = rest.popFirst() else { throw ScaleError.usage("\(flag) needs a value") }
            return v
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--articles": options.articles = try positive(value(argument), argument)
            case "--runs": options.runs = try positive(value(argument), argument)
            case "--nav-keys": options.navKeys = try positive(value(argument), argument)
            case "--seed":
                guard let seed = UInt64(try value(argument)) else { throw ScaleError.usage("--seed takes a whole number") }
                options.seed = seed
            case "--json": options.json = true
            case "--generate-only": options.generateOnly = true
            case "--keep": options.keep = try value(argument)
            case "--child": options.child = try value(argument)
            case "--corpus": options.corpus = try value(argument)
            case "--cache": options.cache = try value(argument)
            default:
                throw ScaleError.usage("parallax-bench scale [--articles N] [--json] [--runs R] [--keep DIR] [--seed S] [--nav-keys K] [--generate-only] (not \(argument))")
            }
        }
        return options
    }

    /// A positive whole number.
    static func positive(_ text: String, _ flag: String) throws -> Int {
        guard let n = Int(text), n > 0 else { throw ScaleError.usage("\(flag) takes a positive whole number") }
        return n
    }

    /// Generates or reuses the corpus, runs the parts in child processes, then ripgrep.
    static func measure(_ options: Options) throws -> ScaleReport {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-scale-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let corpus = options.keep.map { URL(fileURLWithPath: $0) } ?? temporary.appendingPathComponent("corpus")
        let (manifest, generated) = try prepare(corpus, options: options)
        let runs = options.runs ?? (options.articles <= 20_000 ? 3 : 1)
        var colds: [ScaleChild.Cold] = [], explores: [ScaleChild.Explore] = [], caches: [Double] = []
        for run in 0..<runs {
            let cache = temporary.appendingPathComponent("cache-\(run)")
            try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
            note("run \(run + 1)/\(runs): cold index")
            colds.append(try ScaleChild.spawn(ScaleChild.Cold.self, kind: "cold", corpus: corpus, cache: cache, navKeys: options.navKeys))
            caches.append(Double(folderBytes(cache)) / 1e6)
            note("run \(run + 1)/\(runs): warm start, \(manifest.queries.count) queries as typed, \(options.navKeys) keys")
            explores.append(try ScaleChild.spawn(ScaleChild.Explore.self, kind: "explore", corpus: corpus, cache: cache, navKeys: options.navKeys))
            try? FileManager.default.removeItem(at: cache)
        }
        note("ripgrep")
        let rg = ScaleRipgrep.compare(queries: manifest.queries, corpus: corpus, repetitions: max(3, runs))
        return ScaleReport(subject: makeScaleSubject().name, manifest: manifest, generated: generated, runs: runs,
                           colds: colds, explores: explores, cacheMB: caches, rg: rg, navKeys: options.navKeys)
    }

    /// The corpus's manifest, reused when it matches the options, or a newly generated corpus.
    static func prepare(_ corpus: URL, options: Options) throws -> (Manifest, generated: Bool) {
        if let manifest = try readManifest(corpus), manifest.articles == options.articles, manifest.seed == options.seed,
           manifest.generator == generatorVersion {
            note("reusing the corpus in \(corpus.path)")
            return (manifest, false)
        }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        if !existing.isEmpty {
            guard existing.contains(manifestName) else {
                throw ScaleError.usage("--keep \(corpus.path): not empty and not a generated corpus; give an empty or new folder")
            }
            try FileManager.default.removeItem(at: corpus)
        }
        note("generating \(options.articles) articles (seed \(options.seed)) in \(corpus.path)")
        var stats = ScaleCorpusGenerator.Stats()
        let ms = try ScaleStats.milliseconds {
            stats = try ScaleCorpusGenerator(articles: options.articles, seed: options.seed).write(to: corpus)
        }
        let manifest = Manifest(articles: options.articles, seed: options.seed, stats: stats,
                                queries: ScaleQueries.make(ScalePlan(articles: options.articles, seed: options.seed)),
                                generateSeconds: ms / 1000)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { try encoder.encode(manifest).write(to: corpus.appendingPathComponent(manifestName)) } catch {
            throw ScaleError.io("cannot write the manifest in \(corpus.path): \(error.localizedDescription)")
        }
        return (manifest, true)
    }

    /// The manifest of a generated corpus folder, if it has one.
    static func readManifest(_ corpus: URL) throws -> Manifest? {
        guard let data = try? Data(contentsOf: corpus.appendingPathComponent(manifestName)) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    /// Bytes of all files under a folder (the cache on disk).
    static func folderBytes(_ folder: URL) -> Int {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey]) else { return 0 }
        var total = 0
        for case let url as URL in walker { total += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) ?? 0 }
        return total
    }

    /// A progress line on standard error.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("scale: \(message)\n".utf8))
    }
}
