import Foundation

/// Finds Parallax's resource files without SwiftPM's `Bundle.module` (which stops the process when
/// the bundle is missing): `$PARALLAX_RESOURCES`, then the resource bundle next to the executable.
package enum ResourceLocator {
    /// The resource bundle folder SwiftPM builds for the ParallaxCore target.
    static let bundleName = "Parallax_ParallaxCore.resources"

    /// Folders that may hold the resources, most specific first.
    static func candidates() -> [URL] {
        var roots: [URL] = []
        if let env = ProcessInfo.processInfo.environment["PARALLAX_RESOURCES"], !env.isEmpty {
            roots.append(URL(fileURLWithPath: env))
        }
        var bases: [URL] = [Bundle.main.bundleURL]
        if let exe = Bundle.main.executableURL { bases.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first, first.contains("/") {
            bases.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for base in bases {
            roots.append(base.appendingPathComponent(bundleName))
            roots.append(base.appendingPathComponent("Parallax_ParallaxCore.bundle/Contents/Resources"))
            roots.append(base.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        return roots.flatMap { [$0.appendingPathComponent("Resources"), $0] }
    }

    /// The URL of `Entities/<name>` in the first candidate folder holding it.
    package static func entityFile(_ name: String) throws(EntityError) -> URL {
        let roots = candidates()
        for root in roots {
            let url = root.appendingPathComponent("Entities").appendingPathComponent(name)
            if FileManager.default.isReadableFile(atPath: url.path) { return url }
        }
        throw .resourceMissing(name: "Entities/\(name)", searched: roots.map(\.path))
    }

    /// The contents of a resource file.
    package static func read(_ url: URL) throws(EntityError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
    }
}
