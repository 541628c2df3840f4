/*
 * test_crash.c — the linux crash report. Meant to die: the JUnit wrapper checks the exit status
 * (134) and the report on standard error.
 *   test_crash segv      NULL dereference inside two Java frames
 *   test_crash overflow  runaway C recursion into the guard below the Java stack
 *   test_crash panic     kiln_plat_panic
 */
#include "test_support.h"

kiln_class *const kiln_class_object = NULL;
kiln_class *const kiln_class_cloneable = NULL;
kiln_class *const kiln_class_serializable = NULL;
kiln_object **const kiln_static_roots[] = {NULL};

__attribute__((noinline)) static int recurse(volatile int *p) {
    volatile int local[64];
    local[0] = *p + 1;
    if (local[0] == 0) return 0; /* never: the guard is hit long before the counter wraps */
    return recurse(local) + local[1]; /* not a tail call: every level keeps its frame */
}

void kiln_java_start(void) {
    static const kiln_method_info outer = {"demo.Main", "main", "Main.java", NULL, NULL, NULL};
    static const kiln_method_info inner = {"demo.Main$Inner", "crash", NULL, NULL, NULL, NULL};
    kiln_frame f1 = {NULL, &outer, 12}, f2 = {&f1, &inner, -1};
    kiln_frame_top = &f2;
    const char *mode = kiln_plat_argc() > 0 ? kiln_plat_argv(0) : "";
    if (strcmp(mode, "segv") == 0) {
        volatile uintptr_t bad = 16;
        *(volatile int *)bad = 1;
    } else if (strcmp(mode, "overflow") == 0) {
        volatile int start = 0;
        recurse(&start);
    } else if (strcmp(mode, "panic") == 0) {
        kiln_plat_panic("test panic");
    }
    fprintf(stderr, "unknown mode '%s'\n", mode);
    kiln_plat_exit(2);
}
