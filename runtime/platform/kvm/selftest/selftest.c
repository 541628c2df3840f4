/*
 * selftest.c — boots the kvm platform layer without the runtime core or any Java.
 *
 * It defines what the core normally defines (kiln_rt_main and the thread globals of rt.h), so it
 * must only ever be linked into this test image, never with runtime/core.
 *
 * Boot words select what it does after its checks (run.sh uses each):
 *   exit N       exit with status N (default 0)
 *   fault        read address 0 inside two shadow frames, to test the crash report
 *   write-text   write to the image's own code (read-only page)
 *   exec-data    jump into a data page (no-execute)
 *   overflow     recurse until the guard page below the stack is hit
 *   panic        kiln_plat_panic("selftest panic")
 *   bytes        write all 256 byte values to standard output (byte-exact console)
 *   spam N       write N lines of text to standard output (console throughput)
 *   hang         spin forever (tests the --timeout of kiln run)
 */
#include <kiln/rt.h>

#include "../kvm.h"

kiln_frame *kiln_frame_top;
kiln_object *kiln_pending;
char *kiln_stack_limit;
char *kiln_stack_base;
/* What runtime/core/threads.c and the generated code would provide to the platform's interrupt
 * layer (irq.c); the self-test never enables interrupts. */
volatile int kiln_safepoint_requested;
volatile int kiln_wakeup;
void kiln_java_irq_await(jint vector, jlong timeout) { (void)vector; (void)timeout; }

static void out(const char *s) { kiln_plat_write(1, s, strlen(s)); }
static void err(const char *s) { kiln_plat_write(2, s, strlen(s)); }

static void out_dec(int64_t v) {
    char b[24];
    int i = sizeof b;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do b[--i] = (char)('0' + u % 10); while (u /= 10);
    if (v < 0) b[--i] = '-';
    kiln_plat_write(1, b + i, sizeof b - (size_t)i);
}

static int parse_int(const char *s) {
    int v = 0;
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return v;
}

static int eq(const char *a, const char *b) { return strlen(a) == strlen(b) && memcmp(a, b, strlen(a)) == 0; }

static void fail(const char *what) {
    err("selftest: FAILED: ");
    err(what);
    err("\n");
    kiln_plat_exit(1);
}

static const kiln_method_info main_info = {"selftest.Main", "main", "Main.java", 0, 0, 0};
static const kiln_method_info crash_info = {"selftest.Main", "crash", "Main.java", 0, 0, 0};

static __attribute__((noinline)) void crash(void) {
    kiln_frame f = {kiln_frame_top, &crash_info, 42};
    kiln_frame_top = &f;
    volatile int *p = (volatile int *)0;
    (void)*p;
    kiln_frame_top = f.prev;
}

static volatile int recurse_forever = 1;

static __attribute__((noinline)) int recurse(int n) {
    volatile char pad[256];
    pad[0] = (char)n;
    return recurse_forever ? recurse(n + 1) + pad[0] : 0;
}

static uint8_t data_page[64] __attribute__((aligned(16))) = {0xc3}; /* ret */

_Noreturn void kiln_rt_main(void *heap, size_t heap_size, char *stack_base) {
    uint64_t at_main = kiln_plat_tsc();
    int64_t ns_at_main_start = 0;
    out("selftest: hello from kiln_rt_main\n");

    /* Boot time: ticks from the first instruction, converted once the frequency is known. */
    uint64_t boot_ticks = at_main - kiln_plat_boot_tsc();
    uint64_t hz = kiln_kvm_tsc_hz();
    ns_at_main_start = (int64_t)((unsigned __int128)boot_ticks * 1000000000u / hz);
    out("selftest: boot to kiln_rt_main: ");
    out_dec((int64_t)boot_ticks);
    out(" TSC ticks = ");
    out_dec(ns_at_main_start);
    out(" ns (TSC ");
    out_dec((int64_t)(hz / 1000));
    out(" kHz)\n");

    out("selftest: heap ");
    out_dec((int64_t)(uintptr_t)heap);
    out(" + ");
    out_dec((int64_t)heap_size);
    out(" bytes, stack base ");
    out_dec((int64_t)(uintptr_t)stack_base);
    out(", NX ");
    out(kiln_kvm_nx_enabled ? "on" : "off");
    out("\n");
    if ((char *)heap < __kiln_end || heap_size < (1u << 20) || (char *)heap + heap_size > stack_base) fail("heap bounds");
    if (kiln_stack_base != stack_base || kiln_stack_limit != (char *)kiln_kvm_layout.stack_bottom + KILN_KVM_STACK_RESERVE)
        fail("stack globals");
    char here;
    if (&here > stack_base || &here < kiln_stack_limit) fail("not running on the main stack");
    if (((uintptr_t)__builtin_frame_address(0) & 15) != 0) fail("stack alignment");

    /* The heap must be mapped writable from end to end (one byte every 64 KiB, and the last). */
    volatile uint8_t *h = heap;
    for (size_t off = 0; off < heap_size; off += 65536) h[off] = 0xa5;
    h[heap_size - 1] = 0x5a;
    if (h[0] != 0xa5 || h[heap_size - 1] != 0x5a) fail("heap write");

    /* SSE: double arithmetic compiles to SSE2 and must not trap. */
    volatile double x = 1.5;
    if ((int)(x * x * 4.0) != 9) fail("double arithmetic");

    int64_t t1 = kiln_plat_nanotime();
    for (volatile int i = 0; i < 100000; i++) {
    }
    int64_t t2 = kiln_plat_nanotime();
    if (t2 <= t1) fail("nanotime does not advance");
    out("selftest: nanotime ");
    out_dec(t1);
    out(" -> ");
    out_dec(t2);
    out("\n");
    int64_t wall = kiln_plat_wallclock_ms();
    if (wall < 1577836800000LL) fail("wall clock before 2020"); /* 2020-01-01 */
    out("selftest: wallclock ms ");
    out_dec(wall);
    out("\n");

    int argc = kiln_plat_argc();
    out("selftest: argc ");
    out_dec(argc);
    out("\n");
    for (int i = 0; i < argc; i++) {
        out("selftest: argv[");
        out_dec(i);
        out("] = [");
        out(kiln_plat_argv(i));
        out("]\n");
    }
    if (kiln_plat_is_hosted() != 0) fail("is_hosted");
    char buf[4];
    long r = kiln_plat_read(0, buf, sizeof buf); /* nothing sent: no input yet, or its end */
    if (r != 0 && r != KILN_READ_WOULD_BLOCK) fail("read");

    err("selftest: this line goes to standard error\n");

    int status = 0;
    for (int i = 0; i < argc; i++) {
        const char *w = kiln_plat_argv(i);
        const char *next = i + 1 < argc ? kiln_plat_argv(i + 1) : "";
        if (eq(w, "exit")) status = parse_int(next);
        if (eq(w, "bytes")) {
            uint8_t all[256];
            for (int b = 0; b < 256; b++) all[b] = (uint8_t)b;
            kiln_plat_write(1, all, sizeof all);
        }
        if (eq(w, "spam")) {
            int n = parse_int(next);
            for (int j = 0; j < n; j++) out("selftest: the quick brown fox jumps over the lazy dog 0123456789\n");
        }
        if (eq(w, "fault")) {
            kiln_frame f = {kiln_frame_top, &main_info, 7};
            kiln_frame_top = &f;
            crash();
        }
        if (eq(w, "write-text")) *(volatile uint8_t *)(uintptr_t)&kiln_rt_main = 0x90;
        if (eq(w, "exec-data")) ((void (*)(void))(uintptr_t)data_page)();
        if (eq(w, "overflow")) recurse(0);
        if (eq(w, "panic")) kiln_plat_panic("selftest panic");
        if (eq(w, "hang")) {
            for (;;) __asm__ volatile("pause");
        }
    }
    out("selftest: ok, exit ");
    out_dec(status);
    out("\n");
    kiln_plat_exit(status);
}
