import Dispatch
import Foundation
import ParallaxCore
import Synchronization

/// How the explorer reaches its corpus: opening the index (fast: what it holds is listed at once) and
/// bringing it up to date with the folder (slow on a first start: run in the background).
public struct CorpusService: Sendable {
    /// Opens the index of a corpus folder; one-line notices (a rebuilt cache) come with it.
    public var open: @Sendable (_ path: String) throws -> (source: any CorpusSource, notices: [String])
    /// Analyses new and changed files and regroups, reporting progress from any thread.
    public var refresh: @Sendable (_ source: any CorpusSource,
                                   _ progress: @escaping @Sendable (IndexProgress) -> Void) throws -> RefreshReport

    /// A service from its two steps.
    public init(open: @escaping @Sendable (_ path: String) throws -> (source: any CorpusSource, notices: [String]),
                refresh: @escaping @Sendable (_ source: any CorpusSource,
                                              _ progress: @escaping @Sendable (IndexProgress) -> Void) throws -> RefreshReport) {
        self.open = open
        self.refresh = refresh
    }
}

/// Performs effects and posts their results as actions carrying the request id they answer.
final class EffectRunner: Sendable {
    private let service: CorpusService
    private let inline: Bool
    /// Searches run one at a time, so that a burst of keystrokes never runs several at once.
    private let searchQueue = DispatchQueue(label: "parallax.search", qos: .userInitiated)
    /// The newest search asked for: a queued search that is no longer the newest is skipped, so a burst
    /// of keystrokes runs at most the search in flight and the last one.
    private let latestSearch = Mutex<RequestID?>(nil)
    /// Library rankings run one at a time; a queued one that is no longer the newest is skipped.
    private let rankQueue = DispatchQueue(label: "parallax.rank", qos: .userInitiated)
    /// The newest ranking asked for.
    private let latestRank = Mutex<RequestID?>(nil)
    /// The source opened last, and the store that fetches its articles.
    private let opened = Mutex<(source: (any CorpusSource)?, store: ArticleStore?)>((nil, nil))

    /// A runner over a service; `inline` runs everything at once, in order.
    init(service: CorpusService, inline: Bool) {
        self.service = service
        self.inline = inline
    }

    /// Runs one effect.
    func run(_ effect: Effect, _ inbox: ActionInbox) {
        switch effect {
        case .loadCorpus(let path, let request):
            perform(on: .global(qos: .userInitiated)) { self.load(path, request, inbox) }
        case .fetchArticle(let id, let request):
            guard let store = opened.withLock({ $0.store }) else { return }
            perform(on: .global(qos: .userInitiated)) {
                let result: Result<StoredArticle, FetchError>
                do { result = .success(try store.article(id: id)) } catch { result = .failure(FetchError(Self.reason(error))) }
                inbox.post(.articleFetched(id: id, result, request: request))
            }
        case .loadCandidates(let request):
            guard let source = opened.withLock({ $0.source }) else { return }
            perform(on: .global(qos: .userInitiated)) {
                inbox.post(.candidatesLoaded(LibraryCandidates(source), request: request))
            }
        case .rankLibrary(let candidates, let key, let within, let request):
            guard let source = opened.withLock({ $0.source }) else { return }
            latestRank.withLock { $0 = request }
            perform(on: rankQueue) {
                guard self.inline || self.latestRank.withLock({ $0 == request }) else { return }
                inbox.post(.libraryRanked(key, candidates.ranking(for: key, within: within, source: source), request: request))
            }
        case .search(let query, let text, let request):
            guard let source = opened.withLock({ $0.source }) else { return }
            latestSearch.withLock { $0 = request }
            perform(on: searchQueue) {
                guard self.inline || self.latestSearch.withLock({ $0 == request }) else { return }
                do {
                    inbox.post(.searchResults(try source.search(query, limit: PaletteState.resultLimit, offset: 0),
                                              query: text, request: request))
                } catch {
                    inbox.post(.searchFailed(Self.reason(error), request: request))
                }
            }
        case .quit:
            break
        }
    }

    /// Opens the index, lists what it holds, then refreshes it, reporting each committed batch.
    private func load(_ path: String, _ request: RequestID, _ inbox: ActionInbox) {
        let source: any CorpusSource
        do {
            let result = try service.open(path)
            source = result.source
            opened.withLock { $0 = (source, ArticleStore(source: source)) }
            inbox.post(.corpusOpened(CorpusHandle(source), notices: result.notices, request: request))
        } catch {
            inbox.post(.loadFailed(Self.reason(error), request: request))
            return
        }
        // Progress is posted as `ProgressThrottle` admits it, with the generation it saw. Reports come from
        // several threads (the writer tells each committed batch): each is admitted and posted under one
        // lock, so that they reach the loop in the order they were admitted.
        let throttle = Mutex(ProgressThrottle())
        do {
            let report = try service.refresh(source) { progress in
                let now = Date().timeIntervalSinceReferenceDate
                throttle.withLock { throttle in
                    guard throttle.admits(progress, at: now) || self.inline else { return }
                    inbox.post(.indexProgress(progress, generation: source.generation, request: request))
                }
            }
            inbox.post(.indexRefreshed(report, generation: source.generation, request: request))
        } catch {
            inbox.post(.indexFailed(Self.reason(error), request: request))
        }
    }

    /// Runs work on a queue, or at once when inline.
    private func perform(on queue: DispatchQueue, _ work: @escaping @Sendable () -> Void) {
        if inline { work() } else { queue.async(execute: work) }
    }

    /// A one-line reason for an error.
    static func reason(_ error: Error) -> String {
        TextSanitizer.displaySafe(String(describing: error))
    }
}

/// Which refresh progress reports reach the loop: at most one every `interval` seconds, but always one that
/// starts a stage (scanning, analysing, grouping) or ends one (the last file analysed, the refresh done),
/// so that the status line never stays on a stage that is over (a one-file refresh's 100% used to stay up
/// through the whole regroup, as the grouping report came within 50 ms of it and was dropped).
struct ProgressThrottle {
    /// Least time between two reports of one stage, seconds.
    var interval = 0.05
    private var lastTime = -Double.infinity
    private var lastStage = -1

    /// Whether to post `progress`, reported at `now` (seconds); remembers it if so.
    mutating func admits(_ progress: IndexProgress, at now: Double) -> Bool {
        let stage: Int
        var ends = false
        switch progress {
        case .scanning: stage = 0
        case .analysing(let done, let total, _): stage = 1; ends = done >= total
        case .grouping: stage = 2
        case .finished: stage = 3; ends = true
        }
        guard stage != lastStage || ends || now - lastTime >= interval else { return false }
        lastStage = stage
        lastTime = now
        return true
    }
}
