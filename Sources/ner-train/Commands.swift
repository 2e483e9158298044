import Foundation
import ParallaxCore

/// A command line mistake.
enum CommandError: Error, CustomStringConvertible {
    /// A required argument is absent.
    case missing(String)
    /// One-line description.
    var description: String {
        switch self { case let .missing(what): "missing \(what)" }
    }
}

/// The eval, predict-json and bench commands.
enum Commands {
    /// Prints typed span P/R/F1 on a labelled TSV file, with all types and with NORP mapped to O.
    static func evaluate(file: String, recognizer: EntityRecognizer) throws {
        let docs = try LabeledCorpus.read(file)
        let builder = recognizer.builder
        let built = docs.map { builder.build($0.segments, tokens: $0.tokens, marks: $0.marks) }
        let gold = docs.map(\.labels)
        for dropNORP in [false, true] {
            let score = Scoring.evaluate(built, gold: gold, dropNORP: dropNORP) { recognizer.tag($0) }
            print("\(file) — \(dropNORP ? "NORP mapped to O" : "all types"):")
            print(score.report())
        }
    }

    /// Writes `{"articles":{name:{"entities":[{text,type,start,end}]}}}` for the .txt files of a folder.
    static func predictJSON(directory: String, recognizer: EntityRecognizer) throws {
        var articles: [String: Any] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOfFile: (directory as NSString).appendingPathComponent(name), encoding: .utf8)
            let article = ArticleText(text)
            var entities: [[String: Any]] = []
            for span in recognizer.recognize(article.segments) {
                let scalars = article.segments[span.segment].scalars[span.range]
                let offset = article.offsets[span.segment]
                entities.append(["text": String(String.UnicodeScalarView(scalars)), "type": span.type.rawValue,
                                 "start": offset + span.range.lowerBound, "end": offset + span.range.upperBound])
            }
            articles[name] = ["entities": entities]
        }
        let data = try JSONSerialization.data(withJSONObject: ["articles": articles], options: [.prettyPrinted, .sortedKeys])
        FileHandle.standardOutput.write(data)
        print()
    }

    /// Prints recognition speed in words per second on one core over the .txt files of a folder.
    static func bench(directory: String, recognizer: EntityRecognizer) throws {
        var articles: [ArticleText] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where name.hasSuffix(".txt") {
            articles.append(ArticleText(try String(contentsOfFile: (directory as NSString).appendingPathComponent(name), encoding: .utf8)))
        }
        let wordsPerPass = articles.reduce(0) { $0 + $1.words }
        guard wordsPerPass > 0 else { throw CommandError.missing("articles with words in \(directory)") }
        var words = 0, spans = 0
        let start = Date()
        while Date().timeIntervalSince(start) < 3 {
            for a in articles { spans += recognizer.recognize(a.segments).count }
            words += wordsPerPass
        }
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "%d words in %.2f s: %.0f words/s on one core (%d spans)", words, seconds, Double(words) / seconds, spans))
    }
}

extension Commands {
    /// Prints each token of a text file with its features' case flags and the tagged spans (debugging aid).
    static func explain(file: String, recognizer: EntityRecognizer) throws {
        let article = ArticleText(try String(contentsOfFile: file, encoding: .utf8))
        for span in recognizer.recognize(article.segments) {
            let text = String(String.UnicodeScalarView(article.segments[span.segment].scalars[span.range]))
            print("\(span.segment)\t\(span.range)\t\(span.type.rawValue)\t\(text)")
        }
    }
}

extension Commands {
    /// Prints, for tokens whose text is `word`, each feature's contribution to the chosen label and to O.
    static func features(file: String, word: String, recognizer: EntityRecognizer) throws {
        let article = ArticleText(try String(contentsOfFile: file, encoding: .utf8))
        var tokens: [[Range<Int>]] = [], marks: [[UInt8]] = []
        for s in article.segments {
            var r: [Range<Int>] = []
            s.scalars.withUnsafeBufferPointer { Tokenizer.tokenize($0, into: &r); marks.append(SentenceMarker.mark($0, r)) }
            tokens.append(r)
        }
        let doc = recognizer.builder.build(article.segments, tokens: tokens, marks: marks)
        let labels = TagDecoder.decode(doc, gazetteer: recognizer.gazetteer, scorer: recognizer.weights)
        let extractor = FeatureExtractor(doc: doc, gazetteer: recognizer.gazetteer)
        for i in 0..<doc.count {
            let text = String(String.UnicodeScalarView(article.segments[Int(doc.segment[i])].scalars[Int(doc.start[i])..<Int(doc.end[i])]))
            guard text == word else { continue }
            var keys: [UInt64] = []
            extractor.features(at: i, previous: i > 0 ? labels[i - 1] : 0, i > 1 ? labels[i - 2] : 0, history: 0, into: &keys)
            print("token \(i) flags \(doc.flags[i].rawValue) bucket \(doc.lowerBucket[i]) label \(labels[i])")
            func row(_ s: SIMD16<Float>) -> String {
                (0..<TagLabel.count).map { String(format: "%7.1f", s[$0]) }.joined(separator: " ")
            }
            print("      " + (0..<TagLabel.count).map { String(format: "%7d", $0) }.joined(separator: " "))
            for (n, k) in keys.enumerated() {
                print(String(format: "%5d ", n) + row([k].withUnsafeBufferPointer { recognizer.weights.scores($0) }))
            }
            print("total " + row(keys.withUnsafeBufferPointer { recognizer.weights.scores($0) }))
        }
    }
}

extension Commands {
    /// Prints false positives and negatives of a labelled file, one per line ("FP ORG text").
    static func errors(file: String, recognizer: EntityRecognizer) throws {
        let docs = try LabeledCorpus.read(file)
        for d in docs {
            let doc = recognizer.builder.build(d.segments, tokens: d.tokens, marks: d.marks)
            let predicted = Set(recognizer.tag(doc)), gold = Set(TokenSpan.spans(d.labels, segments: doc.sentence))
            func text(_ s: TokenSpan) -> String {
                let seg = d.segments[Int(doc.segment[s.start])].scalars
                return String(String.UnicodeScalarView(seg[Int(doc.start[s.start])..<Int(doc.end[s.end - 1])]))
            }
            for s in predicted.subtracting(gold) { print("FP \(EntityType.at(s.type).rawValue)\t\(text(s))") }
            for s in gold.subtracting(predicted) {
                let sameSpan = predicted.first { $0.start == s.start && $0.end == s.end }
                let overlap = predicted.first { $0.start < s.end && s.start < $0.end }
                let why = sameSpan.map { "as \(EntityType.at($0.type).rawValue)" }
                    ?? overlap.map { "boundary: \(EntityType.at($0.type).rawValue) \(text($0))" } ?? "missed"
                print("FN \(EntityType.at(s.type).rawValue)\t\(text(s))\t\(why)")
            }
        }
    }
}
