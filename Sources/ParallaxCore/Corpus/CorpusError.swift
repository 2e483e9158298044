/// Why a corpus or a file in it could not be used.
public enum CorpusError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The corpus folder does not exist or is not a folder.
    case notAFolder(path: String)
    /// The folder could not be listed.
    case unlistable(path: String, reason: String)
    /// No article with this id or path.
    case noSuchArticle(String)
    /// A prefix that fits several articles: the key and the first few ids it fits.
    case ambiguous(String, [String])
    /// An indexed article whose file can no longer be read (gone, or unreadable), with the reason.
    case unreadable(path: String, reason: String)

    /// A one-line message for the user.
    public var description: String {
        switch self {
        case .notAFolder(let path): return "not a folder: \(path)"
        case .unlistable(let path, let reason): return "cannot list \(path): \(reason)"
        case .noSuchArticle(let id): return "no article with id or path '\(id)' (see `parallax list`)"
        case .ambiguous(let key, let ids):
            return "'\(key)' fits several articles: " + ids.prefix(3).joined(separator: ", ") + (ids.count > 3 ? ", …" : "")
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        }
    }
}

/// A file that was found but not loaded, with the reason shown to the user.
public struct SkippedFile: Error, Sendable, Equatable {
    /// Path relative to the corpus folder.
    public let path: String
    /// Why it was skipped, e.g. "empty file".
    public let reason: String

    /// Creates a skipped-file record.
    public init(path: String, reason: String) {
        self.path = TextSanitizer.displaySafe(path)
        self.reason = reason
    }
}
