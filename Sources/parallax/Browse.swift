import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax browse`: the terminal explorer (the default command).
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the explorer on a corpus folder (default command).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            FileHandle.standardError.write(Data("parallax: not a terminal; use a subcommand such as `parallax list --json` (see --help)\n".utf8))
            throw ExitCode(2)
        }
    }
}
