import Foundation
import ParallaxCore

/// `parallax-bench parse [--runs N] [--count N]`: what turning one file's bytes into an `Article` costs
/// on one core (decode, clean, split, furniture and header inference), for a realistic article of about
/// 600 words with a headline, byline, date line, dateline, credits, a copyright line and page furniture.
enum ParseBench {
    /// Runs the measurement and prints articles/s and MB/s (median of the runs); returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        let runs = option("--runs", in: arguments) ?? 7
        let count = option("--count", in: arguments) ?? 2_000
        let bytes = Array(article().utf8)
        guard case .success(let raw) = FileDecoder.decode(bytes) else {
            print("parallax-bench: the sample article does not decode")
            return 1
        }
        let sample = ArticleParser.parse(CleanText(raw: raw), id: "sample", path: "sample.txt")
        print("article: \(bytes.count) bytes, \(sample.wordCount) body words, \(sample.paragraphs.count) paragraphs "
              + "(\(sample.boilerplate.count) furniture), outlet \(sample.metadata.outletName ?? "unknown")")
        // Wall time, and the thread's CPU time, which other processes on a busy machine disturb less.
        var rates: [Double] = [], cpuRates: [Double] = []
        for _ in 0..<max(1, runs) {
            var words = 0
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = NERBench.threadCPUSeconds()
            for _ in 0..<max(1, count) { words &+= parse(bytes) }
            let cpu = NERBench.threadCPUSeconds() - cpuStart
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            rates.append(Double(count) / seconds)
            cpuRates.append(Double(count) / cpu)
            if words == 0 { print("no words parsed") }
        }
        let median = rates.sorted()[rates.count / 2], cpuMedian = cpuRates.sorted()[cpuRates.count / 2]
        print(String(format: "parse\truns %d × %d\tarticles/s %.0f\tMB/s %.1f\tµs/article %.1f\tby CPU time: articles/s %.0f\tµs/article %.1f",
                     rates.count, count, median, median * Double(bytes.count) / 1e6, 1e6 / median, cpuMedian, 1e6 / cpuMedian))
        return 0
    }

    /// Bytes → Article, as the loader does it without the file system; returns the body's word count.
    static func parse(_ bytes: [UInt8]) -> Int {
        guard case .success(let raw) = FileDecoder.decode(bytes) else { return 0 }
        return ArticleParser.parse(CleanText(raw: raw), id: "sample", path: "sample.txt").wordCount
    }

    /// The integer after a flag, if given.
    static func option(_ flag: String, in arguments: [String]) -> Int? {
        guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
        return Int(arguments[i + 1])
    }

    /// A wire story as scraped from a page: masthead, headline, standfirst, byline, date, dateline,
    /// about 600 words of body from the bundled sentences, credits, furniture and a copyright line.
    static func article() -> String {
        let pool = SearchBench.sentences().flatMap { $0.split(separator: "\n") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.split(separator: " ").count >= 8 }
        var body: [String] = []
        var words = 0, i = 0
        while words < 600 {
            // Two sentences a paragraph, about fifty words, as wire copy runs.
            let paragraph = (0..<2).map { pool[(i + $0) % pool.count] }.joined(separator: ". ") + "."
            words += paragraph.split(separator: " ").count
            body.append(paragraph)
            i += 2
        }
        body[0] = "LONDON, May 31 (Example Wire) - " + body[0]
        body.insert("Advertisement", at: 3)
        body.insert("Read more: Talks resume as envoys meet in Geneva", at: 6)
        return ([
            "World", "Envoys Agree to Resume Talks After Weeks of Deadlock | Example Wire",
            "Negotiators met for six hours on Friday and will meet again next week",
            "By Jane Doe and Richard Roe", "Published May 31, 2024 10:04 AM ET", "Share this article",
        ] + body + [
            "Reporting by Jane Doe in London; additional reporting by Richard Roe; Editing by Mark Moe",
            "Our Standards: The Example Wire Trust Principles.",
            "© 2024 Example Wire Ltd. All rights reserved.",
        ]).joined(separator: "\n\n") + "\n"
    }
}
