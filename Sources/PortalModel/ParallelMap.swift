import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order of the input.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(self[index]), at: index)
        }
        return results.values
    }
}

/// Pre-sized storage written once per slot from concurrent iterations.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    var values: [T] { slots.map { $0! } }
}

/// A value computed on another thread while the caller goes on; `value` waits for it.
public final class Pending<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once, before `done` is signalled.
    private var result: T?

    public init(_ work: @escaping @Sendable () -> T?) {
        DispatchQueue.global().async { [self] in
            result = work()
            done.signal()
        }
    }

    public var value: T? {
        done.wait()
        done.signal() // a later read does not wait
        return result
    }
}

/// Values freed on another thread once their owner is done with them: freeing a large site's
/// cache snapshot took longer than all the rest a warm build does at its end, and a command-line
/// build exits without waiting for it. Filled by one thread, then handed over.
public final class Leftovers: @unchecked Sendable {
    private var values: [Any] = []

    public init() {}

    public func keep(_ value: Any) {
        values.append(value)
    }

    public func releaseInBackground() {
        DispatchQueue.global(qos: .utility).async { [self] in values.removeAll() }
    }
}
