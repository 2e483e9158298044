import ParallaxCore

/// A small seeded generator (SplitMix64) so that the same seed gives the same corpus on every platform
/// and Swift version: `SystemRandomNumberGenerator` cannot be seeded, and the standard library's
/// `random(in:using:)` is free to change how it draws.
struct ScaleRandom {
    /// The generator.
    private var generator: SplitMix64

    /// A generator for a seed and a stream (an event number, say), so that parts can be drawn
    /// independently, in any order, on any thread.
    init(seed: UInt64, stream: UInt64 = 0) {
        generator = SplitMix64(seed: seed &+ stream &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 { generator.next() }

    /// A number in `0..<bound` (0 when the bound is not positive).
    mutating func int(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in a closed range.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(range.count)
    }

    /// A number in `0..<1`.
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    /// An index drawn with the given weights.
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.count - 1
    }

    /// `count` distinct indices of `0..<n` (all of them, shuffled, when `count >= n`).
    mutating func distinct(_ count: Int, of n: Int) -> [Int] {
        var all = Array(0..<n)
        let k = min(count, n)
        for i in 0..<k { all.swapAt(i, i + int(n - i)) }
        return Array(all[0..<k])
    }
}
