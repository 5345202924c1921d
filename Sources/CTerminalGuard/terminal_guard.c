#define _GNU_SOURCE
#include "terminal_guard.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

/* ------------------------------------------------------------------------------------------
 * Signal guard: what a fatal signal must undo before the process ends. The handler only calls
 * async-signal-safe functions (write, tcsetattr, dup2, read, lseek, openat, unlinkat, close,
 * sigaction, sigprocmask, raise, _exit) on state that was prepared beforehand.
 *
 * The state is defined once, here, in a C file of its own: a header of static functions would
 * give each Swift object file that calls them a copy of the state of its own.
 * ------------------------------------------------------------------------------------------ */

#define RAPPORT_GUARD_SIGNALS 32

struct rapport_guard_state {
  volatile sig_atomic_t terminal_armed;
  volatile sig_atomic_t termios_saved;
  volatile sig_atomic_t demo_armed;
  volatile sig_atomic_t installed;
  int stderr_saved;   /* the real standard error while it is captured, else -1 */
  int stderr_capture; /* the file standard error goes to meanwhile, else -1 */
  struct termios termios;
  char reset[512];
  size_t reset_length;
  char demo[4096];
  struct sigaction previous[RAPPORT_GUARD_SIGNALS];
  char buffer[4][2048]; /* for reading folders, one per level, and the captured error */
};

static struct rapport_guard_state rapport_guard = {.stderr_saved = -1, .stderr_capture = -1};

static int rapport_guard_is_crash(int sig) {
  return sig == SIGSEGV || sig == SIGILL || sig == SIGABRT || sig == SIGBUS || sig == SIGFPE
      || sig == SIGTRAP;
}

static void rapport_guard_write_all(int fd, const char *bytes, size_t length) {
  while (length > 0) {
    ssize_t written = write(fd, bytes, length);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;
    bytes += written;
    length -= (size_t)written;
  }
}

/* Removes `name` in the folder `parent`, and what it holds, a few levels deep at most. */
static void rapport_guard_remove_at(int parent, const char *name, int depth) {
  if (unlinkat(parent, name, 0) == 0 || errno == ENOENT) return;
#ifdef __linux__
  if (depth >= 4) return;
  int folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (folder < 0) return;
  char *buffer = rapport_guard.buffer[depth];
  /* Entries are removed while the folder is read, so read it again until nothing is left. */
  for (int pass = 0; pass < 64; pass++) {
    int removed = 0;
    lseek(folder, 0, SEEK_SET);
    for (;;) {
      long count = syscall(SYS_getdents64, folder, buffer, sizeof rapport_guard.buffer[0]);
      if (count <= 0) break;
      for (long at = 0; at < count;) {
        /* struct linux_dirent64: inode, offset, record length, type, name. */
        unsigned short length;
        memcpy(&length, buffer + at + 16, sizeof length);
        const char *entry = buffer + at + 19;
        at += length;
        if (strcmp(entry, ".") == 0 || strcmp(entry, "..") == 0) continue;
        rapport_guard_remove_at(folder, entry, depth + 1);
        removed = 1;
      }
    }
    if (!removed) break;
  }
  close(folder);
#endif
  unlinkat(parent, name, AT_REMOVEDIR);
}

/* Undoes what the process changed: the terminal's modes and screen, the captured standard
 * error (what was written there is shown now), the temporary demo copy. Once only. */
static void rapport_guard_restore(void) {
  if (rapport_guard.terminal_armed) {
    rapport_guard.terminal_armed = 0;
    rapport_guard_write_all(STDOUT_FILENO, rapport_guard.reset, rapport_guard.reset_length);
  }
  if (rapport_guard.termios_saved) {
    rapport_guard.termios_saved = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &rapport_guard.termios);
  }
  if (rapport_guard.stderr_saved >= 0) {
    int saved = rapport_guard.stderr_saved, capture = rapport_guard.stderr_capture;
    rapport_guard.stderr_saved = -1;
    rapport_guard.stderr_capture = -1;
    dup2(saved, STDERR_FILENO);
    close(saved);
    if (lseek(capture, 0, SEEK_SET) == 0) {
      ssize_t count;
      while ((count = read(capture, rapport_guard.buffer[0], sizeof rapport_guard.buffer[0])) > 0) {
        rapport_guard_write_all(STDERR_FILENO, rapport_guard.buffer[0], (size_t)count);
      }
    }
    close(capture);
  }
  if (rapport_guard.demo_armed) {
    rapport_guard.demo_armed = 0;
    rapport_guard_remove_at(AT_FDCWD, rapport_guard.demo, 0);
  }
}

/* Puts back the signal's default action. */
static void rapport_guard_default_action(int sig) {
  struct sigaction fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(sig, &fallback, NULL);
}

/* Sends the signal again, unblocked, so that its default action ends the process. */
static void rapport_guard_raise(int sig) {
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, sig);
  sigprocmask(SIG_UNBLOCK, &only, NULL);
  raise(sig);
}

static void rapport_guard_handler(int sig, siginfo_t *info, void *context) {
  int saved_errno = errno;
  rapport_guard_restore();
  if (rapport_guard_is_crash(sig)) {
    /* The previous handler (Swift's backtracer) reports the crash on the restored terminal,
     * then the default action ends the process: a fault happens again on return, a signal
     * sent by kill or raise is sent again. */
    struct sigaction previous;
    memset(&previous, 0, sizeof previous);
    previous.sa_handler = SIG_DFL;
    if (sig < RAPPORT_GUARD_SIGNALS) previous = rapport_guard.previous[sig];
    if (previous.sa_flags & SA_SIGINFO) {
      if (previous.sa_sigaction != NULL) previous.sa_sigaction(sig, info, context);
    } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
      previous.sa_handler(sig);
    }
    rapport_guard_default_action(sig);
    if (info == NULL || info->si_code <= 0) {
      rapport_guard_raise(sig);
      _exit(128 + sig);
    }
    errno = saved_errno;
    return;
  }
  if (sig != SIGQUIT) {
    /* Ends as the signal's default action would (terminate, 128+N for the shell). */
    rapport_guard_default_action(sig);
    rapport_guard_raise(sig);
  }
  /* SIGQUIT: no core dump and no backtrace, just the status. */
  _exit(128 + sig);
}

static const int rapport_guard_signals[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGSEGV,
                                            SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP};

/* Installs the handler for every fatal signal, over ncurses' and the Swift runtime's own,
 * keeping the runtime's to hand crashes on to. */
static void rapport_guard_install(void) {
  size_t count = sizeof rapport_guard_signals / sizeof rapport_guard_signals[0];
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = rapport_guard_handler;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&action.sa_mask);
  for (size_t i = 0; i < count; i++) sigaddset(&action.sa_mask, rapport_guard_signals[i]);
  for (size_t i = 0; i < count; i++) {
    int sig = rapport_guard_signals[i];
    struct sigaction current;
    if (sigaction(sig, &action, &current) != 0) continue;
    if (!rapport_guard.installed && sig < RAPPORT_GUARD_SIGNALS) rapport_guard.previous[sig] = current;
  }
  rapport_guard.installed = 1;
}

/* Remembers the terminal's modes as the shell left them; before ncurses changes them. */
void rapport_guard_save_termios(void) {
  if (tcgetattr(STDIN_FILENO, &rapport_guard.termios) == 0) rapport_guard.termios_saved = 1;
}

static void rapport_guard_append_capability(const char *name) {
  char *value = tigetstr(name);
  if (value == NULL || value == (char *)-1) return;
  size_t length = strlen(value);
  if (rapport_guard.reset_length + length > sizeof rapport_guard.reset) return;
  memcpy(rapport_guard.reset + rapport_guard.reset_length, value, length);
  rapport_guard.reset_length += length;
}

/* Adds a fixed sequence to what leaves the full-screen mode, when it fits. */
static void rapport_guard_append_literal(const char *sequence) {
  size_t length = strlen(sequence);
  if (rapport_guard.reset_length + length > sizeof rapport_guard.reset) return;
  memcpy(rapport_guard.reset + rapport_guard.reset_length, sequence, length);
  rapport_guard.reset_length += length;
}

/* Once ncurses has the terminal: prepares what leaves the full-screen mode (attributes off,
 * cursor shown, mouse reports off, keypad mode off, the terminal's own screen back) and
 * installs the handlers, over the ones ncurses just put in place. */
void rapport_guard_arm_terminal(void) {
  rapport_guard.reset_length = 0;
  rapport_guard_append_capability("sgr0");
  rapport_guard_append_capability("cnorm");
  char *mouse = tigetstr("kmous");
  if (mouse != NULL && mouse != (char *)-1) {
    rapport_guard_append_literal("\033[?1006l\033[?1003l\033[?1002l\033[?1000l");
  }
  /* Bracketed paste off: the dashboard turns it on, and a shell left with it would see every
   * paste wrapped in escape sequences. */
  rapport_guard_append_literal("\033[?2004l");
  rapport_guard_append_capability("rmkx");
  rapport_guard_append_capability("rmcup");
  rapport_guard.terminal_armed = 1;
  rapport_guard_install();
}

/* The terminal was given back normally: nothing is left to restore. */
void rapport_guard_disarm_terminal(void) {
  rapport_guard.terminal_armed = 0;
  rapport_guard.termios_saved = 0;
}

/* Sends standard error to `capture` (an open, empty, unlinked file) while the dashboard is
 * up, so that nothing is written over it; what was written is shown when it closes. */
void rapport_guard_capture_stderr(int capture) {
  int saved = dup(STDERR_FILENO);
  if (saved < 0) return;
  if (dup2(capture, STDERR_FILENO) < 0) {
    close(saved);
    return;
  }
  rapport_guard.stderr_capture = capture;
  rapport_guard.stderr_saved = saved;
}

/* Gives standard error back and shows what was written to it meanwhile. */
void rapport_guard_release_stderr(void) {
  sigset_t all, previous;
  sigfillset(&all);
  sigprocmask(SIG_BLOCK, &all, &previous);
  int saved_demo = rapport_guard.demo_armed, saved_terminal = rapport_guard.terminal_armed;
  int saved_termios = rapport_guard.termios_saved;
  rapport_guard.demo_armed = 0;
  rapport_guard.terminal_armed = 0;
  rapport_guard.termios_saved = 0;
  rapport_guard_restore();
  rapport_guard.demo_armed = saved_demo;
  rapport_guard.terminal_armed = saved_terminal;
  rapport_guard.termios_saved = saved_termios;
  sigprocmask(SIG_SETMASK, &previous, NULL);
}

/* A folder to remove if a signal ends the process (the temporary demo copy). */
int rapport_guard_set_folder(const char *path) {
  size_t length = strlen(path);
  if (length + 1 > sizeof rapport_guard.demo) return -1;
  rapport_guard.demo_armed = 0;
  memcpy(rapport_guard.demo, path, length + 1);
  rapport_guard.demo_armed = 1;
  rapport_guard_install();
  return 0;
}

void rapport_guard_clear_folder(void) { rapport_guard.demo_armed = 0; }
