/// Articles from one or more sources that report the same happening.
public struct Event: Sendable, Equatable, Identifiable {
    /// A readable, stable slug such as `harbour-2024-05-31`.
    public let id: String
    /// Member article ids, ordered by date (unknown last), then path.
    public let articleIDs: [String]
    /// The words that the members share and that set them apart from the rest of the corpus.
    public let keywords: [String]
    /// Earliest and latest known dates of the members.
    public let dates: ClosedRange<NewsDate>?

    /// Creates an event.
    public init(id: String, articleIDs: [String], keywords: [String], dates: ClosedRange<NewsDate>?) {
        self.id = id
        self.articleIDs = articleIDs
        self.keywords = keywords
        self.dates = dates
    }
}
