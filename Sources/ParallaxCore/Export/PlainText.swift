/// Plain-text renderings of articles and corpus listings for the command line.
public enum PlainText {
    /// A cleaned article: header fields, a blank line, then body paragraphs separated by blank lines.
    public static func article(_ article: Article) -> String {
        let m = article.metadata
        var lines: [String] = []
        lines.append("Title:    " + (m.titleText ?? "(no headline)"))
        lines.append("Outlet:   " + (m.outletName ?? "unknown"))
        lines.append("Date:     " + (m.dateValue?.description ?? "unknown"))
        if let byline = m.byline?.value { lines.append("Byline:   " + byline) }
        if let dateline = m.dateline?.value { lines.append("Dateline: " + dateline) }
        if let url = m.url?.value { lines.append("URL:      " + url) }
        lines.append("File:     " + article.path)
        lines.append("")
        if let standfirst = article.standfirst { lines += [standfirst, ""] }
        lines.append(contentsOf: article.body.map(\.text).joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        return lines.map(TextSanitizer.displaySafe).joined(separator: "\n") + "\n"
    }

    /// One line per article under its event: id, outlet, date, words, title; then skipped files.
    public static func list(_ corpus: Corpus) -> String {
        func row(_ fields: [String]) -> String { fields.map(TextSanitizer.displaySafe).joined(separator: "\t") + "\n" }
        var out = ""
        for event in corpus.events {
            out += "# " + TextSanitizer.displaySafe(event.id) + "\n"
            for id in event.articleIDs {
                guard let a = corpus.article(id: id) else { continue }
                out += row([a.id, a.metadata.outletName ?? "unknown", a.metadata.dateValue?.description ?? "unknown",
                            "\(a.wordCount)w", a.displayTitle])
            }
        }
        for skip in corpus.skipped { out += row(["skipped", skip.path, skip.reason]) }
        return out
    }
}
