/*
 * test_support.h — helpers for the runtime core's C tests (the .c files of runtime/test).
 *
 * Each test is a whole program linked with every .c file of runtime/core and with
 * runtime/platform/linux/{linux,timer}.c, so it runs on the real Java stack with the real heap. It plays the compiler's part: it defines
 * kiln_java_start (the tests), kiln_static_roots and the well-known classes, and builds
 * kiln_class structs by hand. Run by kiln.tests.core.RuntimeCoreTest (mvn test), or by hand with
 * runtime/test/run-tests.sh.
 */
#ifndef KILN_TEST_SUPPORT_H
#define KILN_TEST_SUPPORT_H

#include <kiln/rt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                                                    \
    do {                                                                                               \
        if (!(cond)) {                                                                                 \
            fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                              \
            fflush(stdout);                                                                            \
            kiln_plat_exit(1);                                                                         \
        }                                                                                              \
    } while (0)

/* The scheduler's entry points, which the compiler generates; these tests start no threads. */
void kiln_java_safepoint(void) { kiln_safepoint_requested = 0; }
void kiln_java_thread_body(void) { kiln_plat_panic("no threads in the runtime tests"); }

/* Runs one test function and reports it. */
#define RUN(test)                                                                                      \
    do {                                                                                               \
        test();                                                                                        \
        printf("ok %s\n", #test);                                                                      \
        fflush(stdout);                                                                                \
    } while (0)

static inline _Noreturn void tests_passed(void) {
    printf("PASS\n");
    fflush(stdout);
    kiln_plat_exit(0);
}

/* A plain class: `size` bytes with references at the given 0-terminated offsets. */
#define TEST_CLASS(id_, id_last_, super_, size_, refs_)                                                \
    {.super = (super_), .size = (size_), .id = (id_), .id_last = (id_last_), .ref_offsets = (refs_),   \
     .init_state = KILN_INIT_DONE}

/* An array class with the given element class and element size. */
#define TEST_ARRAY(component_, elem_size_, flags_, elem_)                                              \
    {.component = (component_), .flags = KILN_CLASS_ARRAY | (flags_), .size = (elem_size_),           \
     .id = -1, .id_last = -1, .init_state = KILN_INIT_DONE, .elem_type = (elem_)}

/*
 * Overwrites a large piece of the stack below the caller, so stale copies of pointers left by
 * earlier, returned calls do not act as conservative roots in a test that expects garbage to go.
 */
__attribute__((noinline, unused)) static void scrub_stack(void) {
    volatile char buf[256 << 10];
    memset((char *)buf, 0, sizeof buf);
}

/* Conceals a pointer from the conservative scan (the test keeps only p ^ HIDE). */
#define HIDE ((uintptr_t)0x5a5a5a5a5a5a5a5aull)

#endif
