import Foundation

/// Where a corpus's index database lives, whether its file looks sound, and the writer's lock.
enum CacheFile {
    /// The database path for a corpus folder, or nil for an in-memory index.
    static func path(for root: URL, cache: CacheLocation, environment: [String: String]) -> String? {
        let folder: String
        switch cache {
        case .memory: return nil
        case .directory(let dir): folder = dir
        case .standard:
            if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
                folder = xdg + "/parallax"
            } else {
                let home = environment["HOME"] ?? NSHomeDirectory()
                folder = home + "/.cache/parallax"
            }
        }
        let absolute = root.standardizedFileURL.path
        return folder + "/" + name(for: absolute)
    }

    /// `<folder name sanitised>-<16 hex of the path's stable hash>.sqlite`.
    static func name(for absolutePath: String) -> String {
        let last = (absolutePath as NSString).lastPathComponent
        var safe = String(String.UnicodeScalarView(last.unicodeScalars.map { scalar -> Unicode.Scalar in
            let v = scalar.value
            let ok = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x2D || v == 0x5F
            return ok ? scalar : "_"
        }).prefix(48))
        if safe.isEmpty || safe.allSatisfy({ $0 == "_" }) { safe = "corpus" }
        return safe + "-" + StableHash.hex(StableHash.of(absolutePath)) + ".sqlite"
    }

    /// Why a database file cannot be an intact SQLite database, or nil when its header looks sound.
    /// A missing file is sound (it will be created).
    static func headerProblem(at path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return FileManager.default.fileExists(atPath: path) ? "unreadable" : nil
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        let size = (try? handle.seekToEnd()).map { Int64($0) } ?? 0
        if size == 0 { return "empty file" }
        guard header.count == 100 else { return "truncated" }
        let bytes = [UInt8](header)
        guard bytes.starts(with: Array("SQLite format 3\0".utf8)) else { return "not a database" }
        var pageSize = Int64(bytes[16]) << 8 | Int64(bytes[17])
        if pageSize == 1 { pageSize = 65_536 }
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { return "bad page size" }
        let pages = bytes[28..<32].reduce(Int64(0)) { $0 << 8 | Int64($1) }
        let changes = bytes[24..<28].reduce(Int64(0)) { $0 << 8 | Int64($1) }
        let valid = bytes[92..<96].reduce(Int64(0)) { $0 << 8 | Int64($1) }
        // The page count in the header is trusted only when it was written by the same change as the file.
        if pages > 0, changes == valid, size < pages * pageSize { return "truncated" }
        if size % pageSize != 0 { return "truncated" }
        return nil
    }

    /// Deletes a database and its journal files.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}

/// An advisory lock held by the process that writes an index (`flock` on `<db>.lock`).
final class WriterLock: @unchecked Sendable {
    /// The open lock file, or -1.
    private var descriptor: Int32 = -1

    /// Takes the lock without waiting; false when another process holds it.
    static func acquire(_ path: String) -> WriterLock? {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return WriterLock() }  // No lock file possible (read-only folder): do not block.
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        let lock = WriterLock()
        lock.descriptor = fd
        return lock
    }

    /// Releases the lock.
    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
