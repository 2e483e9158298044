import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax entities [--json] PATH...`: the named entities of each article, linked across the corpus.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List each article's named entities, linked across the corpus, as a table or JSON.",
        discussion: """
            PATH is a folder (searched recursively) or article files. JSON keys are paths relative to the \
            deepest folder that holds every PATH: for one folder, the path inside it; for files of one \
            folder, the file name.
            """)

    @Flag(help: "Print JSON: {\"articles\": {\"<path>\": {\"entities\": [{\"text\",\"type\",\"start\",\"end\",\"entity\"}]}}}.")
    var json = false

    @Argument(help: "Corpus folders or article files.")
    var paths: [String] = ["Corpus"]

    /// Loads the articles with the recogniser and prints their entities.
    func run() throws {
        let selection: CorpusSelection
        do { selection = try CorpusSelection(paths) } catch {
            let hint = paths == ["Corpus"] ? " (no Corpus folder here: run from the repository, or give a folder)" : ""
            throw fail("\(error)" + hint)
        }
        let recognizer = try requireRecognizer()
        let corpus = CorpusLoader(root: selection.root, recognizer: recognizer).load(paths: selection.paths)
        if json {
            FileHandle.standardOutput.write(try EntityJSON.document(corpus))
            print()
        } else {
            print(EntityText.report(corpus), terminator: "")
        }
    }
}
