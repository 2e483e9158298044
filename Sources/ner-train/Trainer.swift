import Foundation
import ParallaxCore

/// Trains the tagger on the labelled corpora, reports dev F1 per epoch and writes the best model.
struct Trainer {
    /// Folder with train/, dev/ and heldout/.
    var dataDirectory: String
    /// Where the model goes.
    var output: String
    /// Gazetteer TSV used for features.
    var gazetteerPath: String
    /// Passes over the training data.
    var epochs = 12
    /// Most features kept after pruning.
    var maxFeatures = 220_000
    /// Where the name lexicon goes (empty: not written).
    var lexiconOutput = ""
    /// Per-source weight overrides ("crossner-politics" names that file); weight 0 leaves a source out.
    var sourceWeights: [String: Float] = [:]
    /// Training runs with different shuffles whose weights are averaged.
    var runs = 3
    /// Seed of the shuffles.
    var seed: UInt64 = 20_240_531
    /// Folds of the jackknifed lexicon used for training features (0: no lexicon).
    var lexiconFolds = 5

    /// Runs training end to end.
    func run() throws {
        let started = Date()
        let gazetteer = Gazetteer(tsv: try Data(contentsOf: URL(fileURLWithPath: gazetteerPath)))
        var train: [LabeledDocument] = []
        for file in try tsvFiles("train") {
            var docs = try LabeledCorpus.read(file)
            for k in docs.indices {
                let name = file.contains("crossner-politics") ? "crossner-politics"
                    : docs[k].id.hasPrefix("btc-g-") ? "btc-g" : docs[k].source
                docs[k].weight = sourceWeights[name] ?? LabeledCorpus.weight(source: docs[k].source, file: file)
            }
            docs.removeAll { $0.weight <= 0 }
            print("read \(file): \(docs.count) docs, \(docs.reduce(0) { $0 + $1.labels.count }) tokens")
            train += docs
        }
        var dev: [LabeledDocument] = []
        for file in try tsvFiles("dev") { dev += try LabeledCorpus.read(file) }
        let lowerEntries = LowercaseCounter.entries(train)
        var trainDocs = DocumentBuilder(gazetteer: gazetteer, lowercase: LowercaseTable(lowerEntries))
            .build(train)
        let lexicon = lexiconFolds > 0 ? LexiconBuilder(train, trainDocs, selected: { _ in true }) : nil
        if let lexicon {
            jackknife(train, &trainDocs)
            if !lexiconOutput.isEmpty { try Data(lexicon.tsv().utf8).write(to: URL(fileURLWithPath: lexiconOutput)) }
        }
        let builder = DocumentBuilder(gazetteer: gazetteer, lowercase: LowercaseTable(lowerEntries),
                                      lexicon: lexicon?.gazetteer() ?? Gazetteer())
        let devDocs = builder.build(dev)
        print(String(format: "prepared %d train docs, %d dev docs in %.1f s", trainDocs.count, devDocs.count, Date().timeIntervalSince(started)))
        var sum: [UInt64: SIMD16<Float>] = [:]
        for r in 0..<max(runs, 1) {
            let (index, weights) = trainRun(seed: seed &+ UInt64(r), train, trainDocs, dev, devDocs, gazetteer)
            for (key, row) in index where Int(row) < weights.count { sum[key, default: .zero] += weights[Int(row)] }
        }
        let averaged = sum.mapValues { $0 / Float(max(runs, 1)) }
        let data = ModelFile.encode(features: prune(averaged), lowercase: lowerEntries)
        try data.write(to: URL(fileURLWithPath: output))
        print(String(format: "wrote %@ (%.2f MB) in %.0f s total", output, Double(data.count) / 1e6, Date().timeIntervalSince(started)))
    }

    /// One training run (epochs over shuffled documents); returns the averaged weights of the epoch
    /// with the best dev F1, with their feature index.
    private func trainRun(seed: UInt64, _ train: [LabeledDocument], _ trainDocs: [DocumentTokens], _ dev: [LabeledDocument],
                          _ devDocs: [DocumentTokens], _ gazetteer: Gazetteer) -> ([UInt64: Int32], [SIMD16<Float>]) {
        let model = Perceptron()
        var order = Array(trainDocs.indices)
        // One step ahead of `seed`: the trainer's generator always drew that way, and a retrain should
        // reproduce the shipped model's shuffles.
        var rng = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15)
        var best: (f1: Double, epoch: Int, weights: [SIMD16<Float>]) = (-1, 0, [])
        for epoch in 1...epochs {
            order.shuffle(using: &rng)
            let t0 = Date()
            var errors = 0, total = 0
            for d in order {
                errors += trainOne(trainDocs[d], gold: train[d].labels, weight: train[d].weight, gazetteer: gazetteer, model: model)
                total += train[d].labels.count
            }
            model.freeze()
            let score = Scoring.evaluate(devDocs, gold: dev.map(\.labels), dropNORP: true) { doc in
                SpanRules.apply(TokenSpan.spans(TagDecoder.decode(doc, gazetteer: gazetteer, scorer: model), segments: doc.sentence), doc, gazetteer: gazetteer)
            }
            model.thaw()
            print(String(format: "epoch %2d: train token error %.4f, dev P %.3f R %.3f F1 %.3f, %d features, %.1f s",
                         epoch, Double(errors) / Double(total), score.precision, score.recall, score.f1, model.index.count,
                         Date().timeIntervalSince(t0)))
            if score.f1 > best.f1 { best = (score.f1, epoch, model.averaged()) }
        }
        print("best epoch \(best.epoch): dev F1 \(String(format: "%.3f", best.f1))")
        return (model.index, best.weights)
    }

    /// Gives each training document lexicon matches from a lexicon built on the other folds only, so
    /// the model learns how far a name seen in *other* documents can be trusted.
    private func jackknife(_ train: [LabeledDocument], _ docs: inout [DocumentTokens]) {
        let fold = docs.indices.map { Int(ScalarText.mix(UInt64($0) &+ 0x51_7cc1) % UInt64(lexiconFolds)) }
        for f in 0..<lexiconFolds {
            let matcher = GazetteerMatcher(gazetteer: LexiconBuilder(train, docs, selected: { fold[$0] != f }).gazetteer())
            for d in docs.indices where fold[d] == f { docs[d].lexiconMatches = matcher.match(docs[d]) }
        }
    }

    /// Trains on one document with greedy decoding over the model's own predictions; returns the errors.
    private func trainOne(_ doc: DocumentTokens, gold: [UInt8], weight: Float, gazetteer: Gazetteer, model: Perceptron) -> Int {
        let extractor = FeatureExtractor(doc: doc, gazetteer: gazetteer)
        var history = LabelHistory(count: doc.count)
        var keys: [UInt64] = []
        var p1: UInt8 = 0, p2: UInt8 = 0
        var errors = 0
        for i in 0..<doc.count {
            if i == 0 || doc.segment[i] != doc.segment[i - 1] { p1 = 0; p2 = 0 }
            let capitalised = doc.flags[i].contains(.capitalized)
            extractor.features(at: i, previous: p1, p2, history: capitalised ? history.value(doc.lower[i]) : 0, into: &keys)
            let predicted = TagDecoder.best(keys.withUnsafeBufferPointer { model.scores($0) }, after: p1)
            // After a wrong previous prediction a gold I- label cannot be produced; its B- label is the
            // best reachable one (updating towards the unreachable label only inflates weights).
            let target = TagLabel.allowed(gold[i], after: p1) ? gold[i] : gold[i] - 1
            if predicted != target {
                model.update(keys, gold: target, predicted: predicted, weight: weight)
                errors += 1
            }
            model.tick()
            if capitalised { history.record(doc.lower[i], label: predicted) }
            p2 = p1
            p1 = predicted
        }
        return errors
    }

    /// The features with the largest weights, at most `maxFeatures`, dropping near-zero rows.
    private func prune(_ weights: [UInt64: SIMD16<Float>]) -> [(UInt64, [Float])] {
        var rows: [(UInt64, [Float], Float)] = []
        rows.reserveCapacity(weights.count)
        for (key, w) in weights {
            let values = (0..<TagLabel.count).map { w[$0] }
            let strength = values.reduce(0) { max($0, abs($1)) }
            if strength > 1e-3 { rows.append((key, values, strength)) }
        }
        rows.sort { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }
        let kept = rows.prefix(maxFeatures)
        print("pruned \(weights.count) features to \(kept.count) (smallest kept |w| \(kept.last?.2 ?? 0))")
        return kept.map { ($0.0, $0.1) }
    }

    /// The .tsv files in a subfolder of the data directory, sorted.
    private func tsvFiles(_ sub: String) throws -> [String] {
        let dir = (dataDirectory as NSString).appendingPathComponent(sub)
        return try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tsv") }.sorted()
            .map { (dir as NSString).appendingPathComponent($0) }
    }
}

extension DocumentBuilder {
    /// Builds labelled documents.
    func build(_ docs: [LabeledDocument]) -> [DocumentTokens] {
        docs.map { build($0.segments, tokens: $0.tokens, marks: $0.marks) }
    }
}

