/*
 * test_gc_oom.c — OutOfMemoryError (KILN_HEAP_MB=16): when live data outgrows the heap the
 * allocator returns NULL with kiln_oom_error pending, only after the heap is really full; the
 * program can recover by dropping data. With the argument "panic", the OutOfMemoryError object
 * is never registered and the collector must stop the program with a clear message (exit 134).
 */
#include "test_support.h"

static const uint16_t node_refs[] = {16, 24, 0};
static kiln_class object_class = TEST_CLASS(0, 10, NULL, 16, NULL);
static kiln_class throwable_class = TEST_CLASS(2, 2, &object_class, 32, NULL);
static kiln_class node_class = TEST_CLASS(1, 1, &object_class, 32, node_refs); /* Node next; int[] data */
static kiln_class int_array = TEST_ARRAY(NULL, 4, 0, 'I');

kiln_class *const kiln_class_object = &object_class;
kiln_class *const kiln_class_cloneable = NULL;
kiln_class *const kiln_class_serializable = NULL;

static kiln_object *list;
kiln_object **const kiln_static_roots[] = {&list, NULL};

/* Keeps chunks of `len` ints alive until allocation fails; returns the bytes held. */
static size_t fill(jint len) {
    size_t held = 0;
    for (;;) {
        kiln_object *data = kiln_new_array(&int_array, len);
        if (!data) return held;
        kiln_object *n = kiln_new_object(&node_class);
        if (!n) return held;
        KILN_ARRAY_DATA(n, kiln_object *)[0] = list;
        KILN_ARRAY_DATA(n, kiln_object *)[1] = data;
        list = n;
        held += 16 + (size_t)len * 4 + 32;
    }
}

void kiln_java_start(void) {
    size_t heap = kiln_gc_heap_size();
    if (kiln_plat_argc() == 1 && strcmp(kiln_plat_argv(0), "panic") == 0) {
        fill(1000); /* never returns: no OutOfMemoryError object */
        CHECK(!"allocation failure without kiln_oom_error must panic");
    }
    kiln_oom_error = kiln_new_object(&throwable_class);
    CHECK(kiln_oom_error != NULL);

    /* Small objects: the heap fills almost completely before the error. */
    size_t held = fill(1000);
    printf("held %zu of %zu bytes at the first OutOfMemoryError\n", held, heap);
    CHECK(kiln_pending == kiln_oom_error);
    CHECK(held >= heap / 100 * 85);
    kiln_pending = NULL;

    /* Dropping the data makes room again. */
    list = NULL;
    kiln_gc_collect();
    CHECK(kiln_gc_free_bytes() >= heap / 100 * 95);
    held = fill(100000); /* 400 KB large objects */
    printf("held %zu of %zu bytes in large objects\n", held, heap);
    CHECK(kiln_pending == kiln_oom_error && held >= heap / 100 * 80);
    kiln_pending = NULL;
    list = NULL;

    /* A single request larger than the heap fails at once. */
    CHECK(kiln_new_array(&int_array, (jint)(heap / 4 + 1)) == NULL && kiln_pending == kiln_oom_error);
    kiln_pending = NULL;
    CHECK(kiln_new_array(&int_array, 0x7fffffff) == NULL && kiln_pending == kiln_oom_error);
    kiln_pending = NULL;

    /* And normal service resumes. */
    CHECK(kiln_new_array(&int_array, (jint)(heap / 16)) != NULL && kiln_pending == NULL);
    tests_passed();
}
