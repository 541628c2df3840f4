/*
 * test_gc.c — functional tests of the collector: zeroing, roots (static, conservative stack,
 * interior pointers), reclamation, deep and wide structures, reference arrays, large objects,
 * identity hashes and clone. Run with KILN_HEAP_MB=128. Also built with a 4-entry mark stack
 * (-DKILN_GC_MARK_STACK_SIZE=4) to exercise the overflow path.
 */
#include "test_support.h"

/* class Node { Node next; Object other; long value; } */
static const uint16_t node_refs[] = {16, 24, 0};
static kiln_class object_class = TEST_CLASS(0, 10, NULL, 16, NULL);
static kiln_class node_class = TEST_CLASS(1, 1, &object_class, 40, node_refs);
static kiln_class object_array = TEST_ARRAY(&object_class, 8, KILN_CLASS_REF_ARRAY, 0);
static kiln_class int_array = TEST_ARRAY(NULL, 4, 0, 'I');

kiln_class *const kiln_class_object = &object_class;
kiln_class *const kiln_class_cloneable = NULL;
kiln_class *const kiln_class_serializable = NULL;

typedef struct node {
    kiln_object header;
    struct node *next;
    kiln_object *other;
    int64_t value;
} node;

static kiln_object *root_list, *root_array, *root_big;
kiln_object **const kiln_static_roots[] = {&root_list, &root_array, &root_big, NULL};

static node *new_node(node *next, int64_t value) {
    node *n = (node *)kiln_new_object(&node_class);
    CHECK(n != NULL);
    n->next = next;
    n->value = value;
    return n;
}

/* Allocates and drops `count` unconnected nodes (so no stale pointer can keep many alive). */
__attribute__((noinline)) static void make_garbage(int count) {
    for (int i = 0; i < count; i++) new_node(NULL, -1);
}

static void collect_clean(void) {
    scrub_stack();
    kiln_gc_collect();
}

static void test_zeroed(void) {
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 20000; i++) {
            node *n = new_node(NULL, 0);
            CHECK(n->header.klass == &node_class && n->header.gc == 0 && n->header.length == 0);
            CHECK(n->next == NULL && n->other == NULL);
            memset((char *)n + 16, 0xff, 24); /* dirty it for the next round */
        }
        kiln_object *a = kiln_new_array(&int_array, 1000);
        CHECK(a && a->klass == &int_array && a->length == 1000);
        for (int i = 0; i < 1000; i++) CHECK(KILN_ARRAY_DATA(a, jint)[i] == 0);
        memset(KILN_ARRAY_DATA(a, jint), 0xff, 4000);
        collect_clean();
    }
    kiln_object *empty = kiln_new_array(&int_array, 0);
    CHECK(empty && empty->length == 0);
}

static void test_static_roots(void) {
    node *head = NULL;
    for (int i = 0; i < 1000; i++) head = new_node(head, i);
    root_list = &head->header;
    head = NULL;
    for (int r = 0; r < 5; r++) {
        make_garbage(200000); /* several collections' worth */
        collect_clean();
    }
    int64_t expect = 999;
    for (node *n = (node *)root_list; n; n = n->next, expect--) {
        CHECK(n->header.klass == &node_class);
        CHECK(n->value == expect);
    }
    CHECK(expect == -1);
    root_list = NULL;
}

/* The only reference is an interior pointer in a volatile stack slot. If the object were freed,
 * reallocation would zero it and the check would fail. */
__attribute__((noinline)) static void test_stack_interior_pointer(void) {
    char *volatile interior = (char *)new_node(NULL, 12345) + 30;
    kiln_object *big = kiln_new_array(&int_array, 50000); /* a large object, 200 KB */
    KILN_ARRAY_DATA(big, jint)[49999] = 777;
    char *volatile big_interior = (char *)big + 150000; /* points into a tail block of the run */
    big = NULL;
    for (int r = 0; r < 5; r++) {
        make_garbage(200000);
        kiln_object *junk = kiln_new_array(&int_array, 50000);
        CHECK(junk != NULL);
        kiln_gc_collect();
    }
    node *n = (node *)(interior - 30);
    CHECK(n->header.klass == &node_class && n->value == 12345);
    kiln_object *b = (kiln_object *)(big_interior - 150000);
    CHECK(b->klass == &int_array && b->length == 50000 && KILN_ARRAY_DATA(b, jint)[49999] == 777);
}

/*
 * uintptr_t hold_in_registers(uintptr_t v, void (*fn)(void)): calls fn with v held only in the
 * callee-saved registers rbx, r12-r15 (its own caller's values of those are saved first) and
 * returns v. Written in assembly so that no copy of v is left on the stack.
 */
uintptr_t hold_in_registers(uintptr_t v, void (*fn)(void));
__asm__(".text\n"
        "hold_in_registers:\n\t"
        "push %rbx\n\tpush %r12\n\tpush %r13\n\tpush %r14\n\tpush %r15\n\t" /* rsp now 16-aligned */
        "mov %rdi, %rbx\n\tmov %rdi, %r12\n\tmov %rdi, %r13\n\tmov %rdi, %r14\n\tmov %rdi, %r15\n\t"
        "xor %edi, %edi\n\t"
        "call *%rsi\n\t"
        "mov %r15, %rax\n\t"
        "pop %r15\n\tpop %r14\n\tpop %r13\n\tpop %r12\n\tpop %rbx\n\t"
        "ret\n");

__attribute__((noinline)) static uintptr_t hidden_node(void) { return (uintptr_t)new_node(NULL, 5) ^ HIDE; }

/* A node referenced only from callee-saved registers while the collector runs. */
static void test_register_root(void) {
    uintptr_t h = hidden_node();
    scrub_stack();
    uintptr_t p = hold_in_registers(h ^ HIDE, kiln_gc_collect);
    make_garbage(300000); /* would reuse and zero the node's slot had it been freed */
    CHECK(((node *)p)->header.klass == &node_class && ((node *)p)->value == 5);
}

static void test_reclaim(void) {
    collect_clean();
    size_t before = kiln_gc_free_bytes();
    make_garbage(100000); /* 100000 * 48-byte slots = 4.8 MB */
    kiln_object *big = kiln_new_array(&int_array, 1 << 20); /* 4 MB large object */
    CHECK(big != NULL);
    big = NULL;
    CHECK(kiln_gc_free_bytes() + 8000000 < before);
    collect_clean();
    size_t after = kiln_gc_free_bytes();
    CHECK(after + 4096 >= before); /* everything came back, give or take a few stale slots */

    /* Dead large objects give their blocks back: twice the heap in 4 MB arrays fits. */
    for (size_t done = 0; done < 2 * kiln_gc_heap_size(); done += 4u << 20)
        CHECK(kiln_new_array(&int_array, 1 << 20) != NULL);

    /* A dead object's slot is reused once the allocator sweeps its block. */
    uintptr_t h = hidden_node();
    collect_clean();
    int reused = 0;
    for (int i = 0; i < 10000 && !reused; i++) reused = (uintptr_t)new_node(NULL, 0) == (h ^ HIDE);
    CHECK(reused);
}

static void test_long_list(void) {
    node *head = NULL;
    for (int i = 0; i < 1000000; i++) head = new_node(head, i);
    root_list = &head->header;
    head = NULL;
    collect_clean();
    CHECK(kiln_gc_heap_size() - kiln_gc_free_bytes() >= 1000000u * 48); /* all of it is live */
    int64_t expect = 999999;
    for (node *n = (node *)root_list; n; n = n->next, expect--) CHECK(n->value == expect);
    CHECK(expect == -1);
    root_list = NULL;
    collect_clean();
}

/* A reference array of 100000 distinct nodes, each pointing at a small int array. */
static void test_ref_array(void) {
    root_array = kiln_new_array(&object_array, 100000);
    CHECK(root_array != NULL);
    for (int i = 0; i < 100000; i++) {
        node *n = new_node(NULL, i);
        KILN_ARRAY_DATA(root_array, kiln_object *)[i] = &n->header;
        kiln_object *a = kiln_new_array(&int_array, 3);
        CHECK(a != NULL);
        KILN_ARRAY_DATA(a, jint)[2] = i * 7;
        n->other = a;
    }
    for (int r = 0; r < 3; r++) {
        make_garbage(300000);
        collect_clean();
    }
    for (int i = 0; i < 100000; i++) {
        node *n = (node *)KILN_ARRAY_DATA(root_array, kiln_object *)[i];
        CHECK(n->header.klass == &node_class && n->value == i);
        CHECK(n->other->klass == &int_array && KILN_ARRAY_DATA(n->other, jint)[2] == i * 7);
    }
    root_array = NULL;
}

/* A complete binary tree of depth 17 (262143 nodes): wide, so the mark stack fills up. */
static node *tree(int depth, int64_t *counter) {
    if (depth == 0) return NULL;
    node *n = new_node(NULL, (*counter)++);
    n->next = tree(depth - 1, counter);
    n->other = &tree(depth - 1, counter)->header;
    return n;
}

static int64_t tree_sum(const node *n) {
    return n ? n->value + tree_sum(n->next) + tree_sum((const node *)n->other) : 0;
}

static void test_wide_tree(void) {
    int64_t counter = 0;
    root_big = &tree(17, &counter)->header;
    int64_t expect = tree_sum((node *)root_big);
    make_garbage(300000);
    collect_clean();
    make_garbage(300000);
    CHECK(tree_sum((node *)root_big) == expect);
    root_big = NULL;
}

static void test_identity_hash_and_clone(void) {
    node *a = new_node(NULL, 1), *b = new_node(NULL, 2);
    root_list = &a->header;
    a->next = b;
    jint ha = kiln_identity_hash(&a->header), hb = kiln_identity_hash(&b->header);
    CHECK(ha > 0 && hb > 0 && ha != hb);
    make_garbage(300000);
    collect_clean();
    CHECK(kiln_identity_hash(&a->header) == ha && kiln_identity_hash(&b->header) == hb);
    node *c = (node *)kiln_clone(&a->header);
    CHECK(c && c != a && c->header.klass == &node_class && c->next == b && c->value == 1);
    CHECK(kiln_identity_hash(&c->header) != ha && kiln_identity_hash(&c->header) > 0);
    kiln_object *arr = kiln_new_array(&int_array, 5);
    KILN_ARRAY_DATA(arr, jint)[4] = 99;
    kiln_object *arr2 = kiln_clone(arr);
    CHECK(arr2->length == 5 && KILN_ARRAY_DATA(arr2, jint)[4] == 99 && arr2->klass == &int_array);
    /* Objects outside the heap (classes, literals) hash by address: stable, non-zero. */
    jint hc = kiln_identity_hash((kiln_object *)&node_class);
    CHECK(hc > 0 && hc == kiln_identity_hash((kiln_object *)&node_class));
    int distinct = 0;
    for (int i = 0; i < 1000; i++) distinct += kiln_identity_hash(&new_node(NULL, 0)->header) != ha;
    CHECK(distinct >= 999);
    root_list = NULL;
}

void kiln_java_start(void) {
    printf("heap %zu bytes\n", kiln_gc_heap_size());
    RUN(test_zeroed);
    RUN(test_static_roots);
    RUN(test_stack_interior_pointer);
    RUN(test_register_root);
    RUN(test_reclaim);
    RUN(test_long_list);
    RUN(test_ref_array);
    RUN(test_wide_tree);
    RUN(test_identity_hash_and_clone);
    tests_passed();
}
