import ArgumentParser
import Foundation
import ParallaxCore

/// Options shared by every command: the corpus folder.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "The corpus folder (default: Corpus).")
    var path: String = "Corpus"

    /// Loads the corpus or fails with a one-line error.
    func load() throws -> Corpus {
        do {
            return try CorpusLoader(root: URL(fileURLWithPath: path)).load()
        } catch let error as CorpusError {
            throw fail(message(for: error))
        }
    }

    /// The error in words, with a hint when the default folder is missing (run from elsewhere).
    func message(for error: CorpusError) -> String {
        if case .notAFolder = error, path == "Corpus" {
            return error.description + " (no Corpus folder here: run from the repository, or give a folder)"
        }
        return error.description
    }
}

/// Prints `parallax: MESSAGE` on standard error and gives the exit status to throw: one line, no usage text.
func fail(_ message: String, status: Int32 = 1) -> ExitCode {
    FileHandle.standardError.write(Data("parallax: \(TextSanitizer.displaySafe(message))\n".utf8))
    return ExitCode(status)
}

/// `parallax list`: the articles, grouped into events.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the corpus's articles, grouped into events.")

    @Flag(help: "Print JSON: {\"articles\":[…],\"skipped\":[…]}.")
    var json = false

    @OptionGroup var corpus: CorpusOptions

    /// Prints the list.
    func run() throws {
        let loaded = try corpus.load()
        if json {
            FileHandle.standardOutput.write(try ArticleJSON.list(loaded))
            print()
        } else {
            print(PlainText.list(loaded), terminator: "")
        }
    }
}

/// `parallax show ID`: one cleaned article.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one article, cleaned, as text or JSON.")

    @Argument(help: "The article's id (its path without extension, as `list` shows) or its path.")
    var id: String

    @Flag(help: "Print the article's fields and paragraphs as JSON.")
    var json = false

    @OptionGroup var corpus: CorpusOptions

    /// Prints the article.
    func run() throws {
        let loaded = try corpus.load()
        let article: Article
        do { article = try loaded.resolve(id) } catch let error as CorpusError {
            throw fail(error.description)
        }
        if json {
            FileHandle.standardOutput.write(try ArticleJSON.show(article, in: loaded))
            print()
        } else {
            print(PlainText.article(article), terminator: "")
        }
    }
}
