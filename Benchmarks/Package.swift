// swift-tools-version:6.1
// Benchmarks for jdautopsy, kept out of the root package so they never slow its build or tests.
// Run: swift package --package-path Benchmarks benchmark   (release builds; see README)
import PackageDescription

let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "jdautopsy", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: ["Ingest", "TextMatch", "Analyze", "RoleIndex", "Batch"].map { suite in
        .executableTarget(
            name: suite,
            dependencies: [
                .product(name: "JDAutopsy", package: "jdautopsy"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/\(suite)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    }
)
