// libFuzzer entry point. Built with `swift build --sanitize=fuzzer` this file is compiled as a library
// and libFuzzer supplies `main`; a plain build gives an executable that does nothing. Keep top-level
// code out of this file: the fuzzer build rejects it. See Fuzz/README.md.

/// One fuzz input: the bytes of an article file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntities(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: size)
    EntityFuzzer.run(bytes)
    return 0
}
