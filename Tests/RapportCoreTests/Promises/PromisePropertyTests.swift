import Foundation
import Testing

@testable import RapportCore

/// Random sequences of make, keep, miss, drop, record, undo and redo against a simple model:
/// a stack of what was done and a stack of what was undone. After every step the store is read
/// again from disk and must agree with the model.
@Suite struct PromisePropertyTests {
  let today = Day(iso: "2026-11-23")!

  /// What the model remembers of an action.
  enum Done: Equatable {
    case made(String)
    case closed(String, PromiseStatus)
    case recorded(String)
  }

  struct Model {
    var status: [String: PromiseStatus] = [:]
    var live: [String] = []
    var balance = 0
    var done: [Done] = []
    var undone: [Done] = []

    mutating func apply(_ action: Done, forward: Bool) {
      switch action {
      case .made(let id):
        if forward { live.append(id) } else { live.removeAll { $0 == id } }
        status[id] = .open
      case .closed(let id, let closed):
        status[id] = forward ? closed : .open
        balance += (forward ? 1 : -1) * (closed == .kept ? 200 : closed == .missed ? -300 : 0)
      case .recorded:
        balance += forward ? 100 : -100
      }
    }

    mutating func doNew(_ action: Done) {
      apply(action, forward: true)
      done.append(action)
      undone.removeAll()
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
  func randomActionsAgreeWithTheModel(seed: UInt64) throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    var random = SplitMix64(seed: seed)
    var model = Model()
    let account = { (store: Store) in store.ledger.totals(account: store.ledger.accountIndex("acme")!).balanceHundredths
    }
    let start = account(try fixture.open())
    for step in 0..<40 {
      let store = try fixture.open()
      let open = model.live.filter { model.status[$0] == .open }
      switch random.next(8) {
      case 0, 1:
        let promise = try store.promise(
          PromiseDraft(
            day: today, account: "acme", contact: random.next(2) == 0 ? "jane" : nil, what: "promise \(step)",
            due: today.adding(days: random.next(10))))
        model.doNew(.made(promise.id))
      case 2 where !open.isEmpty, 6 where !open.isEmpty:
        let id = open[random.next(open.count)]
        let status = [PromiseStatus.kept, .missed, .dropped][random.next(3)]
        switch status {
        case .kept: try store.keep(id, on: today)
        case .missed: try store.miss(id, on: today)
        default: try store.drop(id, on: today, reason: "step \(step)")
        }
        model.doNew(.closed(id, status))
      case 3:
        let event = try store.record(
          EventDraft(day: today, account: "acme", type: .deposit, kind: "insight", weight: Weight(1)))
        model.doNew(.recorded(event.id))
      case 4, 5:
        // With nothing of its own done, undo would take back the sample's events, which the
        // model leaves out.
        guard let last = model.done.popLast() else { continue }
        let undone = try store.undoAction(on: today)
        model.apply(last, forward: false)
        model.undone.append(last)
        #expect(undone != nil, "seed \(seed) step \(step)")
      default:
        let redone = try store.redoAction(on: today)
        if let last = model.undone.popLast() {
          model.apply(last, forward: true)
          model.done.append(last)
          #expect(redone != nil, "seed \(seed) step \(step)")
        } else {
          #expect(redone == nil, "seed \(seed) step \(step)")
        }
      }
      let reread = try fixture.open()
      #expect(reread.errors.isEmpty, "seed \(seed) step \(step): \(reread.errors)")
      #expect(
        reread.ledger.promises.map(\.id) == model.live, "seed \(seed) step \(step)")
      #expect(
        reread.ledger.promises.map(\.status) == model.live.map { model.status[$0]! }, "seed \(seed) step \(step)")
      #expect(account(reread) - start == model.balance, "seed \(seed) step \(step)")
      #expect((reread.ledger.redoableAction != nil) == !model.undone.isEmpty, "seed \(seed) step \(step)")
    }
  }
}
