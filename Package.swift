// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dxportal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dxportal", targets: ["dxportal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "PortalModel"),
        .target(name: "PortalSource", dependencies: ["PortalModel", "Yams"]),
        .target(name: "PortalMarkdown", dependencies: ["PortalModel", "CCmark"]),
        .target(name: "PortalTemplates", dependencies: [
            "PortalModel", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "PortalBuild", dependencies: [
            "PortalModel", "PortalSource", "PortalMarkdown", "PortalTemplates",
        ]),
        .target(name: "PortalPreview", dependencies: [
            "PortalBuild", .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .target(name: "PortalCLI", dependencies: [
            "PortalBuild", "PortalPreview", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "dxportal", dependencies: ["PortalCLI"]),
        .testTarget(name: "PortalModelTests", dependencies: ["PortalModel"]),
        .testTarget(name: "PortalSourceTests", dependencies: ["PortalSource"]),
        .testTarget(name: "PortalMarkdownTests", dependencies: ["PortalMarkdown"]),
        .testTarget(name: "PortalPreviewTests", dependencies: ["PortalPreview"]),
        .testTarget(name: "PortalTemplatesTests", dependencies: [
            "PortalTemplates", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .testTarget(
            name: "PortalBuildTests",
            dependencies: ["PortalBuild", "PortalCLI", "PortalPreview", "PortalSource", "PortalTemplates"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
