import Foundation
@testable import ParallaxCore
@testable import ParallaxUI

/// An in-memory `CorpusSource` over a loaded `Corpus`, listing it the way the index does.
final class CorpusDouble: CorpusSource, @unchecked Sendable {
    let corpus: Corpus
    let rows: [LibraryEntry]
    var root: URL { URL(fileURLWithPath: corpus.root) }
    /// False until the service's refresh ran: the double then stands for a first build (no cache).
    nonisolated(unsafe) var refreshed = false
    var generation: Int { refreshed ? 1 : 0 }
    var articleCount: Int { refreshed ? corpus.articles.count : 0 }
    var eventCount: Int { corpus.events.count }
    var skippedCount: Int { corpus.skipped.count }

    init(_ corpus: Corpus) {
        self.corpus = corpus
        rows = Self.rows(corpus, mentioning: nil)
    }

    func summary(_ a: Article) -> ArticleSummary {
        ArticleSummary(id: a.id, path: a.path, outlet: a.metadata.outletName, date: a.metadata.dateValue,
                       title: a.metadata.titleText ?? a.firstWords(20), words: a.wordCount, eventID: corpus.event(of: a.id)?.id,
                       hasHeadline: a.metadata.titleText != nil)
    }

    static func rows(_ corpus: Corpus, mentioning entity: EntityID?) -> [LibraryEntry] {
        let keep = entity.map { Set(corpus.entities.articles(mentioning: $0)) }
        var rows: [LibraryEntry] = []
        let double = { (a: Article) in
            ArticleSummary(id: a.id, path: a.path, outlet: a.metadata.outletName, date: a.metadata.dateValue,
                           title: a.metadata.titleText ?? a.firstWords(20), words: a.wordCount, eventID: corpus.event(of: a.id)?.id,
                           hasHeadline: a.metadata.titleText != nil)
        }
        for event in corpus.events {
            let articles = event.articleIDs.filter { keep?.contains($0) ?? true }.compactMap { corpus.article(id: $0) }
            if articles.isEmpty { continue }
            if !rows.isEmpty { rows.append(.spacer) }
            let label = corpus.eventLabel(event)
            rows.append(.event(event, label: label.isEmpty ? event.keywords : label.map(\.name)))
            rows += articles.map { .article(double($0)) }
        }
        if !corpus.skipped.isEmpty && entity == nil {
            if !rows.isEmpty { rows.append(.spacer) }
            rows.append(.skippedHeading(corpus.skipped.count))
            rows += corpus.skipped.map(LibraryEntry.skipped)
        }
        return rows
    }

    func listed(_ entity: EntityID?) -> [LibraryEntry] { entity == nil ? rows : Self.rows(corpus, mentioning: entity) }
    func libraryCount(mentioning entity: EntityID?) -> Int { listed(entity).count }
    func library(_ range: Range<Int>, mentioning entity: EntityID?) -> [LibraryEntry] {
        let all = listed(entity)
        let lo = max(0, min(range.lowerBound, all.count)), hi = max(lo, min(range.upperBound, all.count))
        return Array(all[lo..<hi])
    }
    func libraryPosition(of articleID: String, mentioning entity: EntityID?) -> Int? {
        listed(entity).firstIndex { if case .article(let s) = $0 { return s.id == articleID } else { return false } }
    }
    func summary(id: String) -> ArticleSummary? { corpus.article(id: id).map(summary) }
    func event(id: String) -> Event? { corpus.events.first { $0.id == id } }
    func event(ofArticle articleID: String) -> Event? { corpus.event(of: articleID) }
    func entity(_ id: EntityID) -> LinkedEntity? { corpus.entities.entity(id) }
    func entities(inArticles articleIDs: [String], limit: Int) -> [LinkedEntity] {
        Array(corpus.entities.entities(in: articleIDs).prefix(limit))
    }
    func topEntities(limit: Int) -> [LinkedEntity] {
        Array(corpus.entities.entities.sorted { ($1.totalMentions, $0.name) < ($0.totalMentions, $1.name) }.prefix(limit))
    }
    func articles(mentioning entity: EntityID) -> [String] { corpus.entities.articles(mentioning: entity) }
    func entitySummary(_ id: EntityID) -> EntitySummary? { corpus.entities.entity(id).map(EntitySummary.init) }
    func mentionCounts(of id: EntityID, inArticles articleIDs: [String]) -> [String: Int] {
        (corpus.entities.entity(id)?.mentionCounts ?? [:]).filter { articleIDs.contains($0.key) }
    }
    func topEntityIDs(limit: Int) -> [EntityID] { topEntities(limit: limit).map(\.id) }
    func entityIDs(inArticles articleIDs: [String], limit: Int) -> [EntityID] { entities(inArticles: articleIDs, limit: limit).map(\.id) }
    func filterCandidates() -> [(articleID: String, fields: [String])] {
        corpus.events.flatMap(\.articleIDs).compactMap { id in
            guard let a = corpus.article(id: id) else { return nil }
            var seen: Set<EntityID> = [], names: [String] = []
            for m in corpus.entities.mentions(in: id) where seen.insert(m.entity).inserted {
                if let n = corpus.entities.entity(m.entity)?.name { names.append(n) }
            }
            return (id, [a.metadata.titleText ?? a.firstWords(20), a.metadata.outletName ?? ""] + names)
        }
    }
    func resolve(_ key: String) throws -> ArticleSummary { summary(try corpus.resolve(key)) }
    func loadArticle(id: String) throws -> StoredArticle {
        guard let a = corpus.article(id: id) else { throw CorpusError.noSuchArticle(id) }
        return StoredArticle(article: a, mentions: corpus.entities.mentions(in: id), changedOnDisk: false)
    }
    func search(_ query: SearchQuery, limit: Int, offset: Int) throws -> [SearchHit] {
        let words = query.terms.flatMap(\.words).map { $0.lowercased() }
        return corpus.articles.filter { a in
            let text = ([a.metadata.titleText ?? ""] + a.body.map(\.text)).joined(separator: " ").lowercased()
            return words.allSatisfy(text.contains)
        }.prefix(limit).map { SearchHit(article: summary($0), score: 1, snippet: $0.firstWords(12), highlights: [], rawRange: nil) }
    }

    /// A service that opens this double (refresh does nothing).
    var service: CorpusService {
        CorpusService(open: { _ in (self, []) }, refresh: { _, _ in
            self.refreshed = true
            var report = RefreshReport()
            report.added = self.corpus.articles.count
            return report
        })
    }
}

extension AppState {
    /// Every row the library lists (tests use small corpora).
    var allRows: [LibraryRow] { libraryRows(0..<listing.count) }
}

extension CorpusDouble {
    /// A service that loads any folder into a double.
    static let loadingService = CorpusService(
        open: { path in (CorpusDouble(try CorpusLoader(root: URL(fileURLWithPath: path)).load()), []) },
        refresh: { source, _ in
            (source as? CorpusDouble)?.refreshed = true
            return RefreshReport()
        })
}

/// The app's reducer with article fetches answered at once from the state's source, as the runner
/// would answer them a moment later; the other effects are returned.
@discardableResult
func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    reduce(&state, action, layouter: Layouter())
}

/// The app's reducer with article fetches answered at once (see `reduce(_:_:)`).
@discardableResult
func reduce(_ state: inout AppState, _ action: Action, layouter: Layouter) -> [Effect] {
    var pending = reduceFetchingArticles(&state, action, layouter: layouter)
    var rest: [Effect] = []
    while !pending.isEmpty {
        let effect = pending.removeFirst()
        guard case .loadCandidates(let request) = effect, let source = state.corpus?.source else {
            rest.append(effect)
            continue
        }
        pending += reduceFetchingArticles(&state, .candidatesLoaded(LibraryCandidates(source), request: request), layouter: layouter)
    }
    return rest
}
