import ParallaxCore

/// An article laid out for a width: a fixed header and a scrolling body of wrapped lines.
public struct ArticleDocument: Sendable {
    /// Header lines: source line, headline, details, rule.
    public let header: [StyledLine]
    /// Body lines: paragraphs wrapped, blank lines between them.
    public let body: [StyledLine]

    /// Lays out an article. `titleLines` limits how many lines the headline may take; a compact header
    /// (for compare panes) always has the same height, so that two panes' bodies start on the same row.
    public init(article: Article, width: Int, showBoilerplate: Bool, titleLines: Int, label: String? = nil,
                compact: Bool = false) {
        var header = Self.header(article, width: width, titleLines: titleLines, showBoilerplate: showBoilerplate,
                                 label: label, compact: compact)
        if compact {
            while header.count < titleLines + 3 { header.insert([], at: header.count - 2) }
        }
        self.header = header
        body = BodyLayoutCache.shared.body(of: article, width: width, showBoilerplate: showBoilerplate) {
            Self.body(article, width: width, showBoilerplate: showBoilerplate)
        }
    }

    /// The header lines: source and date, headline, details, a rule.
    static func header(_ article: Article, width: Int, titleLines: Int, showBoilerplate: Bool, label: String?,
                       compact: Bool) -> [StyledLine] {
        let m = article.metadata
        var first: StyledLine = []
        if let label { first.append(Span(label + " ", .count)) }
        first.append(m.outletName.map { Span($0, .outlet) } ?? Span("unknown outlet", .unknown))
        first.append(Span(" · "))
        first.append(m.dateValue.map { Span($0.description, .date) } ?? Span("date unknown", .unknown))
        var lines: [StyledLine] = [first]
        if let title = m.titleText {
            var wrapped = TextLayout.wrap(title, width: width)
            if wrapped.count > titleLines {
                wrapped = Array(wrapped.prefix(titleLines))
                wrapped[titleLines - 1] = DisplayWidth.truncate(wrapped[titleLines - 1] + " …", to: width)
            }
            lines += wrapped.map { [Span($0, .headline)] }
        } else {
            lines.append([Span("(no headline)", .unknown)])
        }
        var details: StyledLine = []
        if let byline = m.byline?.value { details.append(Span("By \(byline)", .meta)) }
        if let dateline = m.dateline?.value {
            if !details.isEmpty { details.append(Span(" · ")) }
            details.append(Span(dateline, .meta))
        }
        if !details.isEmpty { details.append(Span(" · ")) }
        details.append(Span(counted(article.wordCount, "word") + " · ", .text))
        details.append(Span(article.path, .unknown))
        let junk = article.boilerplate.count
        if junk > 0 {
            details.append(Span(showBoilerplate ? " · junk shown (x)" : " · \(junk) junk hidden (x)", .boilerplate))
        }
        lines += compact ? [details] : TextLayout.wrap(details, width: width)
        lines.append([Span(String(repeating: "─", count: max(0, width)), .rule)])
        return lines
    }

    /// The body lines: paragraphs wrapped, furniture tagged when shown.
    static func body(_ article: Article, width: Int, showBoilerplate: Bool) -> [StyledLine] {
        var lines: [StyledLine] = []
        for paragraph in article.paragraphs {
            switch paragraph.role {
            case .body:
                if !lines.isEmpty { lines.append([]) }
                lines += TextLayout.wrap(paragraph.text, width: width).map { [Span($0)] }
            case .standfirst:
                if !lines.isEmpty { lines.append([]) }
                lines += TextLayout.wrap(paragraph.text, width: width).map { [Span($0, .meta)] }
            case .boilerplate(let kind) where showBoilerplate:
                if !lines.isEmpty { lines.append([]) }
                let tag = "[junk: \(kind.rawValue)] "
                let wrapped = TextLayout.wrap(tag + paragraph.text, width: width)
                lines += wrapped.map { [Span($0, .boilerplate)] }
            default:
                continue
            }
        }
        if lines.isEmpty { lines.append([Span("(no article text)", .unknown)]) }
        return lines
    }
}
