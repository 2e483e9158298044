import Foundation
import Synchronization

/// Finds article files under a folder and loads them; one bad file is reported, never fatal.
public struct CorpusLoader: Sendable {
    /// Extensions of files that hold articles.
    public static let extensions: Set<String> = ["txt", "md"]
    /// Files larger than this are skipped rather than loaded.
    public static let maxBytes = 16 * 1024 * 1024

    /// The corpus folder.
    public let root: URL

    /// Finds entity mentions; without one the corpus has no entities.
    public let recognizer: (any MentionRecognizer)?

    /// Creates a loader for a folder, with a recogniser for entities or none.
    public init(root: URL, recognizer: (any MentionRecognizer)? = nil) {
        self.root = root.standardizedFileURL
        self.recognizer = recognizer
    }

    /// How far a load has come, for a progress display.
    public enum Progress: Sendable, Equatable {
        /// Files read and parsed so far, of all found.
        case reading(done: Int, total: Int)
        /// All files read; the articles are being grouped into events.
        case grouping(articles: Int)
        /// Articles searched for named entities so far, of all.
        case findingEntities(done: Int, total: Int)
    }

    /// Loads every article file under the folder, in path order, and groups the articles into events.
    /// `progress` is told, from any thread, about every few percent of files read, when grouping starts,
    /// and how many articles have been searched for entities.
    public func load(progress: (@Sendable (Progress) -> Void)? = nil) throws -> Corpus {
        load(paths: try articlePaths(), progress: progress)
    }

    /// Loads the given files (relative to the folder, in the order given) as one corpus, like `load`.
    public func load(paths: [String], progress: (@Sendable (Progress) -> Void)? = nil) -> Corpus {
        var articles: [Article] = []
        var skipped: [SkippedFile] = []
        for result in loadAll(paths, progress: progress) {
            switch result {
            case .success(let article): articles.append(article)
            case .failure(let skip): skipped.append(skip)
            }
        }
        progress?(.grouping(articles: articles.count))
        let corpus = Corpus(root: root.path, articles: articles, skipped: skipped)
        guard let recognizer else { return corpus }
        let entities = EntityPipeline(recognizer: recognizer).index(corpus) { done, total in
            progress?(.findingEntities(done: done, total: total))
        }
        return corpus.withEntities(entities)
    }

    /// Reads and parses files on every core, returning the results in the order of `paths`.
    func loadAll(_ paths: [String], progress: (@Sendable (Progress) -> Void)? = nil) -> [Result<Article, SkippedFile>] {
        let chunk = 32
        let chunks = (paths.count + chunk - 1) / chunk
        progress?(.reading(done: 0, total: paths.count))
        guard chunks > 1 else { return paths.map { loadArticle(relativePath: $0) } }
        let results = Mutex<(parts: [[Result<Article, SkippedFile>]], done: Int, reported: Int)>(
            (Array(repeating: [], count: chunks), 0, 0))
        let step = max(chunk, paths.count / 50)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let part = paths[(c * chunk)..<min(paths.count, (c + 1) * chunk)].map { loadArticle(relativePath: $0) }
            results.withLock { state in
                state.parts[c] = part
                state.done += part.count
                guard state.done - state.reported >= step else { return }
                state.reported = state.done
                // Reported under the lock so that reports arrive in order.
                progress?(.reading(done: state.done, total: paths.count))
            }
        }
        return results.withLock { $0.parts.flatMap { $0 } }
    }

    /// Relative paths of article files, sorted so that every run sees the same order.
    public func articlePaths() throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
            throw CorpusError.notAFolder(path: root.path)
        }
        // A POSIX walk: Foundation's enumerator costs about 50 µs a file (100,000 files: 5 s), this a few.
        var found: [String] = []
        guard Self.walk(root.path, relative: "", into: &found) else {
            throw CorpusError.unlistable(path: root.path, reason: "cannot enumerate")
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Where a directory record's name starts.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19
    /// Where a directory record's type byte is.
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type) ?? 18

    /// Appends the article files under a folder (relative paths): hidden entries are skipped, folders are
    /// walked into — a folder named like an article file too — but links to folders are not followed (no
    /// cycles); a link to a file, broken or not, is kept so that reading it reports it. False when the
    /// folder cannot be opened.
    static func walk(_ folder: String, relative: String, into found: inout [String]) -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            // The name is read in place up to its NUL: a record is only as long as its name (`d_reclen`), so
            // copying the whole 256-byte `d_name` would read past the last record of readdir's buffer.
            let record = UnsafeRawPointer(entry)
            let name = String(cString: (record + Self.nameOffset).assumingMemoryBound(to: CChar.self))
            guard !name.isEmpty, !name.hasPrefix(".") else { continue }
            let full = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            var kind = Int32(record.load(fromByteOffset: Self.typeOffset, as: UInt8.self))
            if kind == Int32(DT_UNKNOWN) {
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: kind = Int32(DT_DIR)
                case S_IFLNK: kind = Int32(DT_LNK)
                default: kind = Int32(DT_REG)
                }
            }
            if kind == Int32(DT_DIR) {
                _ = walk(full, relative: path, into: &found)
                continue
            }
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex,
                  extensions.contains(name[name.index(after: dot)...].lowercased()) else { continue }
            if kind == Int32(DT_LNK) {
                // A link to a folder named like an article file is neither read nor walked into.
                var info = stat()
                if stat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR { continue }
            }
            found.append(path)
        }
        return true
    }

    /// Reads, checks and parses one file.
    public func loadArticle(relativePath: String) -> Result<Article, SkippedFile> {
        let url = root.appendingPathComponent(relativePath)
        var info = stat()
        if stat(url.path, &info) != 0 {
            let reason = errno == ENOENT && lstat(url.path, &info) == 0 ? "broken symbolic link"
                : "unreadable: " + String(cString: strerror(errno)).lowercased()
            return .failure(SkippedFile(path: relativePath, reason: reason))
        }
        if info.st_mode & S_IFMT != S_IFREG {
            return .failure(SkippedFile(path: relativePath, reason: "not a regular file"))
        }
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > Self.maxBytes {
                return .failure(SkippedFile(path: relativePath, reason: "too large (\(size / 1_048_576) MB)"))
            }
            data = try Data(contentsOf: url)
        } catch {
            return .failure(SkippedFile(path: relativePath, reason: "unreadable: \(Self.shortReason(error))"))
        }
        switch FileDecoder.decode(data) {
        case .failure(let reason):
            return .failure(SkippedFile(path: relativePath, reason: reason.description))
        case .success(let scalars):
            let clean = CleanText(raw: scalars)
            let article = ArticleParser.parse(clean, id: Self.id(for: relativePath), path: relativePath)
            guard article.wordCount > 0 || article.metadata.title != nil else {
                return .failure(SkippedFile(path: relativePath, reason: "no article text"))
            }
            return .success(article)
        }
    }

    /// The article id for a relative path: the path without its extension.
    public static func id(for relativePath: String) -> String {
        let ns = relativePath as NSString
        return TextSanitizer.displaySafe(ns.deletingPathExtension)
    }

    /// A file's path from the corpus folder's path and its path relative to it, as the walk gives it: what
    /// `URL(fileURLWithPath: root).appendingPathComponent(relative).path` gives, without building a URL
    /// (which parses and percent-encodes the path; a hundred thousand of them cost about a second).
    static func join(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    /// A short, lower-case reason for a read error ("permission denied").
    static func shortReason(_ error: Error) -> String {
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(posix.code)) {
            return String(cString: message).lowercased()
        }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return TextSanitizer.displaySafe(ns.localizedDescription)
    }
}
