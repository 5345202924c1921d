import ArgumentParser

extension StoreOptions {
  /// Refuses an empty `--store`, which would otherwise be read as a folder with no name.
  func validateStore() throws {
    if store?.isEmpty == true { throw ValidationError("--store is empty: give the store's folder") }
  }
}
