/// Hashes of one token's presented form, shape and lower-case affixes.
enum TokenHasher {
    /// Shape class of a scalar: upper, lower, digit, or the folded scalar itself.
    @inline(__always)
    private static func shapeClass(_ v: UInt32, upper: Bool) -> UInt32 {
        if v >= 0x30 && v <= 0x39 { return 0x64 }
        if upper { return 0x58 }
        if v >= 0x61 && v <= 0x7A { return 0x78 }
        if v < 0x80 { return ScalarText.fold(v) }
        return nonASCIIShapeClass(v)
    }

    /// `shapeClass` of a non-ASCII scalar that is neither a digit nor upper case (kept out of line: rare).
    @inline(never)
    private static func nonASCIIShapeClass(_ v: UInt32) -> UInt32 {
        ScalarText.isWordScalar(Unicode.Scalar(v) ?? " ") ? 0x78 : ScalarText.fold(v)
    }

    /// The `exact` and `shape` hashes of the token at `r`, its `DocumentTokens.affixCount` affix hashes
    /// written at `affixes` (which must have room for them); `mode` 0 keeps case, 1 lowers, 2 title-cases.
    @inline(__always)
    static func hash(_ t: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, mode: UInt8,
                     affixes: UnsafeMutablePointer<UInt64>) -> (exact: UInt64, shape: UInt64) {
        var exact = ScalarText.seed
        var shape = ScalarText.seed
        var lastClass: UInt32 = 0
        var repeatCount = 0
        var first = true
        for k in r {
            var v = t[k].value
            var up = ScalarText.isUpper(t[k])
            if mode == 1 || (mode == 2 && !first) {
                v = ScalarText.lower(v); up = false
            } else if mode == 2 && first {
                v = ScalarText.upper(v); up = ScalarText.isWordScalar(t[k]) && !ScalarText.isDigit(t[k])
            } else {
                v = ScalarText.fold(v)
            }
            if ScalarText.isWordScalar(t[k]) { first = false }
            exact = ScalarText.step(exact, v)
            let c = shapeClass(v, upper: up)
            if c == lastClass { repeatCount += 1 } else { repeatCount = 0 }
            if repeatCount < 2 { shape = ScalarText.step(shape, c) }
            lastClass = c
        }
        var h = ScalarText.seed
        var n = 0
        var k = r.lowerBound
        while k < r.upperBound && n < 3 {
            h = ScalarText.step(h, ScalarText.lower(t[k].value))
            affixes[n] = ScalarText.combine(h, UInt64(n))
            n += 1; k += 1
        }
        h = ScalarText.seed
        n = 0
        k = r.upperBound - 1
        while k >= r.lowerBound && n < 4 {
            h = ScalarText.step(h, ScalarText.lower(t[k].value))
            affixes[3 + n] = ScalarText.combine(h, UInt64(10 + n))
            n += 1; k -= 1
        }
        return (exact, shape)
    }
}
