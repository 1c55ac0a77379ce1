#ifndef LEDE_CLIBEDIT_SHIM_H
#define LEDE_CLIBEDIT_SHIM_H

// libedit, for the line editor. Swift cannot call C variadic functions (el_set, el_get,
// history) nor write a signal handler safely, so each call the line editor
// needs gets a fixed-arity `static inline` wrapper here.
//
// pkg-config's `-I/usr/include/editline` puts libedit's readline.h first on
// the path; we use histedit.h only, never <readline/readline.h> (GNU).

#include <histedit.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

typedef char *(*lede_prompt_fn)(EditLine *);
typedef unsigned char (*lede_command_fn)(EditLine *, int);

// MARK: EditLine settings

static inline int lede_el_set_prompt(EditLine *el, lede_prompt_fn fn, char literal) {
    // With EL_PROMPT_ESC, text between two `literal` characters is printed but
    // not counted in the prompt width (for colour escapes).
    return el_set(el, EL_PROMPT_ESC, fn, literal);
}

static inline int lede_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int lede_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int lede_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int lede_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *lede_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int lede_el_add_function(EditLine *el, const char *name, const char *help, lede_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int lede_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

// MARK: History

static inline int lede_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int lede_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int lede_history_enter(History *h, const char *entry) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, entry);
}

// Loads a `_HiStOrY_V2_` file; returns the number of entries read, or -1.
static inline int lede_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

// Writes the cookie line and every entry, oldest first; returns the count or -1.
static inline int lede_history_save_fp(History *h, FILE *fp) {
    HistEvent ev;
    return history(h, &ev, H_SAVE_FP, fp);
}

// libedit keeps its list newest first: H_LAST is the oldest entry and H_PREV
// steps towards the newest. NULL past either end.
static inline const char *lede_history_oldest(History *h) {
    HistEvent ev;
    return history(h, &ev, H_LAST) == -1 ? NULL : ev.str;
}

static inline const char *lede_history_newer(History *h) {
    HistEvent ev;
    return history(h, &ev, H_PREV) == -1 ? NULL : ev.str;
}

// MARK: Ctrl-C while editing
//
// libedit reports a read interrupted by a signal as NULL from el_gets, the
// same as end of input; this flag tells the two apart. The handler is
// installed without SA_RESTART so that the blocking read() returns EINTR.

// The state lives in a function-local static: Swift's importer emits the
// inline functions it uses but not file-scope static variables they touch.
struct lede_sigint_state {
    volatile sig_atomic_t seen;
    pthread_t reader;
    struct sigaction previous;
};

static inline struct lede_sigint_state *lede_sigint_state(void) {
    static struct lede_sigint_state state;
    return &state;
}

static inline void lede_sigint_handler(int sig) {
    struct lede_sigint_state *state = lede_sigint_state();
    state->seen = 1;
    // A process-directed SIGINT may land on another thread; forward it so the
    // reader's read() is the one interrupted. pthread_kill is async-signal-safe.
    if (!pthread_equal(pthread_self(), state->reader)) {
        pthread_kill(state->reader, sig);
    }
}

// Installs the flag-setting SIGINT handler for the calling (reading) thread.
static inline int lede_sigint_install(void) {
    struct lede_sigint_state *state = lede_sigint_state();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = lede_sigint_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    state->seen = 0;
    state->reader = pthread_self();
    return sigaction(SIGINT, &action, &state->previous);
}

// Puts back the SIGINT disposition that was in place before `lede_sigint_install`.
static inline void lede_sigint_restore(void) {
    sigaction(SIGINT, &lede_sigint_state()->previous, NULL);
}

static inline int lede_sigint_was_seen(void) {
    return lede_sigint_state()->seen != 0;
}

// MARK: Standard streams
//
// C's `stdin`, `stdout` and `stderr` are mutable globals, which Swift 6 refuses to read from
// Swift; these return them.

static inline FILE *lede_stdin(void) { return stdin; }
static inline FILE *lede_stdout(void) { return stdout; }
static inline FILE *lede_stderr(void) { return stderr; }

// MARK: Set-up
//
// el_init and el_end read and write the terminal database (terminfo through libtinfo), which
// is not thread-safe: two editors made at once on two threads crashed in libtinfo. Every
// creation and destruction takes this lock.

static inline pthread_mutex_t *lede_el_setup_lock(void) {
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    return &lock;
}

static inline EditLine *lede_el_init(const char *program) {
    pthread_mutex_lock(lede_el_setup_lock());
    EditLine *el = el_init(program, stdin, stdout, stderr);
    pthread_mutex_unlock(lede_el_setup_lock());
    return el;
}

static inline void lede_el_end(EditLine *el) {
    pthread_mutex_lock(lede_el_setup_lock());
    el_end(el);
    pthread_mutex_unlock(lede_el_setup_lock());
}

// MARK: Terminal

// Width of the terminal on `fd` in columns, or 0 if unknown.
static inline int lede_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

#endif
