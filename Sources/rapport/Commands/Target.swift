import ArgumentParser

/// What `rapport add` records for: `ACCOUNT` or `ACCOUNT/CONTACT`, both parts given.
struct Target {
  var account: String
  var contact: String?

  init(parsing text: String) throws(ValidationError) {
    let shape = "write ACCOUNT or ACCOUNT/CONTACT, e.g. acme or acme/jane"
    guard !text.isEmpty else { throw ValidationError("the account is empty: \(shape)") }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.count <= 2 else { throw ValidationError("'\(text)' has more than one '/': \(shape)") }
    guard !parts[0].isEmpty else { throw ValidationError("'\(text)' has no account before the '/': \(shape)") }
    if parts.count == 2, parts[1].isEmpty {
      throw ValidationError("'\(text)' has no contact after the '/': \(shape)")
    }
    account = parts[0]
    contact = parts.count == 2 ? parts[1] : nil
  }
}
