import Foundation
import PortalCLI

exit(await CommandLineRunner.runAsync(arguments: Array(CommandLine.arguments.dropFirst()),
                                      environment: ProcessInfo.processInfo.environment))
