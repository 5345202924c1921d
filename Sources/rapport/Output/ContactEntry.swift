import RapportCore

/// One contact in `rapport contacts --json`: who they are and the favours of the reciprocity
/// window. Their personal notes and career side are not part of it.
struct ContactEntry: Encodable {
  var id: String
  var account: String
  var name: String
  var role: String
  var flags: [String]
  /// Latest deposit or favour, `YYYY-MM-DD`.
  var lastTouch: String?
  var reciprocity: Reciprocity

  /// The favours by weight in the window, and what is owed either way.
  struct Reciprocity: Encodable {
    var given: Double
    var asked: Double
    var owedToUs: Double
    var weOwe: Double
    var window: Window
  }

  /// The days the favours were weighed over, first and last included.
  struct Window: Encodable {
    var days: Int
    var from: String
    var to: String
  }

  init(contact index: Int, in ledger: Ledger, window: FavourWindow) {
    let contact = ledger.contacts[index]
    let favours = ledger.favours(contact: index, in: window).balance
    id = contact.id
    account = contact.account
    name = contact.name
    role = contact.role
    flags = contact.flags
    lastTouch = ledger.totals(contact: index).lastTouch?.description
    reciprocity = Reciprocity(
      given: favours.given, asked: favours.asked, owedToUs: Double(favours.owedToUsHundredths) / 100,
      weOwe: Double(favours.weOweHundredths) / 100,
      window: Window(days: window.days, from: window.first.description, to: window.last.description))
  }
}
