/// Warnings for the characters in a store file that a terminal would act on rather than show
/// (see `InertText`): C0 controls other than tab, line feed and carriage return; DEL; C1
/// controls; bidi embeddings, overrides and isolates. Each names the character at
/// `FILE:LINE:COLUMN`. After `limit` of them, one more warning says how many others there are.
///
/// The scan reads bytes, not characters: a 100 MB events file takes tens of milliseconds.
public func controlCharacterWarnings(in bytes: [UInt8], file: String, limit: Int = 20) -> [Diagnostic] {
  bytes.withUnsafeBufferPointer { buffer in
    var scan = ControlCharacterScan(buffer: buffer, file: file, limit: limit)
    return scan.run()
  }
}

private struct ControlCharacterScan {
  let buffer: UnsafeBufferPointer<UInt8>
  let file: String
  let limit: Int
  var warnings: [Diagnostic] = []
  var found = 0
  /// Lines counted up to `counted`: the line that holds it and where that line starts.
  var line = 1
  var lineStart = 0
  var counted = 0

  init(buffer: UnsafeBufferPointer<UInt8>, file: String, limit: Int) {
    self.buffer = buffer
    self.file = file
    self.limit = limit
  }

  /// Bytes that may start a control character: C0 but tab, line feed and carriage return; DEL;
  /// 0xC2 (C1 controls are 0xC2 0x80 to 0xC2 0x9F); 0xE2 (the bidi controls are 0xE2 0x80 0xAA
  /// to 0xAE and 0xE2 0x81 0xA6 to 0xA9).
  private static let suspect: [Bool] = (0..<256).map { byte in
    (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
  }

  mutating func run() -> [Diagnostic] {
    let count = buffer.count
    guard count > 0, let base = buffer.baseAddress else { return [] }
    var firstUnreported: (line: Int, column: Int)?
    Self.suspect.withUnsafeBufferPointer { suspect in
      var i = 0
      while i < count {
        let byte = base[i]
        guard suspect[Int(byte)] else {
          i += 1
          continue
        }
        let scalar: UInt32
        let length: Int
        if byte == 0xC2 {
          guard i + 1 < count, base[i + 1] >= 0x80, base[i + 1] <= 0x9F else {
            i += 1
            continue
          }
          (scalar, length) = (UInt32(base[i + 1]), 2)
        } else if byte == 0xE2 {
          guard i + 2 < count else { break }
          let (b1, b2) = (base[i + 1], base[i + 2])
          guard (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) else {
            i += 1
            continue
          }
          (scalar, length) = (0x2000 | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F), 3)
        } else {
          (scalar, length) = (UInt32(byte), 1)
        }
        found += 1
        if found <= limit {
          let (line, column) = position(of: i)
          let character = Unicode.Scalar(scalar)!
          let shown = InertText.visibleForm(of: character) ?? ""
          warnings.append(
            Diagnostic(
              file: file, line: line, column: column, severity: .warning,
              reason:
                "a control character (\(TextSafety.name(of: character))), shown as \(shown); terminals act on it: remove it"
            ))
        } else if found == limit + 1 {
          firstUnreported = position(of: i)
        }
        i += length
      }
    }
    if let first = firstUnreported {
      warnings.append(
        Diagnostic(
          file: file, line: first.line, column: first.column, severity: .warning,
          reason: "\(found - limit) more control characters in this file, the first of them here"))
    }
    return warnings
  }

  /// The line and column (in characters) of the byte at `offset`, counting lines on from the
  /// last position asked for.
  private mutating func position(of offset: Int) -> (line: Int, column: Int) {
    var i = counted
    while i < offset {
      if buffer[i] == 0x0A {
        line += 1
        lineStart = i + 1
      }
      i += 1
    }
    counted = offset
    var column = 1
    for j in lineStart..<offset where buffer[j] & 0xC0 != 0x80 { column += 1 }
    return (line, column)
  }
}

extension Store {
  /// The control-character warnings of each of the store's files, in the order accounts,
  /// contacts, events: of the bytes the store holds, which are the files as they were read (and
  /// as the store has written them since), so that nothing is read twice. A missing file has
  /// none.
  public func controlCharacterWarnings() -> [(file: String, warnings: [Diagnostic])] {
    [
      (Store.accountsFile, accountsFile.currentBytes), (Store.contactsFile, contactsFile.currentBytes),
      (Store.eventsFile, ledger.log.bytes),
    ].map { name, bytes in (name, RapportCore.controlCharacterWarnings(in: bytes, file: name)) }
  }
}
