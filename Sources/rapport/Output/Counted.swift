/// `count` and `noun`, the noun with an `s` unless there is one: "1 error", "3 errors".
func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}
