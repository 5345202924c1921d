import CNCurses
import Foundation

/// The dashboard draws borders, bars and names in every script, and reads keys such as `é`, as
/// UTF-8. Under a locale that is not UTF-8 (`LANG=C`, `POSIX`, Latin-1) ncurses would drop every
/// non-ASCII character and misread typed ones, so the character type falls back to a UTF-8
/// locale; the rest of the locale stays as the user set it.
enum UTF8Locale {
  /// UTF-8 locales to fall back to, most likely to be installed first.
  static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]

  /// Takes the user's locale, with a UTF-8 character type; throws when none is available.
  static func choose() throws {
    setlocale(LC_ALL, "")
    if rapport_codeset_is_utf8() != 0 { return }
    for name in fallbacks where setlocale(LC_CTYPE, name) != nil {
      if rapport_codeset_is_utf8() != 0 { return }
    }
    let environment = ProcessInfo.processInfo.environment
    let chosen =
      ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { name in
        environment[name].flatMap { $0.isEmpty ? nil : "\(name)=\($0)" }
      }.first ?? "no LANG"
    throw CursesTerminal.OpenError(
      description:
        "the dashboard needs a UTF-8 locale, but the locale (\(chosen)) is not UTF-8 and no UTF-8 "
        + "locale is installed; install one (C.UTF-8 or en_US.UTF-8) and set LANG to it")
  }
}
