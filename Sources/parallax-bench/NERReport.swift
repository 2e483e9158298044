import Foundation

/// The figures of `parallax-bench ner`, as text or JSON. `words` and `bytes` are those of the analysed text
/// (the paragraphs the recogniser reads); `rawWords` and `rawBytes` those of the whole files, which the peer
/// reads.
struct NERReport {
    let articles: Int
    let words: Int
    let bytes: Int
    let rawWords: Int
    let rawBytes: Int
    let ours: Result<NERBench.Ours, Error>
    let peer: Result<PeerNER.Stats, BenchError>

    /// The median of some numbers.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The fields, JSON-ready (nil values become null).
    func fields() -> [(String, Any?)] {
        var out: [(String, Any?)] = [("articles", articles), ("words", words), ("mb", Double(bytes) / 1e6),
                                     ("words_text", Self.wordsText), ("raw_words", rawWords),
                                     ("raw_mb", Double(rawBytes) / 1e6)]
        let mb = Double(bytes) / 1e6
        var oursRate: Double?
        switch ours {
        case .success(let o):
            let seconds = Self.median(o.totals)
            oursRate = seconds > 0 ? Double(words) / seconds : nil
            out += [("runs", o.totals.count), ("seconds", seconds), ("seconds_min", o.totals.min()),
                    ("seconds_max", o.totals.max()), ("words_per_s", oursRate),
                    ("words_per_s_min", o.totals.max().map { Double(words) / $0 }),
                    ("words_per_s_max", o.totals.min().map { Double(words) / $0 }),
                    ("mb_per_s", seconds > 0 ? mb / seconds : nil),
                    ("cpu_seconds", Self.median(o.cpu)), ("cpu_seconds_min", o.cpu.min()), ("cpu_seconds_max", o.cpu.max()),
                    ("cpu_words_per_s", Self.median(o.cpu) > 0 ? Double(words) / Self.median(o.cpu) : nil),
                    ("recognize_seconds", Self.median(o.recognition)), ("link_seconds", Self.median(o.linking)),
                    ("entities", o.entities), ("mentions", o.mentions), ("error", nil)]
        case .failure(let error):
            out += [("seconds", nil), ("words_per_s", nil), ("mb_per_s", nil), ("error", "\(error)")]
        }
        switch peer {
        case .success(let p):
            out += [("peer_words", p.words), ("peer_seconds", p.seconds), ("peer_words_per_s", p.wordsPerSecond),
                    ("ratio", oursRate.map { p.wordsPerSecond > 0 ? $0 / p.wordsPerSecond : 0 }), ("peer_error", nil)]
        case .failure(let error):
            out += [("peer_words_per_s", nil), ("ratio", nil), ("peer_error", error.description)]
        }
        return out
    }

    /// One JSON object.
    func json() -> String {
        var object: [String: Any] = [:]
        for (key, value) in fields() { object[key] = value ?? NSNull() }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Which text `words` counts.
    static let wordsText = "analysed: headline, standfirst, byline, body and credit paragraphs, whitespace-separated"

    /// A readable summary.
    func text() -> String {
        var lines = [String(format: "ner: %d articles, %d words, %.2f MB of analysed text (headline, standfirst, byline, body, credits; raw files %d words, %.2f MB), one core",
                            articles, words, Double(bytes) / 1e6, rawWords, Double(rawBytes) / 1e6)]
        switch ours {
        case .success(let o):
            let s = o.totals.sorted()
            lines.append(String(format: "ours: %.3f s median (min %.3f, max %.3f over %d runs): %.0f words/s, %.2f MB/s; recognise %.3f s, link %.3f s; %d entities, %d mentions",
                                Self.median(s), s.first ?? 0, s.last ?? 0, s.count, Double(words) / max(Self.median(s), 1e-9),
                                Double(bytes) / 1e6 / max(Self.median(s), 1e-9), Self.median(o.recognition),
                                Self.median(o.linking), o.entities, o.mentions))
            let c = o.cpu.sorted()
            lines.append(String(format: "ours, thread CPU time: %.3f s median (min %.3f, max %.3f): %.0f words/s",
                                Self.median(c), c.first ?? 0, c.last ?? 0, Double(words) / max(Self.median(c), 1e-9)))
        case .failure(let error):
            lines.append("ours: unavailable (\(error))")
        }
        switch peer {
        case .success(let p):
            lines.append(String(format: "peer (spaCy): %d words, %.3f s, %.0f words/s", p.words, p.seconds, p.wordsPerSecond))
            if case .success(let o) = ours {
                lines.append(String(format: "ratio ours/peer: %.2f", Double(words) / max(Self.median(o.totals), 1e-9) / max(p.wordsPerSecond, 1e-9)))
            }
        case .failure(let error):
            lines.append("\(error)")
        }
        return lines.joined(separator: "\n")
    }
}
