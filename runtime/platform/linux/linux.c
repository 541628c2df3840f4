/*
 * linux.c — the `linux` platform: a Kiln program as an ordinary Linux process, for fast compiler
 * tests, differential testing against HotSpot and CPU benchmarks. Implements the kiln_plat_*
 * functions of kiln/rt.h with libc, and main():
 *
 *   1. maps the Java heap (256 MiB, or KILN_HEAP_MB MiB) — untouched pages cost nothing;
 *   2. maps an 8 MiB Java stack with an inaccessible guard region below it, so a runaway C
 *      recursion faults instead of corrupting memory (Java code itself stops at kiln_stack_limit,
 *      which leaves headroom above the guard for throwing StackOverflowError);
 *   3. installs a crash handler on an alternate signal stack (it must work after a stack
 *      overflow) that prints the signal, fault address and Java frames and exits 134;
 *   4. switches to the Java stack and calls kiln_rt_main, which never returns.
 */
#define _GNU_SOURCE
#include <kiln/rt.h>

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#define DEFAULT_HEAP_MB 256
#define JAVA_STACK ((size_t)8 << 20)
#define GUARD ((size_t)64 << 10)     /* PROT_NONE pages below the stack */
#define HEADROOM ((size_t)256 << 10) /* usable stack below kiln_stack_limit */

static int saved_argc;
static char **saved_argv;
static uint64_t boot_tsc;
static void *heap;
static size_t heap_bytes;
static char *stack_lo, *stack_hi;
static char alt_stack[64 << 10];

static inline uint64_t rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}

/* ---- kiln_plat_* ---- */

void kiln_plat_write(int fd, const void *buf, size_t len) {
    const char *p = buf;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return; /* closed pipe or full disk: like System.out, drop the output */
        }
        p += n;
        len -= (size_t)n;
    }
}

long kiln_plat_read(int fd, void *buf, size_t len) {
    for (;;) {
        ssize_t n = read(fd, buf, len);
        if (n >= 0 || errno != EINTR) return (long)n;
    }
}

/* Nothing is buffered in C (kiln_plat_write goes straight to write(2)), so _exit loses nothing. */
_Noreturn void kiln_plat_exit(int status) { _exit(status & 0xff); }

static void put(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    kiln_plat_write(2, s, n);
}

static void put_hex(uintptr_t v) {
    char buf[19] = "0x";
    for (int i = 0; i < 16; i++) buf[2 + i] = "0123456789abcdef"[(v >> (60 - 4 * i)) & 15];
    buf[18] = 0;
    put(buf);
}

_Noreturn void kiln_plat_panic(const char *msg) {
    put("kiln: fatal error: ");
    put(msg);
    put("\nJava stack:\n");
    kiln_print_java_stack();
    _exit(KILN_EXIT_CRASH);
}

int64_t kiln_plat_nanotime(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

int64_t kiln_plat_wallclock_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

int kiln_plat_argc(void) { return saved_argc - 1; }
const char *kiln_plat_argv(int i) { return saved_argv[i + 1]; }
int kiln_plat_is_hosted(void) { return 1; }
uint64_t kiln_plat_boot_tsc(void) { return boot_tsc; }
uint64_t kiln_plat_tsc(void) { return rdtsc(); }

/* getrandom(2) without flags draws from the kernel's CSPRNG; it blocks only until the pool is
 * initialised at boot, and requests of up to 256 bytes are never cut short by a signal. Larger
 * ones may return less, hence the loop (EINTR: the scheduler's SIGALRM). */
int kiln_plat_entropy(void *buf, size_t len) {
    char *p = buf;
    while (len > 0) {
        ssize_t n = getrandom(p, len, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return KILN_ENTROPY_NONE;
        }
        p += n;
        len -= (size_t)n;
    }
    return KILN_ENTROPY_GETRANDOM;
}

/* ---- Crash reports ---- */

static const char *signal_name(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGFPE: return "SIGFPE";
    default: return "signal";
    }
}

/* Runs on alt_stack. Only async-signal-safe work: write(2) and reading the frame chain. */
static void crash_handler(int sig, siginfo_t *si, void *context) {
    const ucontext_t *uc = context;
    char *addr = si->si_addr;
    put("kiln: crash: ");
    put(signal_name(sig));
    put(" at address ");
    put_hex((uintptr_t)addr);
    put(", pc ");
    put_hex((uintptr_t)uc->uc_mcontext.gregs[REG_RIP]);
    if (sig == SIGSEGV && addr >= stack_lo - GUARD && addr < stack_lo)
        put(" (stack overflow in C code: hit the guard below the Java stack)");
    put("\nJava stack:\n");
    kiln_print_java_stack();
    _exit(KILN_EXIT_CRASH);
}

static void install_crash_handler(void) {
    stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    struct sigaction sa = {0};
    sa.sa_sigaction = crash_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE};
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaction(sigs[i], &sa, NULL);
    /* A closed stdout must not kill the program; writes to it just fail, as on HotSpot. */
    signal(SIGPIPE, SIG_IGN);
}

/* ---- Startup ---- */

static _Noreturn void startup_error(const char *msg) {
    put("kiln: ");
    put(msg);
    put("\n");
    _exit(1);
}

static size_t heap_size_from_env(void) {
    const char *s = getenv("KILN_HEAP_MB");
    if (!s || !*s) return (size_t)DEFAULT_HEAP_MB << 20;
    char *end;
    unsigned long mb = strtoul(s, &end, 10);
    if (*end || mb == 0 || mb > (1ul << 20)) startup_error("KILN_HEAP_MB must be a number of MiB between 1 and 1048576");
    return (size_t)mb << 20;
}

/* First function on the Java stack. */
static _Noreturn void java_thread(void) { kiln_rt_main(heap, heap_bytes, stack_hi); }

int main(int argc, char **argv) {
    boot_tsc = rdtsc();
    saved_argc = argc;
    saved_argv = argv;

    heap_bytes = heap_size_from_env();
    heap = mmap(NULL, heap_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (heap == MAP_FAILED) startup_error("cannot map the Java heap (KILN_HEAP_MB too large?)");

    char *map = mmap(NULL, GUARD + JAVA_STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                     -1, 0);
    if (map == MAP_FAILED || mprotect(map, GUARD, PROT_NONE) != 0) startup_error("cannot map the Java stack");
    stack_lo = map + GUARD;
    stack_hi = stack_lo + JAVA_STACK;
    kiln_stack_base = stack_hi;
    kiln_stack_limit = stack_lo + HEADROOM;

    install_crash_handler();

    /* Switch stacks: rsp = top of the Java stack (16-byte aligned, so the call leaves it as the
     * SysV ABI expects at function entry); rbp = 0 ends frame-pointer backtraces there. */
    __asm__ volatile("mov %0, %%rsp\n\t"
                     "xor %%ebp, %%ebp\n\t"
                     "call *%1\n\t"
                     "ud2"
                     :
                     : "c"(stack_hi), "a"(java_thread) /* fixed registers: not rbp, which we clear */
                     : "memory");
    __builtin_unreachable();
}
