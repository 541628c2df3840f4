/*
 * threads.c — green-thread contexts: creation, the context switch, and what the collector must
 * see of suspended threads. One CPU; every policy decision (who runs next, when a thread blocks or
 * wakes) is Java, in kiln.rt.Scheduler. This file only moves registers and the per-thread globals
 * of rt.h (kiln_frame_top, kiln_pending, kiln_stack_limit, kiln_stack_base).
 *
 * A thread's stack is a Java long[] owned by its java.lang.Thread (the collector never moves
 * objects, so the array is a stable block of memory). The context record sits at the top of that
 * array; the stack grows down below it. A suspended thread's callee-saved registers are pushed on
 * its own stack by the switch, so scanning [saved sp, top of stack) finds every reference it holds.
 */
#include <kiln/rt.h>

struct kiln_thread_ctx {
    void *sp;                 /* saved stack pointer while suspended */
    char *stack_lo, *stack_hi;/* the stack region; the record itself lies just above stack_hi */
    char *stack_limit;
    kiln_frame *frame_top;
    kiln_object *pending;
    struct kiln_thread_ctx *prev, *next; /* every live context, for the collector */
};

volatile int kiln_safepoint_requested;
volatile int kiln_wakeup;

static kiln_thread_ctx main_ctx;
static kiln_thread_ctx *current = &main_ctx;
static int initialised;

/* The switch itself (System V AMD64: rbx, rbp, r12-r15 are callee-saved; everything else is
 * dead across a call). Saves them on the old stack, stores the old sp, loads the new one. */
void kiln_ctx_swap(void **save_sp, void *new_sp);
__asm__(".text\n"
        ".globl kiln_ctx_swap\n"
        ".type kiln_ctx_swap, @function\n"
        "kiln_ctx_swap:\n"
        "  pushq %rbp\n  pushq %rbx\n  pushq %r12\n  pushq %r13\n  pushq %r14\n  pushq %r15\n"
        "  movq %rsp, (%rdi)\n"
        "  movq %rsi, %rsp\n"
        "  popq %r15\n  popq %r14\n  popq %r13\n  popq %r12\n  popq %rbx\n  popq %rbp\n"
        "  ret\n"
        ".size kiln_ctx_swap, .-kiln_ctx_swap\n");

/* Scans every suspended thread's live stack (saved registers included) during a collection. */
static void scan_suspended_threads(void) {
    for (kiln_thread_ctx *c = main_ctx.next; c != &main_ctx; c = c->next) {
        if (c != current) kiln_gc_scan_range(c->sp, c->stack_hi);
        kiln_gc_scan_range(&c->pending, &c->pending + 1);
    }
    if (current != &main_ctx) {
        kiln_gc_scan_range(main_ctx.sp, main_ctx.stack_hi);
        kiln_gc_scan_range(&main_ctx.pending, &main_ctx.pending + 1);
    }
}

static void init_main(void) {
    if (initialised) return;
    initialised = 1;
    main_ctx.stack_hi = kiln_stack_base;
    main_ctx.prev = main_ctx.next = &main_ctx;
    kiln_gc_root_hook = scan_suspended_threads;
}

/* First code of every new thread: the generated entry runs kiln.rt.Scheduler.threadBody(), which
 * ends by switching away for good. */
static void thread_start(void) {
    kiln_java_thread_body();
    kiln_plat_panic("kiln.rt.Scheduler.threadBody returned");
}

/* kiln.rt.Threads.mainContext(): the context of the thread that booted. */
jlong kiln_native_kiln_rt_Threads_mainContext(void) {
    init_main();
    return (jlong)(uintptr_t)&main_ctx;
}

/* kiln.rt.Threads.newContext(long[] stack, int reserve): a suspended context that starts in
 * thread_start on the given stack; `reserve` bytes at the bottom stay below kiln_stack_limit for
 * throwing StackOverflowError. */
jlong kiln_native_kiln_rt_Threads_newContext(kiln_object *stack, jint reserve) {
    init_main();
    char *lo = KILN_ARRAY_DATA(stack, char);
    char *top = lo + (size_t)stack->length * 8;
    kiln_thread_ctx *c = (kiln_thread_ctx *)(((uintptr_t)top - sizeof *c) & ~(uintptr_t)15);
    memset(c, 0, sizeof *c);
    c->stack_lo = lo;
    c->stack_hi = (char *)c;
    c->stack_limit = lo + reserve;
    /* What kiln_ctx_swap pops: six registers (zero: rbp = 0 ends frame-pointer walks), then
     * returns into thread_start as if called, i.e. with rsp = 8 (mod 16) at its first instruction. */
    uint64_t *sp = (uint64_t *)c; /* 16-byte aligned */
    *--sp = 0; /* thread_start's (never used) return address: at entry rsp = 8 (mod 16) */
    *--sp = (uint64_t)(uintptr_t)thread_start;
    for (int i = 0; i < 6; i++) *--sp = 0;
    c->sp = sp;
    c->next = &main_ctx;
    c->prev = main_ctx.prev;
    main_ctx.prev->next = c;
    main_ctx.prev = c;
    return (jlong)(uintptr_t)c;
}

static void save_globals(kiln_thread_ctx *c) {
    c->frame_top = kiln_frame_top;
    c->pending = kiln_pending;
    c->stack_limit = kiln_stack_limit;
    c->stack_hi = kiln_stack_base;
}

static void load_globals(kiln_thread_ctx *c) {
    kiln_frame_top = c->frame_top;
    kiln_pending = c->pending;
    kiln_stack_limit = c->stack_limit;
    kiln_stack_base = c->stack_hi;
    current = c;
}

/* kiln.rt.Threads.switchTo(from, to): suspends `from` (the running thread) and resumes `to`. */
void kiln_native_kiln_rt_Threads_switchTo(jlong from, jlong to) {
    kiln_thread_ctx *f = (kiln_thread_ctx *)(uintptr_t)from, *t = (kiln_thread_ctx *)(uintptr_t)to;
    if (f != current) kiln_plat_panic("threads: switch from a thread that is not running");
    if (f == t) return;
    save_globals(f);
    load_globals(t);
    kiln_ctx_swap(&f->sp, t->sp);
}

/* kiln.rt.Threads.exitTo(dead, to): like switchTo, but `dead` never runs again; its context leaves
 * the collector's list (its stack array is freed when its Thread becomes garbage). */
void kiln_native_kiln_rt_Threads_exitTo(jlong dead, jlong to) {
    kiln_thread_ctx *d = (kiln_thread_ctx *)(uintptr_t)dead, *t = (kiln_thread_ctx *)(uintptr_t)to;
    if (d != current || d == t || d == &main_ctx) kiln_plat_panic("threads: bad exit switch");
    d->prev->next = d->next;
    d->next->prev = d->prev;
    load_globals(t);
    void *discard;
    kiln_ctx_swap(&discard, t->sp);
    kiln_plat_panic("threads: a dead thread was resumed");
}

/* kiln.rt.Threads.printStack(ctx): a suspended thread's Java frames on standard error, from the
 * first frame outside the scheduler and monitors (kiln.rt) down. */
void kiln_native_kiln_rt_Threads_printStack(jlong ctx) {
    kiln_thread_ctx *c = (kiln_thread_ctx *)(uintptr_t)ctx;
    kiln_frame *saved = kiln_frame_top, *f = c == current ? kiln_frame_top : c->frame_top;
    while (f && f->prev && memcmp(f->method->class_name, "kiln.rt.", 8) == 0) f = f->prev;
    kiln_frame_top = f;
    kiln_print_java_stack();
    kiln_frame_top = saved;
}

/*
 * Is scheduler or monitor code (kiln.rt.Scheduler, kiln.rt.Monitors) on the running thread's stack,
 * other than the threadBody frame at the bottom of every started thread? Then a safepoint must not
 * switch threads now: that code is compiled without polls, but it can still reach code that has
 * them (a class initializer it triggers, a library method it calls), and switching there would
 * re-enter the scheduler halfway through an operation. The request stays pending and is honoured at
 * the first poll after that code has returned. Walked only when the timer has fired (at most every
 * few milliseconds), so its cost does not matter.
 */
static int same(const char *a, const char *b) {
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

int kiln_scheduler_on_stack(void) {
    for (const kiln_frame *f = kiln_frame_top; f; f = f->prev) {
        const char *c = f->method->class_name;
        if (c[0] == 'k' && (same(c, "kiln.rt.Scheduler") || same(c, "kiln.rt.Monitors"))
            && !same(f->method->method_name, "threadBody"))
            return 1;
    }
    return 0;
}

/* Safepoint flag and timer (the platform's interrupt or signal handler sets the flags). */
jint kiln_native_kiln_rt_Threads_takeSafepointRequest(void) {
    int r = kiln_safepoint_requested;
    kiln_safepoint_requested = 0;
    return r;
}

void kiln_native_kiln_rt_Threads_armTimer(jlong deadline) { kiln_plat_timer_arm(deadline); }

void kiln_native_kiln_rt_Threads_idle(void) { kiln_plat_idle(); }

/* ---- kiln.rt.Monitors: the header lock word (rt.h, kiln_object.length of non-arrays) ---- */

#define NO_HEADER INT32_MIN

jint kiln_native_kiln_rt_Monitors_headerWord(kiln_object *o) {
    if ((o->klass->flags & KILN_CLASS_ARRAY) || !kiln_gc_in_heap(o)) return NO_HEADER;
    return o->length;
}

void kiln_native_kiln_rt_Monitors_setHeaderWord(kiln_object *o, jint word) { o->length = word; }

jint kiln_native_kiln_rt_Monitors_addressHash(kiln_object *o) {
    uint64_t a = (uint64_t)(uintptr_t)o;
    a ^= a >> 29;
    a *= 0x9e3779b97f4a7c15ull;
    return (jint)(a >> 32);
}
