import Testing
@testable import ParallaxCore

/// The seeded generator the tests, the benchmark and the trainer draw from.
struct SplitMix64Tests {
    /// Its numbers are SplitMix64's own (the reference sequence for seed 0), so a seed written in a test or
    /// a benchmark report replays the same input on any machine.
    @Test func seedZeroGivesTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect([random.next(), random.next(), random.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }
}
