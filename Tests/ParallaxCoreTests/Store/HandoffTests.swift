import Foundation
import Testing
@testable import ParallaxCore

/// The bounded queue that regrouping reads features through.
struct HandoffTests {
    struct Failure: Error, Equatable {}

    @Test func everyItemArrivesOnceInOrderThroughASmallQueue() throws {
        let handoff = Handoff<Int>(capacity: 3)
        DispatchQueue.global().async {
            for n in 0..<5_000 { handoff.put(n) }
            handoff.finish()
        }
        var received: [Int] = []
        while let n = try handoff.take() { received.append(n) }
        #expect(received == Array(0..<5_000))
        #expect(try handoff.take() == nil, "finished stays finished")
    }

    @Test func theProducersErrorReachesTheConsumerAfterTheItemsBeforeIt() throws {
        let handoff = Handoff<Int>(capacity: 2)
        DispatchQueue.global().async {
            for n in 0..<10 { handoff.put(n) }
            handoff.finish(throwing: Failure())
        }
        var received: [Int] = []
        #expect(throws: Failure.self) {
            while let n = try handoff.take() { received.append(n) }
        }
        #expect(received == Array(0..<10))
    }
}
