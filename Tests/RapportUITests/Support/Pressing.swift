import RapportUI

/// Presses keys as the terminal would: each key handled, then the screen drawn (120x40).
func press(_ dashboard: Dashboard, _ keys: [Key]) {
  for key in keys {
    _ = dashboard.handle(key)
    _ = dashboard.render(width: 120, height: 40)
  }
}

/// The dashboard's screen at 120x40, as text.
func screen(_ dashboard: Dashboard) -> String { dashboard.render(width: 120, height: 40).text }
