import ArgumentParser

@main
struct LedeBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lede-bench", abstract: "Load, query and analysis speed at scale.")
    func run() throws { throw ValidationError("the benchmark is not built yet") }
}
