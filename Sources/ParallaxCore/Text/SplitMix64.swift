/// SplitMix64, a small seeded random generator: the same seed gives the same numbers on every platform
/// and Swift version (`SystemRandomNumberGenerator` cannot be seeded). Nothing in the product draws from
/// it; the tests' random inputs, the benchmark's synthetic corpus and the trainer's shuffles do, so that
/// each can be replayed.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The state; the next number is its splitmix64 output.
    private var state: UInt64

    /// A generator whose numbers are those of SplitMix64 seeded with `seed`.
    package init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        // `mix` is splitmix64's step and finaliser in one: the output for the state after this step.
        let value = ScalarText.mix(state)
        state &+= 0x9E37_79B9_7F4A_7C15
        return value
    }
}
