import Foundation

/// What the index keeps per article to group articles into events again without reading them: the
/// encoded `GroupingFeatures`.
enum GroupingSupport {
    /// The stored grouping features of an article.
    static func encode(_ article: Article) -> [UInt8]? { GroupingFeatures(article).encoded() }
}
