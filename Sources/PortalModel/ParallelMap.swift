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

/// Pre-sized storage written once per slot from concurrent iterations, through a pointer: an
/// array's `withUnsafeMutableBufferPointer` moves the storage out of the array while it runs, so
/// two threads in it at once lose each other's writes.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) {
        slots[index] = value
    }

    /// Every slot, once all iterations have stored theirs.
    var values: [T] {
        slots.map { slot in
            guard let value = slot else { preconditionFailure("an iteration did not store its result") }
            return value
        }
    }
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
