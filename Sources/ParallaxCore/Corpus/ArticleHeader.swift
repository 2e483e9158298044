/// Reads the top of an article: headline (without scraper labels and wire tags), standfirst, bylines,
/// date lines and time stamps, in the first few paragraphs that are not page furniture.
enum ArticleHeader {
    /// Paragraphs near the top that may hold a byline or date line.
    static let window = 6
    /// `By Jane Doe and John Roe`.
    /// Also `Written by …`, `Story by …`, `Author: …`; names must start with a capital ("By the time …" is prose).
    static let bylinePattern = Patterns.regex(
        #"^((?:(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Rr]eported|WRITTEN|STORY) )?(?:[Bb]y|BY)\s+|(?:[Aa]uthor|AUTHOR)s?\s*:\s*)([\p{Lu}][\p{L}.'’\- ]+(?:(?:,| and| &)\s*[\p{Lu}][\p{L}.'’\- ]+)*)(?:\s*[|,•·]\s*.*)?$"#)
    /// `Jane Doe in Washington`, the Guardian-style byline: two to four capitalised names and a place.
    static let nameInPlace = Patterns.regex(
        #"^((?:[\p{Lu}][\p{L}'’\-.]+ ){1,3}[\p{Lu}][\p{L}'’\-]+(?:,? (?:and|&) (?:[\p{Lu}][\p{L}'’\-.]+ ){1,3}[\p{Lu}][\p{L}'’\-]+)?) in ([\p{Lu}][\p{L}.' ]{1,30}(?:, [\p{Lu}][\p{L}.' ]{1,30})?)$"#)
    /// `Reporting from Beijing`.
    static let reportingFrom = Patterns.regex(#"^reporting from ([\p{Lu}][\p{L}.,' ]{1,40})$"#, [.caseInsensitive])
    /// What `reportingFrom` opens with.
    static let reportingFromCue = LiteralCue(["reporting from "])
    /// `Updated 9:05 a.m. ET`, `Published 2 hours ago`: a time stamp without a date.
    static let timeStamp = Patterns.regex(#"^(?:updated|published|posted|last updated|first published)\b(?=.*(?:\d|\bago\b)).{0,40}$"#,
                                          [.caseInsensitive])
    /// What `timeStamp` opens with.
    static let timeStampCue = LiteralCue(["updated", "published", "posted", "last updated", "first published"])
    /// `Title: …`, `Headline: …`: a scraper's field label before the headline.
    static let titleLabel = Patterns.regex(#"^(?:title|headline)\s*:\s*"#, [.caseInsensitive])
    /// `(LEAD)`, `(UPDATE 2)`, `UPDATE 1-`: a wire service's version tag before the headline.
    static let versionTag = Patterns.regex(#"^(?:\((?:[\p{Lu}\d]+ ?){1,3}\)\s+|UPDATE \d+\s*-\s*)"#)

    /// The headline without a scraper's label or a wire version tag.
    static func cleanTitle(_ text: String) -> String {
        // Both patterns need literal text (a colon; an opening bracket or `UPDATE `) that headlines rarely have.
        var title = text.holds(":") ? Patterns.replacing(titleLabel, in: text, with: "") : text
        if title.unicodeScalars.first == "(" || title.utf8.starts(with: "UPDATE ".utf8) {
            title = Patterns.replacing(versionTag, in: title, with: "")
        }
        return title.trimmed.isEmpty ? text : title.trimmed
    }

    /// Finds the headline, standfirst, byline and date lines among the first paragraphs.
    static func mark(_ paragraphs: inout [Paragraph], blocks: [ParagraphSplitter.Block], meta: inout ArticleMetadata,
                     evidence: inout OutletEvidence) {
        markMasthead(&paragraphs, blocks: blocks, evidence: &evidence)
        let candidates = paragraphs.indices.filter { !paragraphs[$0].role.isBoilerplate }.prefix(window)
        if let first = candidates.first, blocks[first].singleLine, candidates.count > 1 {
            markHeadline(&paragraphs[first], meta: &meta, evidence: &evidence)
        }
        let hasHeadline = candidates.first.map { paragraphs[$0].role == .headline } ?? false
        var updated: NewsDate?
        for (position, i) in candidates.enumerated() where paragraphs[i].role == .body {
            readLine(&paragraphs[i], nearHeadline: hasHeadline && position <= 3, meta: &meta, evidence: &evidence,
                     updated: &updated)
        }
        markStandfirst(&paragraphs, candidates: Array(candidates))
        if meta.date == nil, let updated {
            meta.date = Inferred(updated, .inferred, evidence: "updated \(updated)")
        }
    }

    /// A one- or two-word line above the headline is a section label ("World", "US & Canada") or the
    /// site's name ("Reuters", "The Guardian"): page furniture, and a site name is evidence of the outlet.
    static func markMasthead(_ paragraphs: inout [Paragraph], blocks: [ParagraphSplitter.Block], evidence: inout OutletEvidence) {
        let candidates = paragraphs.indices.filter { !paragraphs[$0].role.isBoilerplate }.prefix(3)
        guard candidates.count == 3 else { return }
        let (label, headline) = (candidates[candidates.startIndex], candidates[candidates.startIndex + 1])
        let text = paragraphs[label].text
        let words = text.split(separator: " ")
        guard blocks[label].singleLine, blocks[headline].singleLine, (1...2).contains(words.count) || text.hasPrefix("The ") && words.count == 3,
              text.first?.isUppercase == true, !text.contains(where: { ".!?:,;".contains($0) }),
              HeadlineRule.isHeadline(cleanTitle(paragraphs[headline].text)),
              paragraphs[headline].wordCount >= 4 else { return }
        paragraphs[label].role = .boilerplate(.navigation)
        if OutletInference.isMediaName(text), let name = OutletInference.normalisedName(text) {
            evidence.masthead = Inferred(name, .inferred, evidence: text)
        }
    }

    /// Takes the first line as the headline if it reads as one; a site name after a bar or dash is evidence of the outlet.
    static func markHeadline(_ paragraph: inout Paragraph, meta: inout ArticleMetadata, evidence: inout OutletEvidence) {
        var title = cleanTitle(paragraph.text)
        guard HeadlineRule.isHeadline(title) else { return }
        paragraph.role = .headline
        if let split = OutletInference.titleSuffix(in: title) {
            title = split.title
            evidence.titleSuffix = Inferred(split.outlet, .inferred, evidence: paragraph.text)
        }
        if meta.title == nil { meta.title = Inferred(title, .inferred, evidence: paragraph.text) }
    }

    /// Recognises one header line: a byline, a date line, a time stamp, a "reporting from" place.
    static func readLine(_ paragraph: inout Paragraph, nearHeadline: Bool, meta: inout ArticleMetadata,
                         evidence: inout OutletEvidence, updated: inout NewsDate?) {
        let text = paragraph.text
        // Header lines are short; long paragraphs never reach the patterns (nor their backtracking).
        guard text.utf8.count <= 400 else { return }
        let words = text.spaceSeparatedCount
        guard words <= 30 else { return }
        let folds = text.foldsIntoASCII
        if words <= 14, mayBeByline(text), let g = Patterns.firstMatch(bylinePattern, in: text), let prefix = g[1],
           let name = g[2]?.trimmed {
            paragraph.role = .byline
            let whole = String(text.dropFirst(prefix.count)).trimmed
            let parts = OutletInference.bylineParts(whole)
            if meta.byline == nil, !parts.people.isEmpty || parts.outlet == nil {
                meta.byline = Inferred(parts.people.isEmpty ? name : parts.people, .inferred, evidence: text)
            }
            if let outlet = parts.outlet { evidence.byline = Inferred(outlet, .inferred, evidence: text) }
        } else if let line = DateInference.dateLine(text) {
            paragraph.role = .dateLine
            if line.isUpdate {
                updated = updated ?? line.date
            } else if meta.date == nil {
                meta.date = Inferred(line.date, .inferred, evidence: text)
            }
        } else if words <= 8, timeStampCue.admits(text, folds: folds), Patterns.matches(timeStamp, text) {
            paragraph.role = .dateLine
        } else if reportingFromCue.admits(text, folds: folds), let g = Patterns.firstMatch(reportingFrom, in: text),
                  let place = g[1]?.trimmed {
            paragraph.role = .dateLine
            if meta.dateline == nil { meta.dateline = Inferred(place, .inferred, evidence: text) }
        } else if nearHeadline, text.holds(" in "), let g = Patterns.firstMatch(nameInPlace, in: text), let names = g[1],
                  let place = g[2] {
            paragraph.role = .byline
            if meta.byline == nil { meta.byline = Inferred(names, .inferred, evidence: text) }
            if meta.dateline == nil { meta.dateline = Inferred(place, .inferred, evidence: text) }
        }
    }

    /// Whether a line opens as `bylinePattern` needs (`By`, `BY`, `Written by`, `Story by`, `Author:`…):
    /// the pattern is case-sensitive and anchored, so the line starts with one of these bytes.
    static func mayBeByline(_ text: String) -> Bool {
        let bytes = text.utf8
        return bylineOpenings.contains { bytes.starts(with: $0) }
    }

    /// Every way `bylinePattern` can open: its optional word and space, or straight `By` or `Author`.
    static let bylineOpenings: [[UInt8]] = [
        "Written ", "written ", "Words ", "words ", "Story ", "story ", "Reported ", "reported ", "WRITTEN ",
        "STORY ", "By", "by", "BY", "Author", "author", "AUTHOR",
    ].map { Array($0.utf8) }

    /// A paragraph between the headline and the byline or date lines is the headline's summary.
    static func markStandfirst(_ paragraphs: inout [Paragraph], candidates: [Int]) {
        guard let headline = candidates.first, paragraphs[headline].role == .headline, candidates.count > 2 else { return }
        let next = candidates[1]
        guard paragraphs[next].role == .body, paragraphs[next].wordCount <= 40 else { return }
        let following = candidates[2]
        if [.byline, .dateLine].contains(paragraphs[following].role) || isUnpunctuatedSummary(paragraphs[next].text) {
            paragraphs[next].role = .standfirst
        }
    }

    /// A sentence-like line (five words or more, mixed case, not a dateline) without the closing
    /// punctuation that body paragraphs end with: a summary under the headline.
    static func isUnpunctuatedSummary(_ text: String) -> Bool {
        guard let last = text.last, !".!?:;\"”’'…)]".contains(last), text.spaceSeparatedCount >= 5,
              text.contains(where: { $0.isLowercase }), OutletInference.dateline(in: text) == nil else { return false }
        return true
    }
}
