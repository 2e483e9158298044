#ifndef PARALLAX_CNCURSES_SHIM_H
#define PARALLAX_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncurses.h>
#include <term.h>

/* Macros and globals that Swift cannot import directly. */
static inline WINDOW *px_stdscr(void) { return stdscr; }
static inline int px_lines(void) { return LINES; }
static inline int px_cols(void) { return COLS; }
static inline attr_t px_a_bold(void) { return A_BOLD; }
static inline attr_t px_a_reverse(void) { return A_REVERSE; }
static inline attr_t px_a_underline(void) { return A_UNDERLINE; }
static inline attr_t px_a_dim(void) { return A_DIM; }
static inline attr_t px_a_normal(void) { return A_NORMAL; }
static inline attr_t px_color_pair(int n) { return COLOR_PAIR(n); }
static inline int px_key_code_yes(void) { return KEY_CODE_YES; }
static inline void px_attrset(attr_t a) { attrset((int)a); }
static inline int px_colors(void) { return COLORS; }
static inline int px_color_pairs(void) { return COLOR_PAIRS; }
static inline const char *px_codeset(void) { return nl_langinfo(CODESET); }
/* newterm on the process's own stdout/stdin: unlike initscr it returns NULL for an unknown terminal
   type instead of exiting, so the program can say what is wrong in its own words. */
static inline SCREEN *px_newterm(void) { return newterm(NULL, stdout, stdin); }
/* Whether the terminal can move its cursor to a row and column (a "dumb" terminal cannot). */
static inline int px_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

#endif
