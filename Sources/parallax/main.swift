import ArgumentParser

/// The `parallax` command: the explorer by default, and subcommands for scripts.
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Compare how news outlets cover the same event, in the terminal.",
        subcommands: [Browse.self, List.self, Show.self, Entities.self, Index.self, Search.self, Screenshot.self],
        defaultSubcommand: Browse.self
    )
}

Parallax.main()
