import Foundation
import PortalCLI

exit(CommandLineRunner.run(arguments: Array(CommandLine.arguments.dropFirst()),
                           environment: ProcessInfo.processInfo.environment))
