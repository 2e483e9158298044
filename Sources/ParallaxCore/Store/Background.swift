import Dispatch

/// A value worked out on a global queue while the caller goes on with something else; `wait()` (called
/// once, by the one who started it) returns it.
final class Background<Value: Sendable>: @unchecked Sendable {
    /// Written once by the worker before it signals `done`; read after waiting for it.
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work`.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            value = work()
            done.signal()
        }
    }

    /// Waits for the value.
    func wait() -> Value {
        done.wait()
        // Safe: `done` is signalled only after `value` is set.
        return value.unsafelyUnwrapped
    }
}
