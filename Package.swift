// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "jdautopsy",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "JDAutopsy", targets: ["JDAutopsy"]),
        .executable(name: "jdautopsy", targets: ["CLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libxml2 as the system provides it. Its shim hides libxml2's ICU headers from Swift.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The system SQLite (libsqlite3-dev), used only by Batch/SQLiteDatabase.swift for `batch --out x.sqlite`.
        .systemLibrary(
            name: "CSQLite3",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // ICU behind a C header that exposes only <stdint.h> types (see ARCHITECTURE.md).
        .target(
            name: "CICUShim",
            linkerSettings: [
                .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]
        ),
        .target(
            name: "JDAutopsy",
            dependencies: ["CICUShim", "CLibXML2", "CSQLite3"]
        ),
        .executableTarget(
            name: "CLI",
            dependencies: [
                "JDAutopsy",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "JDAutopsyTests",
            dependencies: ["JDAutopsy"]
        ),
    ]
)
