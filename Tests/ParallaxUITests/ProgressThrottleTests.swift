import ParallaxCore
import Testing
@testable import ParallaxUI

/// What of a refresh's progress reaches the status line.
struct ProgressThrottleTests {
    @Test func aBurstOfOneStageIsThinnedButEveryStageAndEveryEndGetsThrough() {
        var throttle = ProgressThrottle()
        var posted: [IndexProgress] = []
        func report(_ progress: IndexProgress, at ms: Double) {
            if throttle.admits(progress, at: ms / 1000) { posted.append(progress) }
        }
        report(.scanning(files: 10), at: 0)
        report(.scanning(files: 20), at: 10)  // too soon after the last of its stage
        report(.analysing(done: 0, total: 3, bytes: 0), at: 12)  // a new stage
        report(.analysing(done: 1, total: 3, bytes: 100), at: 20)  // too soon
        report(.analysing(done: 2, total: 3, bytes: 200), at: 70)  // 58 ms later
        report(.analysing(done: 3, total: 3, bytes: 300), at: 71)  // the last file
        report(.grouping(articles: 3), at: 72)  // right after it, as a one-file refresh does
        report(.finished(RefreshReport()), at: 73)
        #expect(posted == [
            .scanning(files: 10), .analysing(done: 0, total: 3, bytes: 0), .analysing(done: 2, total: 3, bytes: 200),
            .analysing(done: 3, total: 3, bytes: 300), .grouping(articles: 3), .finished(RefreshReport()),
        ])
    }

    @Test func theStatusLineSaysGroupingWhileAOneFileRefreshRegroups() {
        var throttle = ProgressThrottle()
        var shown: IndexProgress?
        for (progress, ms) in [(IndexProgress.scanning(files: 100_000), 0.0), (.analysing(done: 1, total: 1, bytes: 3_000), 5),
                               (.grouping(articles: 100_000), 6)] where throttle.admits(progress, at: ms / 1000) {
            shown = progress
        }
        #expect(ProgressBar.compact(shown) == "indexing: grouping")
    }
}
