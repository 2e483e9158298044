// libFuzzer entry point. Built with `swift build --sanitize=fuzzer` this file is compiled as a library
// and libFuzzer supplies `main`; a plain build gives an executable that does nothing. Keep top-level
// code out of this file: the fuzzer build rejects it. See Fuzz/README.md.

/// One fuzz input: the bytes of a query as typed (invalid UTF-8 becomes U+FFFD).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: size)
    QueryFuzzer.run(bytes)
    return 0
}
