import Foundation
import RapportCore

extension Benchmarks {
  /// Times the control-character scan of `rapport check` over each file of a store, and over the
  /// events file with an escape sequence planted every 4 KiB (the slow path: lines and columns).
  static func scan(_ folder: String, runs: Int) throws {
    print("scan \(folder): \(runs) runs, median and fastest")
    for name in files {
      guard let data = FileManager.default.contents(atPath: "\(folder)/\(name)") else {
        throw BenchError.io("cannot read \(folder)/\(name)")
      }
      var bytes = [UInt8](data)
      try report(name, bytes, runs: runs)
      if name == Store.eventsFile {
        for offset in stride(from: 4096, to: bytes.count, by: 4096) { bytes[offset] = 0x1B }
        try report("  planted", bytes, runs: runs)
      }
    }
    print("")
  }

  private static func report(_ label: String, _ bytes: [UInt8], runs: Int) throws {
    var samples = Samples()
    var found = 0
    for _ in 0..<runs {
      let (warnings, time) = timed { controlCharacterWarnings(in: bytes, file: label) }
      samples.add(time)
      found = warnings.count
    }
    let rate = Double(bytes.count) / 1_048_576 / (samples.median / 1000)
    print(
      "  \(pad(label, 14)) \(pad(mebibytes(bytes.count), 10, right: true))  median \(decimal(samples.median)) ms"
        + "  fastest \(decimal(samples.min)) ms  \(Int(rate)) MiB/s  \(found) warnings")
  }
}
