#ifndef RAPPORT_CNCURSES_SHIM_H
#define RAPPORT_CNCURSES_SHIM_H
// Wide-character ncurses, plus static inline shims for the macros and globals
// that Swift cannot import directly.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif

static inline WINDOW *rapport_stdscr(void) { return stdscr; }
static inline FILE *rapport_stdin(void) { return stdin; }
static inline FILE *rapport_stdout(void) { return stdout; }
static inline int rapport_lines(void) { return LINES; }
static inline int rapport_cols(void) { return COLS; }
static inline int rapport_colors(void) { return COLORS; }
static inline int rapport_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t rapport_a_bold(void) { return A_BOLD; }
static inline attr_t rapport_a_reverse(void) { return A_REVERSE; }
static inline attr_t rapport_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rapport_a_dim(void) { return A_DIM; }
static inline attr_t rapport_a_normal(void) { return A_NORMAL; }
static inline attr_t rapport_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline int rapport_key_f(int n) { return KEY_F(n); }
static inline mmask_t rapport_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t rapport_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t rapport_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t rapport_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t rapport_button5_pressed(void) { return BUTTON5_PRESSED; }

/* How many wide characters one cell holds (ncurses 6.4: 5). */
static inline int rapport_cchar_max(void) { return CCHARW_MAX; }

/* Fills `cell` with the `count` (at most CCHARW_MAX) wide characters of one grapheme cluster.
   setcchar takes one spacing character and then only non-spacing ones: it stops at the second
   spacing character, so an emoji ZWJ sequence (woman, ZWJ, laptop) would lose all but its first
   emoji and keep a dangling ZWJ. The cell is set through setcchar with the first character (for
   the attributes and colour pair) and the rest are written into its `chars`, which ncurses
   sends to the terminal one after another; the cell's width stays that of the first. */
static inline int rapport_set_cluster(cchar_t *cell, const wchar_t *chars, int count, attr_t attributes, int pair) {
  wchar_t first[2] = {chars[0], 0};
  if (setcchar(cell, first, attributes, 0, &pair) == ERR) return ERR;
  for (int i = 1; i < CCHARW_MAX; i++) cell->chars[i] = i < count ? chars[i] : 0;
  return OK;
}

/* Whether LC_CTYPE now encodes text as UTF-8. */
static inline int rapport_codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif
