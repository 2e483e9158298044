import Testing
@testable import ParallaxCore

@Test func keyValueIndexFindsEveryInsertedKeyWithItsValue() {
    var map = KeyValueIndex(count: 1_000)
    var keys = [UInt64(0), 1, 1 << 7, 2 << 7]  // 0 and 1 share a stored form; the others share a home slot
    var state: UInt64 = 42
    for _ in 0..<996 {
        state = ScalarText.mix(state)
        keys.append(state)
    }
    for (n, key) in keys.enumerated() { map.setValue(UInt64(n) + 100, at: map.insert(key)) }
    for (n, key) in keys.enumerated().dropFirst(2) { #expect(map.value(for: key) == UInt64(n) + 100) }
    #expect(map.value(for: 0) == 101)
    #expect(map.value(for: 1) == 101)
    #expect(map.value(for: 3 << 7) == 0)
    #expect(map.value(for: 3 << 7, absent: 7) == 7)
}

@Test func keyValueIndexInsertReturnsTheSameSlotForARepeatedKey() {
    var map = KeyValueIndex(count: 4)
    let slot = map.insert(99)
    map.setValue(5, at: slot)
    #expect(map.insert(99) == slot)
    #expect(map.value(at: slot) == 5)
    #expect(map.capacity == 16)
}

@Test func lowercaseTableKeepsTheLastBucketOfARepeatedWord() {
    let table = LowercaseTable([(ScalarText.hash("the"), 4), (ScalarText.hash("paris"), 1), (ScalarText.hash("the"), 3)])
    #expect(table.bucket(ScalarText.hash("the")) == 3)
    #expect(table.bucket(ScalarText.hash("paris")) == 1)
    #expect(table.bucket(ScalarText.hash("london")) == 0)
}

@Test func gazetteerCodeRangesSurvivePacking() {
    for r in [0..<0, 0..<3, 17..<17, 5..<9, 4_000_000..<4_000_012] {
        #expect(Gazetteer.unpackRange(Gazetteer.packRange(r)) == r)
    }
}

@Test func asciiFastPathsAgreeWithTheRangeChecks() {
    for v in UInt32(0)..<0x3000 {
        let s = Unicode.Scalar(v) ?? " "
        if v < 0x80 {
            let word = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            #expect(ScalarText.isWordScalar(s) == word)
        }
        let folded: UInt32 = switch v {
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x60, 0xB4: 0x27
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB: 0x22
        case 0x2010, 0x2011: 0x2D
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: 0x2014
        default: v
        }
        #expect(ScalarText.fold(v) == folded)
    }
}
