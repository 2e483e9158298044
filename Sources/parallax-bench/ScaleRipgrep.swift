import Foundation

/// ripgrep over the raw files for the same queries: the floor a user gets with no index at all.
///
/// The fair equivalent of a query is `rg -l -i -F -e TERM` for its longest word or phrase (fixed string,
/// case folded, files listed, all cores): rg cannot AND several terms across a file in one pass, so the
/// others and any exclusions are left out, which only makes rg's job easier. Filters (`outlet:`,
/// `date:`, `entity:`, `type:`) need metadata rg does not have; those queries are skipped.
enum ScaleRipgrep {
    /// One query's comparison.
    struct Timing {
        /// The query as typed.
        let query: String
        /// The rg pattern, or nil when skipped.
        let pattern: String?
        /// Why it was skipped, or what was left out.
        let note: String?
        /// Wall time per repetition, ms (empty when skipped).
        let times: [Double]
        /// Files rg listed.
        let files: Int
    }

    /// The result of the comparison.
    struct Result {
        /// `rg --version`'s first line, or nil when rg is missing.
        let version: String?
        /// Per query.
        let timings: [Timing]
        /// One line when rg could not run.
        let note: String?
    }

    /// The path of `rg` on `PATH`, if any.
    static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/rg" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The pattern for a query, or a reason to skip it, and what was left out.
    static func pattern(for query: String) -> (pattern: String?, note: String?) {
        let parsed = ScaleQueryText(query)
        if let filter = parsed.filters.first { return (nil, "\(filter.name): filter has no rg equivalent") }
        guard let longest = parsed.terms.max(by: { $0.count < $1.count }) else { return (nil, "no words") }
        var left: [String] = []
        if parsed.terms.count > 1 { left.append("\(parsed.terms.count - 1) other term(s)") }
        if !parsed.excluded.isEmpty { left.append("exclusion") }
        return (longest, left.isEmpty ? nil : "longest term only; not applied: " + left.joined(separator: ", "))
    }

    /// Times every query `repetitions` times over the corpus folder.
    static func compare(queries: [String], corpus: URL, repetitions: Int) -> Result {
        guard let rg = locate() else {
            return Result(version: nil, timings: [], note: "rg not found: run Scripts/install-ripgrep.sh (Debian package ripgrep)")
        }
        let version = (try? run(rg, ["--version"]).output.split(separator: "\n").first.map(String.init)) ?? nil
        var timings: [Timing] = []
        for query in queries {
            let (pattern, note) = pattern(for: query)
            guard let pattern else {
                timings.append(Timing(query: query, pattern: nil, note: note, times: [], files: 0))
                continue
            }
            var times: [Double] = [], files = 0
            for _ in 0..<repetitions {
                let start = DispatchTime.now().uptimeNanoseconds
                guard let result = try? run(rg, ["--no-config", "-l", "-i", "-F", "-e", pattern, corpus.path]) else {
                    return Result(version: version, timings: timings, note: "rg failed to run")
                }
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                files = result.output.split(separator: "\n").count
            }
            timings.append(Timing(query: query, pattern: pattern, note: note, times: times, files: files))
        }
        return Result(version: version, timings: timings, note: nil)
    }

    /// Runs a program and returns what it printed (rg exits 1 when nothing matched, which is not a
    /// failure). `posix_spawn` and `waitpid`, not `Process`: `Process.waitUntilExit` polls a run loop and
    /// would add tens of milliseconds to every timing.
    static func run(_ program: String, _ arguments: [String]) throws -> (output: String, status: Int32) {
        var pipe: [Int32] = [0, 0]
        guard Foundation.pipe(&pipe) == 0 else { throw ScaleError.child("pipe: \(String(cString: strerror(errno)))") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        close(pipe[1])
        defer { close(pipe[0]) }
        guard spawned == 0 else { throw ScaleError.child("cannot start \(program): \(String(cString: strerror(spawned)))") }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, $0.count) }
            if n > 0 { output += chunk[0..<n] } else if n == 0 || errno != EINTR { break }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0, code = (status >> 8) & 0xff
        guard exited, code <= 1 else { throw ScaleError.child("\(program) exited with status \(code)") }
        return (String(decoding: output, as: UTF8.self), code)
    }
}
