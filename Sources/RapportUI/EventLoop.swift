extension Dashboard {
  /// Shows the dashboard on `terminal` and applies keys until the user quits or input ends.
  public func run(on terminal: Terminal) {
    var size = terminal.size
    terminal.draw(render(width: size.width, height: size.height))
    while let key = terminal.readKey() {
      guard handle(key) else { return }
      size = terminal.size
      terminal.draw(render(width: size.width, height: size.height))
    }
  }
}
