import Foundation
import ParallaxCore
import Synchronization

/// Actions that effects send back to the loop from other threads.
public final class ActionInbox: Sendable {
    private let queue = Mutex<[Action]>([])

    /// Creates an empty inbox.
    public init() {}

    /// Adds an action; safe from any thread.
    public func post(_ action: Action) { queue.withLock { $0.append(action) } }

    /// Takes every waiting action.
    public func drain() -> [Action] { queue.withLock { items in defer { items.removeAll() }; return items } }
}

/// Runs the Elm-style loop: keys become actions, `reduce` updates the state, views draw it.
public final class AppRunner {
    /// The current state.
    public private(set) var state: AppState
    private let backend: TerminalBackend
    private let theme: Theme
    private let keyMap: KeyMap
    private let inbox = ActionInbox()
    private let runEffect: (Effect, ActionInbox) -> Void
    /// The derived layout's memo, shared by `reduce` and the views; owned here, not global.
    public let layouter = Layouter()
    /// Whether the screen must be drawn again; idle turns draw nothing, so waiting costs no CPU.
    private var needsDraw = true

    /// Creates a runner. `runEffect` performs effects (off the loop in the program, inline in tests).
    public init(state: AppState, backend: TerminalBackend, theme: Theme, keyMap: KeyMap = .standard,
                runEffect: @escaping (Effect, ActionInbox) -> Void) {
        self.state = state
        self.backend = backend
        self.theme = theme
        self.keyMap = keyMap
        self.runEffect = runEffect
    }

    /// Runs effects on background queues: opening and refreshing the index, fetching articles, searching.
    public static func background(_ service: CorpusService) -> (Effect, ActionInbox) -> Void {
        let runner = EffectRunner(service: service, inline: false)
        return { effect, inbox in runner.run(effect, inbox) }
    }

    /// Runs effects at once, in order (tests and screenshots).
    public static func inline(_ service: CorpusService) -> (Effect, ActionInbox) -> Void {
        let runner = EffectRunner(service: service, inline: true)
        return { effect, inbox in runner.run(effect, inbox) }
    }

    /// Applies an action and starts its effects.
    public func send(_ action: Action) {
        needsDraw = true
        for effect in reduce(&state, action, layouter: layouter) { runEffect(effect, inbox) }
    }

    /// Starts loading the corpus.
    public func start() {
        send(.loadCorpus)
    }

    /// One turn of the loop: take finished effects, draw, wait for a key and handle it.
    /// Returns false once the app has quit.
    @discardableResult
    public func step(timeoutMilliseconds: Int = 100) -> Bool {
        for action in inbox.drain() { send(action) }
        let size = backend.size
        if size.width != state.width || size.height != state.height {
            send(.resize(width: size.width, height: size.height))
        }
        if needsDraw {
            backend.draw(AppView.render(state, layout: layouter.layout(for: state), theme: theme, keyMap: keyMap))
            needsDraw = false
        }
        guard !state.quitting else { return false }
        guard let key = backend.readKey(timeoutMilliseconds: timeoutMilliseconds) else { return true }
        handle(key)
        for action in inbox.drain() { send(action) }
        return !state.quitting
    }

    /// Turns a key into an action through the key table.
    public func handle(_ key: Key) {
        needsDraw = true
        if key == .resize {
            let size = backend.size
            send(.resize(width: size.width, height: size.height))
            return
        }
        if !Layout.fits(width: state.width, height: state.height) {
            // Only the keys that quit from anywhere work here; the screen says "Q to quit".
            if key == .char("Q") || key == .ctrl("c") { send(.quit) }
            return
        }
        if let action = keyMap.action(for: key, in: state) {
            send(action)
        } else {
            send(.unboundKey("\(key)"))
        }
    }

    /// Runs until quit or until `shouldStop` says so (a signal arrived).
    public func run(shouldStop: () -> Bool) {
        start()
        while !shouldStop() {
            if !step() { break }
        }
    }

    /// Draws the current state without reading keys.
    public func redraw() {
        for action in inbox.drain() { send(action) }
        backend.draw(AppView.render(state, layout: layouter.layout(for: state), theme: theme, keyMap: keyMap))
    }
}
