/// Outlet names found in different places of one article, kept apart so that the strongest one wins.
struct OutletEvidence {
    /// `(Reuters)` in a dateline.
    var dateline: Inferred<String>?
    /// `© 2024 Example Media`.
    var copyright: Inferred<String>?
    /// `By Jane Doe, BBC News`.
    var byline: Inferred<String>?
    /// `Headline | Outlet`.
    var titleSuffix: Inferred<String>?
    /// The site's name on a line of its own above the headline.
    var masthead: Inferred<String>?
    /// `Source: Al Jazeera`.
    var sourceCredit: Inferred<String>?
    /// `CNN's Jane Roe contributed to this report`.
    var contributor: Inferred<String>?

    /// The publisher's own signature first (dateline, copyright, byline affiliation, page title, masthead),
    /// then credits at the end of the text.
    var best: Inferred<String>? { dateline ?? copyright ?? byline ?? titleSuffix ?? masthead ?? sourceCredit ?? contributor }
}
