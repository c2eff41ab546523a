import ArgumentParser
import Foundation

/// `dxportal`: builds the "Chuyển đổi số" section of a provincial portal.
public struct DXPortalCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dxportal",
        abstract: "Dựng chuyên mục Chuyển đổi số thành trang web tĩnh (static site).",
        version: "dxportal \(version)",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// Printed by `dxportal --version`; raised with every release.
    public static let version = "0.9.0"

    public init() {}
}

/// Runs the command line and returns the process exit code: 0 success, 1 content errors,
/// 2 usage errors. The executable's `main.swift` is the only caller of `exit`.
public enum CommandLineRunner {
    /// Runs any command, including the long-running `serve`.
    public static func runAsync(arguments: [String], environment: [String: String]) async -> Int32 {
        // A parse failure is reported by `run`, which parses again.
        if let serve = try? DXPortalCommand.parseAsRoot(arguments) as? ServeCommand {
            return await serve.execute(environment: environment)
        }
        return run(arguments: arguments, environment: environment)
    }

    /// Runs a command that finishes by itself (build, check, new).
    public static func run(arguments: [String], environment: [String: String]) -> Int32 {
        do {
            var command = try DXPortalCommand.parseAsRoot(arguments)
            if let build = command as? BuildCommand { return build.execute(environment: environment) }
            if let check = command as? CheckCommand { return check.execute(environment: environment) }
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = DXPortalCommand.exitCode(for: error)
            let message = DXPortalCommand.fullMessage(for: error)
            if code == .success {
                print(message)
                return 0
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            return 2
        }
    }
}
