import RapportCore

/// One account's headline figures, as `rapport accounts` prints them (the dashboard's accounts
/// pane makes its own rows, in `AccountsView`).
public struct AccountSummary: Codable, Hashable, Sendable {
  public var id: String
  public var name: String
  public var tier: String
  /// Undecayed balance.
  public var equity: Double
  /// Balance faded by age, rounded to one decimal.
  public var decayedEquity: Double
  /// Latest deposit or favour, `YYYY-MM-DD`.
  public var lastTouch: String?
  public var daysSinceTouch: Int?
  public var contacts: Int
  public var events: Int
  public var favoursGiven: Int
  public var favoursAsked: Int
  /// The day the account was archived, `YYYY-MM-DD` (the reason stays in the store).
  public var archived: String?

  /// Summaries of the accounts, in file order: the archived ones only when asked for.
  public static func all(
    in ledger: Ledger, on today: Day, includingArchived: Bool = false, owner: String? = nil
  ) -> [AccountSummary] {
    ledger.accountIndices(ownedBy: owner, includingArchived: includingArchived).map { index in
      let account = ledger.accounts[index]
      let totals = ledger.totals(account: index)
      return AccountSummary(
        id: account.id, name: account.name, tier: account.tier.rawValue, equity: totals.balance,
        decayedEquity: (ledger.decayedBalance(account: index, on: today) * 10).rounded() / 10,
        lastTouch: totals.lastTouch?.description,
        daysSinceTouch: totals.lastTouch.map { $0.daysSinceTouch(on: today) },
        contacts: ledger.contacts(ofAccount: index).count, events: totals.events,
        favoursGiven: totals.reciprocity.given, favoursAsked: totals.reciprocity.asked,
        archived: account.archived?.day.description)
    }
  }
}
