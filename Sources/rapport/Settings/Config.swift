import ArgumentParser
import Foundation
import RapportCore
import TOMLKit

/// Settings from `$XDG_CONFIG_HOME/rapport/config.toml`.
///
/// ```toml
/// theme = "dark"
/// me = "sam"          # the author of what you record, and whose accounts are "mine"
/// [equity]
/// half-life-days = 180
/// [drift]
/// honeymoon-days = 90   # and the other thresholds of `DriftSettings`
/// ```
struct Config {
  var equity = EquitySettings()
  var drift = DriftSettings()
  /// The theme's name, or nil for the default.
  var theme: String?
  /// The name of the person running Rapport (see `Me`), or nil to find it elsewhere.
  var me: String?

  static var path: String { XDG.configHome + "/rapport/config.toml" }

  /// Reads the config file; a missing file gives the defaults.
  static func load(from path: String = Config.path) throws -> Config {
    var config = Config()
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return config }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw Problem(
        "\(path):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
    }
    for key in table.keys where !["equity", "theme", "drift", "me"].contains(key) {
      throw Problem("\(path): unknown setting '\(key)'; known: theme, me, [equity], [drift]")
    }
    if let value = table["me"] {
      guard let name = value.string else {
        throw Problem("\(path): me must be your name in quotes, such as me = \"sam\"")
      }
      config.me = name
    }
    if let value = table["theme"] {
      guard let name = value.string, !name.isEmpty else {
        throw Problem("\(path): theme must be a theme's name in quotes, such as theme = \"light\"")
      }
      config.theme = name
    }
    if let equity = table["equity"]?.table {
      for key in equity.keys where key != "half-life-days" {
        throw Problem(
          "\(path): unknown setting 'equity.\(key)'; known: equity.half-life-days")
      }
      if let value = equity["half-life-days"] {
        guard let days = value.double ?? value.int.map(Double.init), days > 0 else {
          throw Problem("\(path): equity.half-life-days must be a positive number of days")
        }
        config.equity.halfLifeDays = days
      }
    }
    if let drift = table["drift"]?.table {
      let known = DriftSettings.keys.map(\.name)
      for key in drift.keys {
        guard let setting = DriftSettings.keys.first(where: { $0.name == key }) else {
          throw Problem(
            "\(path): unknown setting 'drift.\(key)'; known: \(known.map { "drift.\($0)" }.joined(separator: ", "))")
        }
        guard let number = drift[key]?.double ?? drift[key]?.int.map(Double.init),
          setting.set(&config.drift, number)
        else {
          throw Problem("\(path): drift.\(key) must be \(setting.range.wording)")
        }
      }
    }
    return config
  }
}
