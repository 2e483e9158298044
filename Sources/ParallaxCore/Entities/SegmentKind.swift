/// What part of an article a text segment is; headlines are Title Case, datelines all caps.
public enum SegmentKind: Sendable, Hashable {
    /// The article's title, usually in Title Case.
    case headline
    /// The summary line under the headline.
    case standfirst
    /// The author line.
    case byline
    /// A paragraph of the story (a dateline opens the first one).
    case body
    /// A reporting credit or sign-off ("Reporting by …").
    case credit
}
