import Foundation
import ParallaxCore

/// Training, evaluation, prediction and benchmarking for Parallax's entity recogniser.
let usage = """
usage: ner-train train --data DIR [--out FILE] [--lexicon-out FILE] [--lexicon-folds K] [--source-weights name=w,...] [--runs N] [--seed S] [--epochs N] [--gazetteer FILE]
       ner-train eval --data FILE.tsv [--model FILE] [--gazetteer FILE] [--lexicon FILE] [--errors]
       ner-train predict-json DIR [--model FILE] [--gazetteer FILE]
       ner-train bench --data DIR [--model FILE] [--gazetteer FILE]
"""
let resources = "Sources/ParallaxCore/Resources/Entities"
let command = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : ""
let arguments = Array(CommandLine.arguments.dropFirst(2))

/// The value after a `--name` option, or a default.
nonisolated func option(_ name: String, _ fallback: String? = nil) -> String? {
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    guard let k = arguments.firstIndex(of: "--\(name)"), k + 1 < arguments.count else { return fallback }
    return arguments[k + 1]
}

/// The recogniser from the model, gazetteer and lexicon options (no lexicon when the file is absent).
func recognizer() throws -> EntityRecognizer {
    let lexicon = option("lexicon", "\(resources)/lexicon.tsv") ?? ""
    return try EntityRecognizer.load(model: URL(fileURLWithPath: option("model", "\(resources)/ner-model.bin") ?? ""),
                              gazetteer: URL(fileURLWithPath: option("gazetteer", "\(resources)/gazetteer.tsv") ?? ""),
                              lexicon: FileManager.default.fileExists(atPath: lexicon) ? URL(fileURLWithPath: lexicon) : nil)
}

do {
    switch command {
    case "train":
        guard let data = option("data") else { throw CommandError.missing("--data") }
        var trainer = Trainer(dataDirectory: data, output: option("out", "\(resources)/ner-model.bin") ?? "",
                              gazetteerPath: option("gazetteer", "\(resources)/gazetteer.tsv") ?? "")
        if let e = option("epochs").flatMap(Int.init) { trainer.epochs = e }
        if let f = option("features").flatMap(Int.init) { trainer.maxFeatures = f }
        for pair in (option("source-weights") ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=")
            if parts.count == 2, let w = Float(parts[1]) { trainer.sourceWeights[String(parts[0])] = w }
        }
        if let n = option("runs").flatMap(Int.init) { trainer.runs = n }
        if let r = option("seed").flatMap(UInt64.init) { trainer.seed = r }
        if let k = option("lexicon-folds").flatMap(Int.init) { trainer.lexiconFolds = k }
        trainer.lexiconOutput = option("lexicon-out", "\(resources)/lexicon.tsv") ?? ""
        try trainer.run()
    case "eval":
        guard let file = option("data") else { throw CommandError.missing("--data") }
        if arguments.contains("--errors") {
            try Commands.errors(file: file, recognizer: recognizer())
        } else {
            try Commands.evaluate(file: file, recognizer: recognizer())
        }
    case "predict-json":
        guard let dir = arguments.first(where: { !$0.hasPrefix("--") }) else { throw CommandError.missing("DIR") }
        try Commands.predictJSON(directory: dir, recognizer: recognizer())
    case "explain":
        guard let file = arguments.first(where: { !$0.hasPrefix("--") }) else { throw CommandError.missing("FILE") }
        try Commands.explain(file: file, recognizer: recognizer())
    case "features":
        let rest = arguments.filter { !$0.hasPrefix("--") }
        guard rest.count >= 2 else { throw CommandError.missing("FILE WORD") }
        try Commands.features(file: rest[0], word: rest[1], recognizer: recognizer())
    case "bench":
        guard let dir = option("data") else { throw CommandError.missing("--data") }
        try Commands.bench(directory: dir, recognizer: recognizer())
    default:
        throw CommandError.missing("a command")
    }
} catch {
    FileHandle.standardError.write(Data("ner-train: \(error)\n\(usage)\n".utf8))
    exit(1)
}
