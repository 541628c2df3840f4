/*
 * gc_heap.h — internal layout of the Kiln heap, shared by gc.c (allocation, sweeping, policy) and
 * gc_mark.c (roots and marking). Nothing outside runtime/core/gc*.c includes this; everybody else
 * uses the GC API in kiln/rt.h. docs/gc.md explains the design in prose.
 *
 * The heap is a "big bag of pages": the region handed to kiln_gc_init is cut into BLOCK-sized,
 * BLOCK-aligned blocks. A block is either free, holds equal-sized slots of one size class
 * ("small" objects, up to half a block), or is part of a run of whole blocks holding one "large"
 * object. A table with one entry per block (stored at the start of the region) says which, so any
 * address — even one pointing into the middle of an object — maps to its object in O(1). That is
 * what conservative stack scanning needs.
 */
#ifndef KILN_GC_HEAP_H
#define KILN_GC_HEAP_H

#include <kiln/rt.h>

#define GC_BLOCK_SHIFT 15
#define GC_BLOCK ((size_t)1 << GC_BLOCK_SHIFT) /* 32 KiB */
#define GC_MAX_SMALL (GC_BLOCK / 2)           /* larger objects get whole blocks */
#define GC_MARK 1u                            /* bit 0 of kiln_object.gc */

enum { BLOCK_FREE = 0, BLOCK_SMALL, BLOCK_LARGE, BLOCK_LARGE_TAIL };

typedef struct gc_block {
    uint8_t kind;   /* BLOCK_* */
    uint8_t cls;    /* BLOCK_SMALL: size class index */
    uint16_t unused;
    uint32_t aux;   /* SMALL: next block in its class's to-sweep list (+1, 0 ends);
                       LARGE: number of blocks in the run; LARGE_TAIL: index of the run's head */
} gc_block;

/* The heap, as a single global: one heap per image. */
typedef struct gc_heap {
    char *lo, *hi;      /* the blocks: [lo, hi), lo BLOCK-aligned */
    uint32_t nblocks;
    gc_block *table;    /* nblocks entries, kept in front of lo */
    uint32_t slot_size[64]; /* size class -> slot bytes */
} gc_heap;

extern gc_heap kiln_gc_heap;

/* Counters for tests and benchmarks (runtime/test). */
typedef struct gc_stats {
    uint64_t collections;
    uint64_t pause_ns_total, pause_ns_max;
    size_t last_live_bytes;
} gc_stats;
extern gc_stats kiln_gc_stats;

static inline int gc_in_heap(const void *p) {
    return (const char *)p >= kiln_gc_heap.lo && (const char *)p < kiln_gc_heap.hi;
}

static inline uint32_t gc_block_index(const void *p) {
    return (uint32_t)(((const char *)p - kiln_gc_heap.lo) >> GC_BLOCK_SHIFT);
}

static inline char *gc_block_addr(uint32_t i) {
    return kiln_gc_heap.lo + ((size_t)i << GC_BLOCK_SHIFT);
}

/* Bytes an object occupies in the heap: its slot, or its whole run of blocks. */
size_t gc_footprint(const kiln_object *o);

/* Marking (gc_mark.c): marks everything reachable from the roots and returns the bytes marked
 * (by footprint). Every small block must be swept (no dead object with a klass) beforehand. */
size_t gc_mark_all(void);

#endif
