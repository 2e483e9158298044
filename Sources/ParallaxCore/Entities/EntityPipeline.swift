import Foundation
import Synchronization

/// Finds the entities of a corpus: recognition on every core, article by article, then linking.
public struct EntityPipeline: Sendable {
    /// The recogniser.
    public let recognizer: any MentionRecognizer
    /// The linker.
    public let linker: EntityLinker

    /// Creates a pipeline.
    public init(recognizer: any MentionRecognizer, linker: EntityLinker = .standard) {
        self.recognizer = recognizer
        self.linker = linker
    }

    /// Recognises and links the mentions of every article of a corpus, using its events.
    /// `progress` is told (from any thread) how many articles have been read, every few percent.
    public func index(_ corpus: Corpus, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> EntityIndex {
        let found = recognizeAll(corpus.articles, progress: progress)
        return linker.link(Self.linkInput(corpus, found: found))
    }

    /// Every article's mentions, in article order, recognised on all cores.
    public func recognizeAll(_ articles: [Article],
                             progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> [[FoundMention]] {
        let chunk = 16
        let chunks = (articles.count + chunk - 1) / chunk
        progress?(0, articles.count)
        let step = max(chunk, articles.count / 50)
        let results = Mutex<(parts: [[[FoundMention]]], done: Int, reported: Int)>(
            (Array(repeating: [], count: chunks), 0, 0))
        let recognizer = self.recognizer
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let slice = articles[(c * chunk)..<min(articles.count, (c + 1) * chunk)]
            let part = slice.map { ArticleEntities(article: $0).mentions(using: recognizer) }
            results.withLock { state in
                state.parts[c] = part
                state.done += part.count
                guard state.done - state.reported >= step || state.done == articles.count else { return }
                state.reported = state.done
                progress?(state.done, articles.count)
            }
        }
        return results.withLock { $0.parts.flatMap { $0 } }
    }

    /// The linker's input: each article's mentions with its source and event.
    public static func linkInput(_ corpus: Corpus, found: [[FoundMention]]) -> [ArticleMentions] {
        var eventIndex: [String: Int] = [:]
        for (e, event) in corpus.events.enumerated() { for id in event.articleIDs { eventIndex[id] = e } }
        return zip(corpus.articles, found).map { article, mentions in
            ArticleMentions(articleID: article.id, source: article.metadata.outletName ?? article.id,
                            event: eventIndex[article.id], mentions: mentions)
        }
    }
}
