import Foundation
import PackagePlugin

/// Builds `Data/rules`, `Data/lexicons` and `Data/gazetteer` into the target
/// as Swift source (with the `embed-data` tool), so that the binary runs
/// alone. Every data file is an input: editing one rebuilds the source.
@main
struct EmbedData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let data = context.package.directoryURL.appendingPathComponent("Data")
    let inputs = ["gazetteer", "lexicons", "rules"].flatMap { folder in
      let url = data.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.map { url.appendingPathComponent($0) } + [url]
    }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedData.swift")
    return [
      .buildCommand(
        displayName: "Embedding the rules, lexicons and gazetteer into \(target.name)",
        executable: try context.tool(named: "embed-data").url,
        arguments: [data.path, output.path],
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
