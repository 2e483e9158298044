import Foundation
import ParallaxCore

/// Folders and files named on the command line, as one corpus folder and the article paths inside it.
struct CorpusSelection {
    /// The deepest folder that holds every argument.
    let root: URL
    /// Article files relative to `root`, in argument order (a folder's files in path order), without repeats.
    let paths: [String]

    /// Why the arguments name no corpus.
    enum SelectionError: Error, CustomStringConvertible {
        /// A path that does not exist.
        case missing(path: String)

        /// The error in words.
        var description: String {
            switch self {
            case .missing(let path): return "no such file or folder: \(path)"
            }
        }
    }

    /// Resolves the arguments; a missing one is an error.
    init(_ arguments: [String]) throws {
        var folders: [(URL, Bool)] = []
        for argument in arguments {
            var isDir: ObjCBool = false
            let url = URL(fileURLWithPath: argument).standardizedFileURL
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
                throw SelectionError.missing(path: argument)
            }
            folders.append((url, isDir.boolValue))
        }
        let root = Self.commonFolder(folders.map { $0.1 ? $0.0 : $0.0.deletingLastPathComponent() })
        var paths: [String] = []
        for (url, isFolder) in folders {
            let prefix = Self.relative(url, to: root)
            if isFolder {
                let inside = try CorpusLoader(root: url).articlePaths()
                paths += inside.map { prefix.isEmpty ? $0 : prefix + "/" + $0 }
            } else {
                paths.append(prefix)
            }
        }
        var seen: Set<String> = []
        self.root = root
        self.paths = paths.filter { seen.insert($0).inserted }
    }

    /// The longest common folder of some folders.
    static func commonFolder(_ folders: [URL]) -> URL {
        guard var common = folders.first?.pathComponents else { return URL(fileURLWithPath: ".") }
        for folder in folders.dropFirst() {
            let parts = folder.pathComponents
            common = Array(zip(common, parts).prefix { $0 == $1 }.map(\.0))
        }
        return URL(fileURLWithPath: NSString.path(withComponents: common.isEmpty ? ["/"] : common))
    }

    /// A path relative to a folder that holds it ("" for the folder itself).
    static func relative(_ url: URL, to root: URL) -> String {
        let parts = url.pathComponents, base = root.pathComponents
        return parts.dropFirst(base.count).joined(separator: "/")
    }
}
