#if canImport(Glibc)
import Glibc
#endif

/// Gives memory that was freed back to the system between the index's phases, so that one phase's peak
/// does not add to the allocator's leftovers from another (analysis threads keep arenas of their own).
enum MemoryTrim {
    /// The C signature of glibc's `malloc_trim`.
    private typealias Trim = @convention(c) (Int) -> Int32

    /// glibc's `malloc_trim`, looked up at run time (Swift's Glibc module does not export it); nil elsewhere.
    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    /// Returns the allocator's free pages to the system where the C library can.
    static func releaseFreed() {
        _ = trim?(0)
    }
}
