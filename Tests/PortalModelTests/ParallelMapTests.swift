import Testing
import PortalModel

/// `parallelMap` keeps every result in its place however the iterations interleave.
@Suite struct ParallelMapTests {
    @Test func keepsEveryResultInOrder() {
        let numbers = Array(0..<1_000_000)
        for _ in 0..<8 {
            #expect(numbers.parallelMap { $0 * 3 } == numbers.map { $0 * 3 })
        }
    }

    @Test func pendingGivesTheValueComputedElsewhere() {
        let pending = Pending { (1...1000).reduce(0, +) }
        #expect(pending.value == 500_500)
        #expect(pending.value == 500_500) // a second read does not wait forever
    }
}
