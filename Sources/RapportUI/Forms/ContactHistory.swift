import RapportCore

/// A contact's history as the edit form keeps it: a changed role is kept as a previous role, a
/// progress note is dated today, and the Left field is a day and where they went.
extension Dashboard {
  /// Carries `original`'s progress notes and previous roles over to `contact`, adds the role it
  /// had when that changed, and the progress note typed, both dated today; sets `left`.
  func keepHistory(_ contact: inout Contact, from original: Contact?, progress: String, left: DatedNote?) {
    if let original {
      contact.progress = original.progress
      contact.previousRoles = original.previousRoles
      if !original.role.isEmpty, original.role != contact.role {
        contact.previousRoles.append(DatedNote(day: today, text: original.role))
      }
    }
    if !progress.isEmpty { contact.progress.append(DatedNote(day: today, text: progress)) }
    contact.left = left
  }

  /// What the Left field holds: nil when empty, else a day (YYYY-MM-DD, +7d, or a word such as
  /// yesterday) and, after it, where they went.
  func leftNote(_ text: String) throws(InputProblem) -> DatedNote? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let dayText = trimmed.prefix { $0 != " " && $0 != "\t" }
    guard !dayText.isEmpty, let day = try laterDay(String(dayText)) else { return nil }
    return DatedNote(day: day, text: trimmed.dropFirst(dayText.count).trimmingCharacters(in: .whitespaces))
  }

  /// The hints after the Progress and Left fields.
  func historyHint(_ field: FormField) -> (text: String, role: StyleRole)? {
    switch field.key {
    case .progress:
      return field.text.isEmpty ? ("a dated note, e.g. Promoted to VP Operations", .dim) : ("dated \(today)", .dim)
    case .left:
      if field.text.allSatisfy(\.isWhitespace) { return ("YYYY-MM-DD [where to], empty while there", .dim) }
      guard let note = try? leftNote(field.string) else { return ("a day first: YYYY-MM-DD or +7d", .error) }
      return field.string.hasPrefix(note.day.description) ? nil : ("= \(note.day)", .dim)
    default: return nil
    }
  }

  /// After a save that changed a contact's role or added a progress note, asks whether their
  /// next job is still what they want; nothing is written until the user edits it.
  func askAboutNextJob(_ contact: Contact, was original: Contact) {
    guard !contact.nextJob.isEmpty, contact.nextJob == original.nextJob else { return }
    let news: String
    if contact.role != original.role {
      news =
        contact.role.isEmpty
        ? "\(contact.name) is no longer \(original.role)." : "\(contact.name) is now \(contact.role)."
    } else if contact.progress.count > original.progress.count, let note = contact.progress.last {
      news = "\(contact.name): \(note.text)."
    } else {
      return
    }
    let shown = contact.nextJob.prefix(200)
    let job = shown.endIndex < contact.nextJob.endIndex ? String(shown.prefix(199)) + "…" : contact.nextJob
    askQuestion(NextJobQuestion(contact: contact.key, text: "\(news) Is their next job still '\(job)'?"))
  }
}
