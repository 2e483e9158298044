import Foundation

/// Turns one file's cleaned text into an `Article`: metadata, body paragraphs and furniture kept aside.
public enum ArticleParser {
    /// `(Reporting by A and B; Editing by C)`.
    static let creditsPattern = Patterns.regex(#"^\(?\s*(?:reporting|reported|writing|written) by ([^;)]+?)\s*(?:[;)]|\.?\s*$|\.\s|\s+in\s+[\p{Lu}])"#, [.caseInsensitive])
    /// What `creditsPattern` opens with.
    static let creditsCue = LiteralCue(["(", "report", "writ"])

    /// Parses an article from cleaned text.
    public static func parse(_ text: CleanText, id: String, path: String) -> Article {
        var imageLines: [Range<Int>] = []
        var text = text
        if path.lowercased().hasSuffix(".md") { (text, imageLines) = MarkdownText.strip(text) }
        let splitter = ParagraphSplitter(source: text)
        var lines = splitter.lines()
        var meta = ArticleMetadata()
        var start = 0
        if let fm = FrontMatter.parse(lines: lines.map(\.text)) {
            start = fm.bodyStartLine
            apply(fm, to: &meta)
        }
        if let first = lines[start...].firstIndex(where: { !$0.isBlank }),
           let marker = DateInference.leadingMarker(in: lines[first].text) {
            if meta.date == nil {
                meta.date = Inferred(marker.date, .inferred, evidence: "date \(marker.date)")
            }
            let rest = String(String.UnicodeScalarView(lines[first].text.unicodeScalars.dropFirst(marker.length)))
            lines[first] = .init(range: (lines[first].range.lowerBound + marker.length)..<lines[first].range.upperBound,
                                 text: rest.trimmed)
        }
        let blocks = splitter.blocks(from: lines[min(start, lines.count)...])
        var paragraphs = blocks.map {
            Paragraph(text: $0.text, rawRange: text.rawRange($0.range), role: .body, offsets: $0.offsets)
        }
        for i in paragraphs.indices where imageLines.contains(where: { $0.contains(paragraphs[i].rawRange.lowerBound) }) {
            paragraphs[i].role = .boilerplate(.caption)
        }
        markBoilerplate(&paragraphs)
        if meta.url == nil { meta.url = pageAddress(paragraphs) }
        var evidence = OutletEvidence()
        ArticleHeader.mark(&paragraphs, blocks: blocks, meta: &meta, evidence: &evidence)
        inferFromBody(paragraphs, meta: &meta, evidence: &evidence)
        return Article(id: id, path: path, metadata: meta, paragraphs: paragraphs)
    }

    /// Takes the fields that front matter states; they win over anything inferred.
    static func apply(_ fm: FrontMatter, to meta: inout ArticleMetadata) {
        if let v = fm.value("outlet") ?? fm.value("source") ?? fm.value("publisher") {
            meta.outlet = Inferred(v, .frontMatter, evidence: "outlet: \(v)")
        }
        if let v = fm.value("date") ?? fm.value("published"), let d = DateInference.fullDate(in: v) {
            meta.date = Inferred(d, .frontMatter, evidence: "date: \(v)")
        }
        if let v = fm.value("title") ?? fm.value("headline") {
            meta.title = Inferred(v, .frontMatter, evidence: "title: \(v)")
        }
        if let v = fm.value("url") { meta.url = Inferred(v, .frontMatter, evidence: "url: \(v)") }
        if let v = fm.value("byline") ?? fm.value("author") {
            meta.byline = Inferred(v, .frontMatter, evidence: "byline: \(v)")
        }
    }

    /// Marks page furniture; a marker that ends the article takes the short paragraphs after it along.
    static func markBoilerplate(_ paragraphs: inout [Paragraph]) {
        var index = 0
        while index < paragraphs.count {
            guard let verdict = BoilerplateRules.classify(paragraphs[index].text) else { index += 1; continue }
            paragraphs[index].role = .boilerplate(verdict.kind)
            let rest = paragraphs[(index + 1)...]
            if verdict.endsArticle, rest.allSatisfy({ $0.wordCount <= 40 }) {
                for j in rest.indices where !paragraphs[j].role.isBoilerplate {
                    paragraphs[j].role = .boilerplate(BoilerplateRules.classify(paragraphs[j].text)?.kind ?? .trailer)
                }
                return
            }
            index += 1
            if verdict.kind == .relatedLinks, paragraphs[index - 1].wordCount <= 8 {
                // A "Most Read" or "Related" heading lists headlines below it, one per line.
                while index < paragraphs.count, paragraphs[index].role == .body,
                      BoilerplateRules.classify(paragraphs[index].text) == nil,
                      HeadlineRule.isHeadline(paragraphs[index].text), paragraphs[index].wordCount <= 20 {
                    paragraphs[index].role = .boilerplate(.relatedLinks)
                    index += 1
                }
            }
        }
    }


    /// `https://…` alone on a line, or after a label (`URL:`, `Source:`, `Original article:`), near the top
    /// or the end of the file: the address the page was saved from.
    static let addressLine = Patterns.regex(
        #"^(?:(?:url|link|source|original(?: article)?|read (?:it )?(?:at|on))\s*:\s*)?<?(https?://[^\s<>]{4,2000})>?$"#,
        [.caseInsensitive])

    /// The page address found near the top or the end, if any.
    static func pageAddress(_ paragraphs: [Paragraph]) -> Inferred<String>? {
        for p in paragraphs.prefix(ArticleHeader.window + 2) + paragraphs.suffix(5) {
            if p.text.holds("://"), let g = Patterns.firstMatch(addressLine, in: p.text), let url = g[1] {
                return Inferred(url, .inferred, evidence: p.text)
            }
        }
        return nil
    }


    /// Dateline, outlet from dateline or copyright, and credits, read from the body and footer.
    static func inferFromBody(_ paragraphs: [Paragraph], meta: inout ArticleMetadata, evidence: inout OutletEvidence) {
        // The last paragraph that names a copyright holder, with the holder (read once).
        var copyrightLine: Paragraph?
        var copyrightHolder: String?
        for p in paragraphs.reversed() {
            if let holder = OutletInference.copyrightHolder(in: p.text) {
                (copyrightLine, copyrightHolder) = (p, holder)
                break
            }
        }
        if let firstBody = paragraphs.first(where: { $0.role == .body }),
           let dateline = OutletInference.dateline(in: firstBody.text) {
            meta.datelineText = dateline.text
            if let place = dateline.place { meta.dateline = Inferred(place, .inferred, evidence: dateline.text) }
            if let agency = dateline.agency {
                evidence.dateline = Inferred(agency, .inferred, evidence: dateline.text)
            }
            if meta.date == nil, let place = dateline.place {
                if let full = DateInference.fullDate(in: place) {
                    meta.date = Inferred(full, .inferred, evidence: dateline.text)
                } else if let md = DateInference.monthAndDay(in: place),
                          let year = copyrightLine.flatMap({ OutletInference.copyrightYear(in: $0.text) }),
                          let date = NewsDate(year: year, month: md.month, day: md.day) {
                    meta.date = Inferred(date, .inferred, evidence: "\(dateline.text); \(copyrightLine?.text ?? "")")
                }
            }
        }
        if let line = copyrightLine, let holder = copyrightHolder {
            evidence.copyright = Inferred(holder, .inferred, evidence: line.text)
        }
        for p in paragraphs.suffix(8).reversed() {
            if evidence.sourceCredit == nil, let name = OutletInference.sourceCredit(in: p.text) {
                evidence.sourceCredit = Inferred(name, .inferred, evidence: p.text)
            }
            if evidence.contributor == nil, let name = OutletInference.contributorOutlet(in: p.text) {
                evidence.contributor = Inferred(name, .inferred, evidence: p.text)
            }
        }
        if meta.outlet == nil { meta.outlet = evidence.best }
        if meta.byline == nil {
            for p in paragraphs.suffix(8).reversed() {
                if p.wordCount <= 60, creditsCue.admits(p.text, folds: p.text.foldsIntoASCII),
                   let g = Patterns.firstMatch(creditsPattern, in: p.text), let names = g[1]?.trimmed {
                    meta.byline = Inferred(names, .inferred, evidence: p.text)
                    break
                }
            }
        }
    }
}
