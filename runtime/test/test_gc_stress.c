/*
 * test_gc_stress.c — allocates more than 20 times the heap (KILN_HEAP_MB=32) in objects of mixed
 * sizes, small and large, while keeping a bounded, changing set of them alive in a 4096-slot
 * table. Every live object carries a checksum that is verified as it is replaced and at the end,
 * so a wrongly freed or overwritten object is caught.
 */
#include "gc_heap.h" /* kiln_gc_stats */
#include "test_support.h"

static const uint16_t node_refs[] = {16, 0};
static kiln_class object_class = TEST_CLASS(0, 10, NULL, 16, NULL);
static kiln_class node_class = TEST_CLASS(1, 1, &object_class, 32, node_refs); /* Node next; long v */
static kiln_class object_array = TEST_ARRAY(&object_class, 8, KILN_CLASS_REF_ARRAY, 0);
static kiln_class int_array = TEST_ARRAY(NULL, 4, 0, 'I');

kiln_class *const kiln_class_object = &object_class;
kiln_class *const kiln_class_cloneable = NULL;
kiln_class *const kiln_class_serializable = NULL;

static kiln_object *table;
kiln_object **const kiln_static_roots[] = {&table, NULL};

#define SLOTS 4096

static uint64_t rng = 88172645463325252ull;
static uint32_t next_random(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 32);
}

static size_t allocated;

/* An int[] whose elements are all `tag`, or a chain of nodes whose values are `tag`. */
static kiln_object *make(uint32_t tag) {
    uint32_t kind = next_random() % 100;
    if (kind < 60) { /* small chain of nodes */
        kiln_object *head = NULL;
        for (int i = 0; i < 4; i++) {
            kiln_object *n = kiln_new_object(&node_class);
            CHECK(n != NULL);
            KILN_ARRAY_DATA(n, kiln_object *)[0] = head;
            KILN_ARRAY_DATA(n, int64_t)[1] = tag;
            head = n;
        }
        allocated += 4 * 32;
        return head;
    }
    jint len = kind < 99 ? (jint)(next_random() % 600) : (jint)(10000 + next_random() % 60000);
    kiln_object *a = kiln_new_array(&int_array, len);
    CHECK(a != NULL);
    for (jint i = 0; i < len; i++) KILN_ARRAY_DATA(a, jint)[i] = (jint)tag;
    allocated += 16 + (size_t)len * 4;
    return a;
}

static void verify(const kiln_object *o, uint32_t tag) {
    if (o->klass == &node_class) {
        int n = 0;
        for (; o; o = KILN_ARRAY_DATA(o, kiln_object *)[0], n++) {
            CHECK(o->klass == &node_class);
            CHECK(KILN_ARRAY_DATA(o, int64_t)[1] == tag);
        }
        CHECK(n == 4);
    } else {
        CHECK(o->klass == &int_array);
        for (jint i = 0; i < o->length; i++) CHECK(KILN_ARRAY_DATA(o, jint)[i] == (jint)tag);
    }
}

void kiln_java_start(void) {
    static uint32_t tags[SLOTS];
    table = kiln_new_array(&object_array, SLOTS);
    CHECK(table != NULL);
    size_t heap = kiln_gc_heap_size();
    for (uint32_t step = 1; allocated < 25 * heap; step++) {
        uint32_t slot = next_random() % SLOTS;
        kiln_object **e = &KILN_ARRAY_DATA(table, kiln_object *)[slot];
        if (*e) verify(*e, tags[slot]);
        *e = make(step);
        tags[slot] = step;
    }
    for (uint32_t s = 0; s < SLOTS; s++) {
        kiln_object *o = KILN_ARRAY_DATA(table, kiln_object *)[s];
        if (o) verify(o, tags[s]);
    }
    printf("allocated %zu MB in a %zu MB heap, %llu collections, max pause %.2f ms\n", allocated >> 20, heap >> 20,
           (unsigned long long)kiln_gc_stats.collections, kiln_gc_stats.pause_ns_max / 1e6);
    CHECK(allocated >= 20 * heap);
    CHECK(kiln_gc_stats.collections >= 10);
    tests_passed();
}
