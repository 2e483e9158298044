#if canImport(Glibc)
import Glibc
#endif

/// Memory for large tables read at random (the recogniser's weights, grouping's dense vector): aligned to
/// 2 MB and, on Linux, marked for transparent huge pages, so that a lookup does not also miss the TLB (a
/// 4 KB page's entry) as well as the cache. Where huge pages are off, `madvise` fails quietly and the memory is ordinary.
enum HugePages {
    /// Size of a huge page on x86-64 and arm64 Linux.
    static let size = 2 << 20

    /// Uninitialised memory of at least `byteCount` bytes (freed with `deallocate()`), in whole huge pages when large.
    static func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        guard byteCount >= size else { return UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64) }
        // Whole huge pages, so that the last one is not left to small pages.
        let rounded = (byteCount + size - 1) / size * size
        let base = UnsafeMutableRawPointer.allocate(byteCount: rounded, alignment: size)
        #if os(Linux)
        _ = madvise(base, rounded, MADV_HUGEPAGE)
        #endif
        return base
    }
}
