import Testing
@testable import ParallaxUI

/// Whole screens at 80x24, compared with the recorded text in Snapshots/.
struct GoldenScreenTests {
    @Test func library() throws {
        let (_, grid) = try UITestSupport.screen(after: "")
        UITestSupport.assertSnapshot(grid, named: "library-80x24")
    }

    @Test func reader() throws {
        let (_, grid) = try UITestSupport.screen(after: "j j Enter")
        UITestSupport.assertSnapshot(grid, named: "reader-80x24")
    }

    @Test func readerWithJunkShownAtTheEnd() throws {
        let (_, grid) = try UITestSupport.screen(after: "j j Enter x G")
        UITestSupport.assertSnapshot(grid, named: "reader-junk-80x24")
    }

    @Test func compare() throws {
        let (_, grid) = try UITestSupport.screen(after: "c Tab j")
        UITestSupport.assertSnapshot(grid, named: "compare-80x24")
    }

    @Test func compareWithOneSource() throws {
        let (_, grid) = try UITestSupport.screen(after: "j j c")
        UITestSupport.assertSnapshot(grid, named: "compare-single-80x24")
    }

    @Test func help() throws {
        let (_, grid) = try UITestSupport.screen(after: "?")
        UITestSupport.assertSnapshot(grid, named: "help-80x24")
    }

    @Test func tooSmall() throws {
        let (_, grid) = try UITestSupport.screen(after: "", width: 30, height: 8)
        UITestSupport.assertSnapshot(grid, named: "too-small-30x8")
    }
}
