import Foundation
import Glibc

/// A file's size and modification time, which decide whether it must be read again.
struct FileStat: Equatable, Sendable {
    /// Bytes.
    let size: Int64
    /// Modification time in nanoseconds since 1970.
    let mtime: Int64

    /// The stat of a path, or nil when it cannot be stat'ed.
    static func of(_ path: String) -> FileStat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStat(size: Int64(info.st_size),
                        mtime: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}

/// Everything the index stores about one file, worked out off the writer: the parse, the mentions, the
/// grouping features and the full-text columns.
struct AnalysedFile: Sendable {
    /// Path relative to the corpus folder.
    let path: String
    /// Size and modification time when read.
    let stat: FileStat
    /// Stable hash of the bytes.
    let hash: UInt64
    /// Why the file was skipped, or nil for an article.
    let skipped: String?
    /// The article's fields (nil when skipped).
    let fields: ArticleFields?
}

/// The stored fields of one article.
struct ArticleFields: Sendable {
    let id: String
    let outlet: String?
    let outletKey: String?
    let day: Int?
    let title: String
    let filterTitle: String
    let words: Int
    let features: [UInt8]?
    let found: [UInt8]
    /// Raw ranges of the headline and the searchable paragraphs (`MentionCoding.encodeRanges`), for snippets.
    let spans: [UInt8]
    /// Full-text columns: title, body, outlet, person, org, place, norp.
    let fts: [String]
}

/// Reads and analyses files the way `CorpusLoader.loadArticle` and `EntityPipeline` do.
struct FileAnalyser: Sendable {
    /// The corpus folder.
    let root: URL
    /// Finds entity mentions, if any.
    let recognizer: (any MentionRecognizer)?
    /// The corpus folder's path, to which a file's relative path is joined (`CorpusLoader.join`).
    private let rootPath: String

    /// An analyser of the files under `root`.
    init(root: URL, recognizer: (any MentionRecognizer)?) {
        self.root = root
        self.recognizer = recognizer
        rootPath = root.path
    }

    /// Reads a file; nil bytes with a reason when unreadable. A regular file is read with `open` and `read`
    /// into a buffer of the size `stat` gave (`readStated`; Foundation's reader stats the path twice more and
    /// parses it as a URL, about 1% of a cold build's CPU); should that fail, Foundation reads it, and gives
    /// the reason as ever.
    func read(_ path: String) -> (data: Data?, stat: FileStat?, reason: String?) {
        let full = CorpusLoader.join(rootPath, path)
        var info = stat()
        if stat(full, &info) != 0 {
            let reason = errno == ENOENT && lstat(full, &info) == 0 ? "broken symbolic link"
                : "unreadable: " + String(cString: strerror(errno)).lowercased()
            return (nil, nil, reason)
        }
        let st = FileStat(size: Int64(info.st_size),
                          mtime: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
        if info.st_mode & S_IFMT != S_IFREG { return (nil, st, "not a regular file") }
        if info.st_size > CorpusLoader.maxBytes { return (nil, st, "too large (\(Int(info.st_size) / 1_048_576) MB)") }
        if let data = Self.readStated(full, size: Int(info.st_size)) { return (data, st, nil) }
        do {
            return (try Data(contentsOf: URL(fileURLWithPath: full)), st, nil)
        } catch {
            return (nil, st, "unreadable: \(CorpusLoader.shortReason(error))")
        }
    }

    /// A regular file's first `size` bytes, its size when stat'ed (fewer if it shrank since; if it grew,
    /// its size no longer matches the stored one and the next refresh reads it again); nil when it cannot be
    /// opened or read, or when its size is 0 (an empty file, or one whose size `stat` does not know), which
    /// Foundation then reads to its end. Non-blocking, so that a file swapped for a pipe since it was
    /// stat'ed does not hang the read.
    static func readStated(_ path: String, size: Int) -> Data? {
        guard size > 0 else { return nil }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var data = Data(count: size)
        var filled = 0
        let read = data.withUnsafeMutableBytes { bytes -> Bool in
            while filled < size {
                // Safe: `filled < size`, the buffer's length.
                let n = Glibc.read(fd, bytes.baseAddress.unsafelyUnwrapped + filled, size - filled)
                if n > 0 {
                    filled += n
                } else if n == 0 {
                    break
                } else if errno != EINTR {
                    return false
                }
            }
            return true
        }
        guard read else { return nil }
        if filled < size { data.removeSubrange(filled..<size) }
        return data
    }

    /// Parses bytes into an article, or the reason the file is skipped.
    static func parse(_ data: Data, path: String) -> Result<Article, SkippedFile> {
        switch FileDecoder.decode(data) {
        case .failure(let reason):
            return .failure(SkippedFile(path: path, reason: reason.description))
        case .success(let scalars):
            let article = ArticleParser.parse(CleanText(raw: scalars), id: CorpusLoader.id(for: path), path: path)
            guard article.wordCount > 0 || article.metadata.title != nil else {
                return .failure(SkippedFile(path: path, reason: "no article text"))
            }
            return .success(article)
        }
    }

    /// Analyses one file whose bytes were read.
    func analyse(path: String, data: Data, stat: FileStat, hash: UInt64) -> AnalysedFile {
        switch Self.parse(data, path: path) {
        case .failure(let skip):
            return AnalysedFile(path: path, stat: stat, hash: hash, skipped: skip.reason, fields: nil)
        case .success(let article):
            let found = recognizer.map { ArticleEntities(article: article).mentions(using: $0) } ?? []
            return AnalysedFile(path: path, stat: stat, hash: hash, skipped: nil, fields: fields(article, found: found))
        }
    }

    /// The stored fields of a parsed article.
    func fields(_ article: Article, found: [FoundMention]) -> ArticleFields {
        let m = article.metadata
        var byType = [[String]](repeating: [], count: 4)
        for mention in found {
            let column: Int
            switch mention.type {
            case .person: column = 0
            case .org: column = 1
            case .gpe, .loc: column = 2
            case .norp: column = 3
            }
            byType[column].append(mention.text)
        }
        let outletKey = m.outletName.map { SearchFolding.key($0) }
        let fts = [m.titleText ?? "", Self.searchableBody(article), m.outletName ?? ""]
            + byType.map { $0.joined(separator: " ; ") }
        return ArticleFields(
            id: article.id, outlet: m.outletName, outletKey: outletKey, day: m.dateValue?.dayNumber,
            title: article.displayTitle, filterTitle: m.titleText ?? article.firstWords(20), words: article.wordCount,
            features: GroupingSupport.encode(article), found: MentionCoding.encode(found),
            spans: MentionCoding.encodeRanges(Self.snippetParagraphs(article).map(\.rawRange)), fts: fts)
    }

    /// The paragraphs a search looks in besides the headline: the story's own text.
    static func searchParagraphs(_ article: Article) -> [Paragraph] {
        article.paragraphs.filter { p in
            switch p.role {
            case .body, .standfirst, .byline: return true
            default: return false
            }
        }
    }

    /// The paragraphs a snippet is cut from, in file order: the headline and the story's text.
    static func snippetParagraphs(_ article: Article) -> [Paragraph] {
        article.paragraphs.filter { p in
            switch p.role {
            case .headline, .body, .standfirst, .byline: return true
            default: return false
            }
        }
    }

    /// The searchable body text.
    static func searchableBody(_ article: Article) -> String {
        searchParagraphs(article).map(\.text).joined(separator: "\n")
    }
}

/// The phases of `FileAnalyser.analyse`, callable one at a time so that a benchmark can time each on one
/// core and checksum what the index would store.
package enum AnalysisPhases {
    /// Bytes → article (decode, clean, parse), or nil when the file is skipped.
    package static func parse(_ data: Data, path: String) -> Article? {
        guard case .success(let article) = FileAnalyser.parse(data, path: path) else { return nil }
        return article
    }

    /// The article's mentions, as the index finds them.
    package static func mentions(_ article: Article, using recognizer: any MentionRecognizer) -> [FoundMention] {
        ArticleEntities(article: article).mentions(using: recognizer)
    }

    /// Every stored field of the article, as bytes: features, mentions, spans, the text columns.
    package static func storedBytes(_ article: Article, found: [FoundMention]) -> [UInt8] {
        let f = FileAnalyser(root: URL(fileURLWithPath: "/"), recognizer: nil).fields(article, found: found)
        var out: [UInt8] = []
        for text in [f.id, f.outlet ?? "-", f.outletKey ?? "-", "\(f.day ?? -1)", f.title, f.filterTitle, "\(f.words)"]
            + f.fts {
            out += text.utf8
            out.append(0)
        }
        out += f.features ?? []
        out += f.found
        out += f.spans
        return out
    }

    /// The grouping features' stored bytes alone.
    package static func features(_ article: Article) -> [UInt8]? { GroupingSupport.encode(article) }
}
