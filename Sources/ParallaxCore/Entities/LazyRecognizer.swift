import Synchronization

/// The bundled recogniser, loaded the first time a document needs it and let go when an index has
/// analysed what it had to (`releaseModel`): opening a corpus whose index is current reads no model at
/// all, a refresh that finds new files pays for loading it once, and the model's memory (about 40 MB)
/// is not held through the regroup that follows or for the rest of an explorer session. A model that
/// cannot be loaded is remembered (`EntityRecognizer.bundled`) and reported by `recognizer()`.
public final class LazyRecognizer: MentionRecognizer, Sendable {
    private let loaded = Mutex<Result<any MentionRecognizer, EntityError>?>(nil)

    /// A recogniser that loads the bundled model when first asked.
    public init() {}

    /// The recogniser, loading it if it is not held.
    public func recognizer() throws(EntityError) -> any MentionRecognizer {
        let result = loaded.withLock { state -> Result<any MentionRecognizer, EntityError> in
            if let state { return state }
            let made: Result<any MentionRecognizer, EntityError>
            do throws(EntityError) { made = .success(try EntityRecognizer.bundled()) } catch { made = .failure(error) }
            state = made
            return made
        }
        return try result.get()
    }

    /// Whether a model is held.
    var isLoaded: Bool {
        loaded.withLock { state in
            if case .success = state { return true }
            return false
        }
    }

    /// Lets go of a loaded model (a failure is kept); the next document loads it again.
    public func releaseModel() {
        loaded.withLock { state in
            if case .success = state { state = nil }
        }
    }

    /// Finds the mentions in a document (none when the model cannot be loaded: `recognizer()` says why).
    public func recognize(_ document: [TextSegment]) -> [RecognizedSpan] {
        (try? recognizer())?.recognize(document) ?? []
    }
}
