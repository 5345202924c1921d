import Foundation

/// Repeated measurements of one step, in milliseconds.
struct Samples {
  private(set) var values: [Double] = []

  mutating func add(_ milliseconds: Double) { values.append(milliseconds) }

  var min: Double { values.min() ?? 0 }
  var max: Double { values.max() ?? 0 }
  var median: Double { percentile(50) }

  /// The nearest-rank percentile, `p` in 0...100.
  func percentile(_ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
  }
}

/// Runs `body` and returns its result with the wall-clock time it took, in milliseconds.
func timed<T>(_ body: () throws -> T) rethrows -> (result: T, milliseconds: Double) {
  let start = ContinuousClock.now
  let result = try body()
  return (result, milliseconds(since: start))
}

/// The wall-clock time since `start`, in milliseconds.
func milliseconds(since start: ContinuousClock.Instant) -> Double {
  let elapsed = (ContinuousClock.now - start).components
  return Double(elapsed.seconds) * 1e3 + Double(elapsed.attoseconds) * 1e-15
}

/// The process's peak resident set size so far, in MiB.
func peakRSSMiB() -> Double {
  var usage = rusage()
  #if os(macOS)
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576  // bytes
  #else
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024  // KiB
  #endif
}

/// Reads a whole file with POSIX calls, as the store does; returns its size in bytes.
func readWholeFile(_ path: String) throws -> Int {
  let fd = open(path, O_RDONLY | O_CLOEXEC)
  guard fd >= 0 else { throw BenchError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
  defer { close(fd) }
  var info = stat()
  guard fstat(fd, &info) == 0 else { throw BenchError.io("cannot stat \(path)") }
  let size = Int(info.st_size)
  let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
    count = 0
    while count < size {
      let n = read(fd, buffer.baseAddress! + count, size - count)
      if n <= 0 { break }
      count += n
    }
  }
  return bytes.count
}

// MARK: Formatting

/// `1234567` as `1,234,567`.
func grouped(_ n: Int) -> String {
  let digits = String(n.magnitude)
  var out = ""
  for (i, digit) in digits.enumerated() {
    if i > 0, (digits.count - i) % 3 == 0 { out += "," }
    out.append(digit)
  }
  return n < 0 ? "-" + out : out
}

/// A duration or size with about three significant digits: `812`, `45.3`, `0.0621`.
func decimal(_ x: Double) -> String {
  switch abs(x) {
  case 100...: return String(format: "%.0f", x)
  case 10..<100: return String(format: "%.1f", x)
  case 1..<10: return String(format: "%.2f", x)
  default: return String(format: "%.3g", x)
  }
}

/// Bytes as MiB.
func mebibytes(_ bytes: Int) -> String { decimal(Double(bytes) / 1_048_576) + " MiB" }

/// `text` padded with spaces to `width` characters, on the left when `right`.
func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
  let fill = String(repeating: " ", count: max(0, width - text.count))
  return right ? fill + text : text + fill
}

/// Rows under a header, indented two spaces: the first column (and the last, when `textLast`)
/// aligned left, the others right.
func table(_ header: [String], _ rows: [[String]], textLast: Bool = false) -> String {
  let all = [header] + rows
  let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
  return all.map { row in
    "  "
      + row.indices.map { column in
        if textLast, column == row.count - 1 { return row[column] }
        return pad(row[column], widths[column], right: column > 0)
      }.joined(separator: "  ")
  }.joined(separator: "\n")
}
