import ParallaxCore

/// An article's body wrapped for a width: blocks (one per shown paragraph), lines, and each line's raw start.
public struct WrappedBody: Sendable {
    /// The wrapped text.
    public let text: TextLines
    /// Raw offset where each line's file text starts (blank lines carry the previous line's), for raw → line.
    public let rawStarts: [Int]

    /// Number of lines.
    public var lineCount: Int { text.lines.count }

    /// The line showing a raw offset: the last line starting at or before it.
    public func line(forRaw offset: Int) -> Int {
        var lo = 0, hi = rawStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rawStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        var line = max(0, lo - 1)
        // A blank line carries the start of the line above it; the text itself is on the first of them.
        while line > 0, rawStarts[line - 1] == rawStarts[line] { line -= 1 }
        return line
    }

    /// The raw range shown by lines `range` (nil when they show nothing from the file).
    public func rawRange(lines range: Range<Int>) -> Range<Int>? {
        var lower: Int?, upper: Int?
        for i in range.clamped(to: 0..<lineCount) {
            for run in text.lines[i].runs {
                guard let raw = text.blocks[run.block].rawRange(run.scalars) else { continue }
                lower = min(lower ?? raw.lowerBound, raw.lowerBound)
                upper = max(upper ?? raw.upperBound, raw.upperBound)
            }
        }
        guard let lower, let upper else { return nil }
        return lower..<upper
    }
}

/// Builds the text of an article for display: the header (source, headline, details, rule) and the
/// body, every piece that comes from the file keeping its map to raw offsets.
enum ArticleText {
    /// The body: shown paragraphs wrapped, a blank line between them, page junk tagged when shown.
    static func body(_ article: Article, width: Int, showBoilerplate: Bool) -> WrappedBody {
        var text = TextLines()
        for (i, paragraph) in article.paragraphs.enumerated() {
            let block: TextBlock
            switch paragraph.role {
            case .body: block = TextBlock(paragraph.text, offsets: paragraph.offsets, paragraph: i)
            case .standfirst: block = TextBlock(paragraph.text, role: .meta, offsets: paragraph.offsets, paragraph: i)
            case .boilerplate(let kind) where showBoilerplate:
                let tag = "[junk: \(kind.rawValue)] "
                block = TextBlock(tag + paragraph.text, role: .boilerplate, offsets: paragraph.offsets,
                                  unmappedPrefix: tag.unicodeScalars.count, paragraph: i)
            default: continue
            }
            if !text.lines.isEmpty { text.lines.append(.blank) }
            let index = text.add(block)
            text.lines += LineWrapper.wrap([index], of: text, width: width)
        }
        if text.lines.isEmpty {
            let index = text.add(TextBlock("(no article text)", role: .unknown))
            text.lines = LineWrapper.wrap([index], of: text, width: width)
        }
        return WrappedBody(text: text, rawStarts: rawStarts(text))
    }

    /// Each line's raw start, carried forward over lines without file text.
    static func rawStarts(_ text: TextLines) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(text.lines.count)
        var last = 0
        for line in text.lines {
            if let run = line.runs.first(where: { text.blocks[$0.block].offsets != nil }),
               let raw = text.blocks[run.block].rawRange(run.scalars) {
                last = max(last, raw.lowerBound)
            }
            starts.append(last)
        }
        return starts
    }

    /// The header. `titleLines` caps the headline; `compact` (compare panes) keeps the details on one
    /// line and pads the header to a fixed height so that two panes' bodies start on the same row.
    static func header(_ article: Article, width: Int, titleLines: Int, showBoilerplate: Bool, label: String?,
                       compact: Bool) -> TextLines {
        var text = TextLines()
        text.lines.append(sourceLine(article, label: label, into: &text))
        text.lines += titleLinesOf(article, width: width, limit: titleLines, into: &text)
        let details = detailBlocks(article, showBoilerplate: showBoilerplate, into: &text)
        var detailLines = LineWrapper.wrap(details, of: text, width: compact ? 10_000 : width)
        if compact { detailLines = Array(detailLines.prefix(1)) }
        text.lines += detailLines
        let rule = text.add(TextBlock(String(repeating: "─", count: max(0, width)), role: .rule))
        text.lines.append(whole(rule, of: text))
        if compact {
            while text.lines.count < titleLines + 3 { text.lines.insert(.blank, at: text.lines.count - 2) }
        }
        return text
    }

    /// A line showing one whole block.
    static func whole(_ block: Int, of text: TextLines) -> DisplayLine {
        let s = text.blocks[block].text
        return DisplayLine(runs: [LineRun(block: block, scalars: 0..<s.unicodeScalars.count, start: s.startIndex, end: s.endIndex)])
    }

    /// `[label] Outlet · date`.
    static func sourceLine(_ article: Article, label: String?, into text: inout TextLines) -> DisplayLine {
        let m = article.metadata
        var blocks: [TextBlock] = []
        if let label { blocks.append(TextBlock(label + " ", role: .count)) }
        blocks.append(m.outletName.map { TextBlock($0, role: .outlet) } ?? TextBlock("unknown outlet", role: .unknown))
        blocks.append(TextBlock(" · "))
        blocks.append(m.dateValue.map { TextBlock($0.description, role: .date) } ?? TextBlock("date unknown", role: .unknown))
        return DisplayLine(runs: blocks.flatMap { whole(text.add($0), of: text).runs })
    }

    /// The headline wrapped, at most `limit` lines, the last ending in ` …` when cut.
    static func titleLinesOf(_ article: Article, width: Int, limit: Int, into text: inout TextLines) -> [DisplayLine] {
        guard let title = article.metadata.titleText else {
            return [whole(text.add(TextBlock("(no headline)", role: .unknown)), of: text)]
        }
        let block = text.add(mapped(title, role: .headline, in: article, roles: [.headline]))
        var lines = LineWrapper.wrap([block], of: text, width: max(1, width))
        if lines.count > limit {
            lines = Array(lines.prefix(limit))
            lines[limit - 1].ellipsis = true
        }
        return lines
    }

    /// Byline, dateline, words, path and the junk note, as blocks to wrap.
    static func detailBlocks(_ article: Article, showBoilerplate: Bool, into text: inout TextLines) -> [Int] {
        let m = article.metadata
        var blocks: [TextBlock] = []
        if let byline = m.byline?.value {
            blocks += [TextBlock("By ", role: .meta), mapped(byline, role: .meta, in: article, roles: [.byline])]
        }
        if let dateline = m.dateline?.value {
            if !blocks.isEmpty { blocks.append(TextBlock(" · ")) }
            blocks.append(mapped(dateline, role: .meta, in: article, roles: [.dateLine, .body]))
        }
        if !blocks.isEmpty { blocks.append(TextBlock(" · ")) }
        blocks.append(TextBlock(counted(article.wordCount, "word") + " · "))
        blocks.append(TextBlock(article.path, role: .unknown))
        let junk = article.boilerplate.count
        if junk > 0 {
            blocks.append(TextBlock(showBoilerplate ? " · junk shown (x)" : " · \(junk) junk hidden (x)", role: .boilerplate))
        }
        return blocks.map { text.add($0) }
    }

    /// A header field as a block mapped to the raw file: found in the first paragraph of one of `roles`
    /// (among the first few) that contains it; unmapped when the value came from front matter only.
    static func mapped(_ value: String, role: Role, in article: Article, roles: [ParagraphRole]) -> TextBlock {
        for (i, p) in article.paragraphs.prefix(12).enumerated() where roles.contains(p.role) {
            guard let found = p.text.firstRange(of: value) else { continue }
            let lo = p.text.unicodeScalars.distance(from: p.text.startIndex, to: found.lowerBound)
            let count = value.unicodeScalars.count
            return TextBlock(value, role: role, offsets: p.offsets.slice(lo..<(lo + count)), paragraph: i)
        }
        return TextBlock(value, role: role)
    }
}
