import Foundation

/// What the index keeps per article to group articles into events again without reading them: the
/// encoded `GroupingFeatures`.
enum GroupingSupport {
    /// The stored grouping features of an article.
    static func encode(_ article: Article) -> [UInt8]? { GroupingFeatures(article).encoded() }

    /// Groups stored articles (id, path, decoded features) into events, in `EventGrouper` order. An article
    /// whose stored features were missing or damaged is read again from its file (and left out if that fails).
    static func group(_ rows: [(id: String, path: String, features: GroupingFeatures?)], root: URL) -> [Event] {
        let loader = CorpusLoader(root: root)
        var features: [GroupingFeatures] = []
        features.reserveCapacity(rows.count)
        for row in rows {
            if let decoded = row.features {
                features.append(decoded)
            } else if case .success(let article) = loader.loadArticle(relativePath: row.path) {
                features.append(GroupingFeatures(article))
            }
        }
        return EventGrouper().group(features)
    }
}
