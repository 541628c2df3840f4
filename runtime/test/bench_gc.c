/*
 * bench_gc.c — allocation throughput and collection pauses with a 100 MB heap holding about
 * 20 MB of live data (run with KILN_HEAP_MB=100; see docs/gc.md for the command and results).
 *
 * Live set: a 100000-slot Object[] whose slots each hold a chain of 4 nodes (48-byte slots).
 * Two runs of N (default 50 million) 40-byte nodes: one where every node dies young, one where
 * one node in 8 replaces a node of the live set (so old data dies too and the live set is
 * scattered). Prints objects/s, the number of collections and their pauses, and the pause of an
 * explicit full collection. Usage: KILN_HEAP_MB=100 bench_gc [N]
 */
#include <time.h>

#include "gc_heap.h" /* kiln_gc_stats */
#include "test_support.h"

/* CPU time of this process: unlike wall time, not inflated when other programs share the CPUs. */
static double cpu_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static const uint16_t node_refs[] = {16, 24, 0};
static kiln_class object_class = TEST_CLASS(0, 10, NULL, 16, NULL);
static kiln_class node_class = TEST_CLASS(1, 1, &object_class, 40, node_refs); /* next, other, long */
static kiln_class object_array = TEST_ARRAY(&object_class, 8, KILN_CLASS_REF_ARRAY, 0);

kiln_class *const kiln_class_object = &object_class;
kiln_class *const kiln_class_cloneable = NULL;
kiln_class *const kiln_class_serializable = NULL;

static kiln_object *table;
kiln_object **const kiln_static_roots[] = {&table, NULL};

#define SLOTS 100000
#define CHAIN 4

static kiln_object *node(kiln_object *next, int64_t v) {
    kiln_object *n = kiln_new_object(&node_class);
    CHECK(n != NULL);
    KILN_ARRAY_DATA(n, kiln_object *)[0] = next;
    KILN_ARRAY_DATA(n, int64_t)[2] = v;
    return n;
}

/* Allocates n 40-byte nodes; when (i & replace_mask) == 0 the node replaces the head of a random
 * live chain, otherwise it dies young (short chains of garbage). replace_mask 0: never replaces. */
static void run(const char *name, long n, long replace_mask) {
    uint32_t r = 12345;
    kiln_gc_stats = (gc_stats){0};
    int64_t t0 = kiln_plat_nanotime();
    double c0 = cpu_seconds();
    kiln_object *young = NULL;
    for (long i = 0; i < n; i++) {
        kiln_object *o = node(young, i);
        if (replace_mask && (i & replace_mask) == 0) {
            r = r * 1103515245u + 12345u;
            kiln_object **slot = &KILN_ARRAY_DATA(table, kiln_object *)[(r >> 8) % SLOTS];
            KILN_ARRAY_DATA(o, kiln_object *)[0] = KILN_ARRAY_DATA(*slot, kiln_object *)[0];
            *slot = o;
            young = NULL;
        } else {
            young = (i & 63) ? o : NULL;
        }
    }
    int64_t t1 = kiln_plat_nanotime();
    double secs = (t1 - t0) / 1e9, cpu = cpu_seconds() - c0;
    printf("%s: %ld objects (%.0f MB) in %.2f s (%.2f s CPU) = %.1f M objects/CPU-s; %llu collections, "
           "pause avg %.2f ms, max %.2f ms (%.1f%% of the time)\n",
           name, n, n * 48 / 1048576.0, secs, cpu, n / cpu / 1e6, (unsigned long long)kiln_gc_stats.collections,
           kiln_gc_stats.collections ? kiln_gc_stats.pause_ns_total / 1e6 / kiln_gc_stats.collections : 0.0,
           kiln_gc_stats.pause_ns_max / 1e6, 100.0 * kiln_gc_stats.pause_ns_total / (t1 - t0));
}

void kiln_java_start(void) {
    long n_alloc = kiln_plat_argc() > 0 ? atol(kiln_plat_argv(0)) : 50000000L;
    table = kiln_new_array(&object_array, SLOTS);
    for (int i = 0; i < SLOTS; i++) {
        kiln_object *head = NULL;
        for (int k = 0; k < CHAIN; k++) head = node(head, i);
        KILN_ARRAY_DATA(table, kiln_object *)[i] = head;
    }
    kiln_gc_collect();
    printf("heap %zu MB, live %.1f MB\n", kiln_gc_heap_size() >> 20, kiln_gc_stats.last_live_bytes / 1048576.0);

    run("young garbage", n_alloc, 0);
    run("mixed: 1 in 8 replaces live data", n_alloc, 7);
    int64_t best = INT64_MAX;
    for (int k = 0; k < 10; k++) {
        int64_t t2 = kiln_plat_nanotime();
        kiln_gc_collect();
        int64_t t3 = kiln_plat_nanotime();
        if (t3 - t2 < best) best = t3 - t2;
    }
    printf("explicit full collection (best of 10): %.2f ms, live %.1f MB\n", best / 1e6,
           kiln_gc_stats.last_live_bytes / 1048576.0);
    for (int i = 0; i < SLOTS; i++) {
        int k = 0;
        for (kiln_object *o = KILN_ARRAY_DATA(table, kiln_object *)[i]; o; o = KILN_ARRAY_DATA(o, kiln_object *)[0]) k++;
        CHECK(k == CHAIN);
    }
    tests_passed();
}
