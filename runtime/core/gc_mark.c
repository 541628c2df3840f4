/*
 * gc_mark.c — the mark phase: roots, conservative stack scanning and precise heap tracing.
 *
 * Roots are found in three ways:
 *   - precisely: the static reference fields (kiln_static_roots), kiln_pending, kiln_oom_error;
 *   - conservatively: every aligned word of the current stack (and of callee-saved registers,
 *     spilled first) that points anywhere into a live object, interior pointers included;
 *   - through kiln_gc_root_hook, with which a green-thread scheduler can scan the stacks and saved
 *     registers of suspended threads by calling kiln_gc_scan_range.
 * Heap objects are traced precisely with their class's ref_offsets, or element by element for
 * reference arrays.
 *
 * Marking never recurses. Gray objects wait on an explicit mark stack; big reference arrays are
 * scanned in chunks so they take one stack entry, not one per element. If the stack still
 * overflows, the object that did not fit is already marked, so nothing is lost: we remember the
 * overflow and, once the stack is empty, walk the heap and rescan every marked object, repeating
 * until a walk ends without overflow.
 */
#include "gc_heap.h"

#ifndef KILN_GC_MARK_STACK_SIZE
#define KILN_GC_MARK_STACK_SIZE 16384 /* entries; tests shrink it to exercise overflow */
#endif
#define ARRAY_CHUNK 256 /* reference-array elements scanned per mark-stack pop */

typedef struct mark_entry {
    kiln_object *obj;
    int32_t next; /* reference arrays: first element not yet scanned */
} mark_entry;

static mark_entry mark_stack[KILN_GC_MARK_STACK_SIZE];
static size_t mark_sp;
static int mark_overflowed;
static size_t marked_bytes;

void (*kiln_gc_root_hook)(void);

size_t gc_footprint(const kiln_object *o) {
    const gc_block *b = &kiln_gc_heap.table[gc_block_index(o)];
    if (b->kind == BLOCK_SMALL) return kiln_gc_heap.slot_size[b->cls];
    return (size_t)b->aux << GC_BLOCK_SHIFT; /* BLOCK_LARGE: objects start at a run's head */
}

/* Does an object of this class contain references at all? Leaf objects are never pushed. */
static inline int has_refs(const kiln_class *c) {
    if (c->flags & KILN_CLASS_ARRAY) return (c->flags & KILN_CLASS_REF_ARRAY) != 0;
    return c->ref_offsets != NULL && c->ref_offsets[0] != 0;
}

static inline void push(kiln_object *o, int32_t next) {
    if (mark_sp == KILN_GC_MARK_STACK_SIZE) {
        mark_overflowed = 1; /* o stays marked; the heap rescan will trace it */
        return;
    }
    mark_stack[mark_sp].obj = o;
    mark_stack[mark_sp].next = next;
    mark_sp++;
}

/* Marks a heap object given its exact start address and queues it for tracing. */
static inline void mark_object(kiln_object *o) {
    if (o->gc & GC_MARK) return;
    o->gc |= GC_MARK;
    marked_bytes += gc_footprint(o);
    if (has_refs(o->klass)) push(o, 0);
}

/*
 * A reference from a precise root or a heap field: NULL, an object outside the heap (static
 * strings, kiln_class structs) or the exact start of a heap object.
 *
 * Marking is mostly waiting for cache misses on object headers. So a heap reference is not
 * marked at once: its header is prefetched and the reference waits in a small ring until
 * PREFETCH later references have been found, by which time the header is usually in cache.
 */
#define PREFETCH 8
static kiln_object *prefetch_ring[PREFETCH];
static unsigned prefetch_pos;

static inline void mark_ref(kiln_object *o) {
    if (!gc_in_heap(o)) return;
    __builtin_prefetch(o, 1);
    kiln_object *ready = prefetch_ring[prefetch_pos];
    prefetch_ring[prefetch_pos] = o;
    prefetch_pos = (prefetch_pos + 1) % PREFETCH;
    if (ready) mark_object(ready);
}

/* Marks whatever still waits in the ring; returns whether there was anything. */
static int flush_prefetch_ring(void) {
    int any = 0;
    for (unsigned i = 0; i < PREFETCH; i++) {
        if (prefetch_ring[i]) {
            mark_object(prefetch_ring[i]);
            prefetch_ring[i] = NULL;
            any = 1;
        }
    }
    return any;
}

/*
 * The object that contains address w, or NULL when w is not inside an allocated object. Used for
 * conservative roots, which may be any integer that happens to look like a pointer.
 */
static kiln_object *object_containing(uintptr_t w) {
    if (!gc_in_heap((void *)w)) return NULL;
    uint32_t i = gc_block_index((void *)w);
    const gc_block *b = &kiln_gc_heap.table[i];
    kiln_object *o;
    switch (b->kind) {
    case BLOCK_SMALL: {
        uintptr_t base = (uintptr_t)gc_block_addr(i);
        uint32_t size = kiln_gc_heap.slot_size[b->cls];
        uintptr_t k = (w - base) / size;
        if (k >= GC_BLOCK / size) return NULL; /* in the unused tail of the block */
        o = (kiln_object *)(base + k * size);
        break;
    }
    case BLOCK_LARGE_TAIL:
        i = b->aux;
        /* fall through */
    case BLOCK_LARGE:
        o = (kiln_object *)gc_block_addr(i);
        break;
    default:
        return NULL;
    }
    return o->klass != NULL ? o : NULL; /* a NULL klass is a free slot */
}

void kiln_gc_scan_range(const void *lo, const void *hi) {
    const uintptr_t *p = (const uintptr_t *)(((uintptr_t)lo + 7) & ~(uintptr_t)7);
    for (; (const void *)(p + 1) <= hi; p++) {
        kiln_object *o = object_containing(*p);
        if (o) mark_object(o);
    }
}

/*
 * Scans the running stack from here up to kiln_stack_base. The callee-saved registers
 * (System V AMD64 ABI §3.2.1: rbx, rbp, r12-r15) may hold the only copy of a caller's
 * reference, so they are stored into a local array first; the array lies below every caller
 * frame, so one scan from it covers registers and stack together. Caller-saved registers are
 * dead across the call that brought us here.
 */
__attribute__((noinline)) static void scan_current_stack(void) {
    uintptr_t regs[6];
#if defined(__x86_64__)
    __asm__ volatile("mov %%rbx, 0(%0)\n\t"
                     "mov %%rbp, 8(%0)\n\t"
                     "mov %%r12, 16(%0)\n\t"
                     "mov %%r13, 24(%0)\n\t"
                     "mov %%r14, 32(%0)\n\t"
                     "mov %%r15, 40(%0)"
                     :
                     : "r"(regs)
                     : "memory");
#else
#error "scan_current_stack: spill the callee-saved registers of this architecture"
#endif
    if (kiln_stack_base == NULL) kiln_plat_panic("gc: kiln_stack_base is not set");
    kiln_gc_scan_range(regs, kiln_stack_base);
}

/* Traces one gray object. Reference arrays are done ARRAY_CHUNK elements at a time. */
static void scan_object(kiln_object *o, int32_t from) {
    const kiln_class *c = o->klass;
    if (c->flags & KILN_CLASS_ARRAY) {
        if (!(c->flags & KILN_CLASS_REF_ARRAY)) return;
        kiln_object **el = KILN_ARRAY_DATA(o, kiln_object *);
        int32_t end = o->length;
        if (end - from > ARRAY_CHUNK) {
            end = from + ARRAY_CHUNK;
            push(o, end); /* the rest later: keeps the mark stack shallow */
        }
        for (int32_t i = from; i < end; i++) mark_ref(el[i]);
    } else if (c->ref_offsets) {
        for (const uint16_t *off = c->ref_offsets; *off; off++)
            mark_ref(*(kiln_object **)((char *)o + *off));
    }
}

/* Traces until the mark stack and the prefetch ring are both empty. */
static void drain(void) {
    do {
        while (mark_sp > 0) {
            mark_sp--;
            scan_object(mark_stack[mark_sp].obj, mark_stack[mark_sp].next);
        }
    } while (flush_prefetch_ring());
}

/* After an overflow: retrace every marked object, so children that did not fit get marked. */
static void rescan_heap(void) {
    for (uint32_t i = 0; i < kiln_gc_heap.nblocks; i++) {
        const gc_block *b = &kiln_gc_heap.table[i];
        char *base = gc_block_addr(i);
        if (b->kind == BLOCK_SMALL) {
            uint32_t size = kiln_gc_heap.slot_size[b->cls];
            for (char *p = base; p + size <= base + GC_BLOCK; p += size) {
                kiln_object *o = (kiln_object *)p;
                if (o->klass && (o->gc & GC_MARK)) {
                    scan_object(o, 0);
                    drain();
                }
            }
        } else if (b->kind == BLOCK_LARGE) {
            kiln_object *o = (kiln_object *)base;
            if (o->gc & GC_MARK) {
                scan_object(o, 0);
                drain();
            }
        }
    }
}

size_t gc_mark_all(void) {
    mark_sp = 0;
    mark_overflowed = 0;
    marked_bytes = 0;
    for (kiln_object **const *r = kiln_static_roots; *r; r++) mark_ref(**r);
    mark_ref(kiln_pending);
    mark_ref(kiln_oom_error);
    scan_current_stack();
    if (kiln_gc_root_hook) kiln_gc_root_hook();
    drain();
    while (mark_overflowed) {
        mark_overflowed = 0;
        rescan_heap();
    }
    return marked_bytes;
}
