#ifndef RAPPORT_TERMINAL_GUARD_H
#define RAPPORT_TERMINAL_GUARD_H
/* What a fatal signal must undo before Rapport ends: the terminal's modes and screen, the
 * standard error held while the dashboard is up, and the temporary demo copy. The handler only
 * makes async-signal-safe calls on state prepared by these functions (terminal_guard.c). */

void rapport_guard_save_termios(void);
void rapport_guard_arm_terminal(void);
void rapport_guard_disarm_terminal(void);
void rapport_guard_capture_stderr(int capture);
void rapport_guard_release_stderr(void);
int rapport_guard_set_folder(const char *path);
void rapport_guard_clear_folder(void);

#endif
