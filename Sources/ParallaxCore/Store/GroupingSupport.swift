import Foundation

/// What the index keeps per article to group articles into events again without reading them.
///
/// Until compact grouping features exist, nothing is stored and regrouping reads the articles again.
enum GroupingSupport {
    /// The stored grouping features of an article (nil: none are stored).
    static func encode(_ article: Article) -> [UInt8]? { nil }

    /// Groups stored articles (id, path, features) into events, in `EventGrouper` order.
    static func group(_ rows: [(id: String, path: String, features: [UInt8]?)], root: URL) -> [Event] {
        let loader = CorpusLoader(root: root)
        var articles: [Article] = []
        articles.reserveCapacity(rows.count)
        for row in rows {
            if case .success(let article) = loader.loadArticle(relativePath: row.path) {
                articles.append(article)
            }
        }
        return EventGrouper().group(articles)
    }
}
