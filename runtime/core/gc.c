/*
 * gc.c — the allocator and the collection policy of Kiln's non-moving mark-sweep collector.
 * Layout: gc_heap.h. Marking: gc_mark.c. Design and measurements: docs/gc.md.
 *
 * Allocation of a small object (<= GC_MAX_SMALL bytes) pops the free list of its size class.
 * When that list is empty, the slow path, in order:
 *   1. sweeps the next not-yet-swept block of the class (sweeping is lazy: a collection only
 *      marks, and each block is swept when its class next needs memory);
 *   2. takes a free block, if the heap may still grow (see "policy" below);
 *   3. collects, then retries 1-2 ignoring the growth limit;
 *   4. gives up: kiln_pending = the OutOfMemoryError, result NULL.
 * Large objects take a run of whole blocks through the same steps 2-4 (from the top of the heap,
 * small blocks from the bottom, which keeps long free runs).
 *
 * Free slots have klass == NULL and keep the free-list link in their second word. Memory is
 * zeroed when handed out, so the free list needs no other care.
 *
 * Policy: after a collection that found L live bytes, the heap may use up to
 * max(GC_MIN_LIMIT, GC_GROWTH * L) bytes of blocks before the next collection, so the work of
 * marking (proportional to L) is paid for by about 3L bytes of allocation, while small programs
 * touch little memory. The limit only bounds growth; when it is hit the collector runs, and if
 * the heap is then really full it may use every block before reporting OutOfMemoryError.
 */
#include "gc_heap.h"

#define GC_GROWTH 4
#define GC_MIN_LIMIT ((size_t)16 << 20)
#define NEXT_FREE(o) (*(kiln_object **)((char *)(o) + 8)) /* free-list link of a free slot */

gc_heap kiln_gc_heap;
gc_stats kiln_gc_stats;
kiln_object *kiln_oom_error;

/* Slot sizes: multiples of 16; above 128 bytes each class is about a quarter larger than the one
 * before (at most half); the largest ones divide a block evenly, so little of a block is lost. */
static const uint32_t class_sizes[] = {
    16,   32,   48,   64,   80,   96,   112,  128,  160,  192,  224,   256,   320,  384,  448, 512,  640,
    768,  896,  1024, 1280, 1536, 1792, 2048, 2720, 3264, 4096, 4672, 5456, 6544, 8192, 10912, 16384,
};
#define NCLASSES (sizeof class_sizes / sizeof class_sizes[0])

static uint8_t size_to_class[GC_MAX_SMALL / 16 + 1]; /* indexed by (bytes + 15) / 16 */
static kiln_object *free_list[NCLASSES];
static uint32_t to_sweep[NCLASSES]; /* first block waiting to be swept, as index + 1; 0 = none */
static uint32_t first_free;         /* no block below this index is free */
static uint32_t blocks_used;        /* blocks that are not BLOCK_FREE */
static uint32_t block_limit;        /* growth limit in blocks, set after each collection */
static size_t live_bytes;           /* footprint marked by the last collection */
static size_t allocated_bytes;      /* footprint handed out since then */
static uint32_t hash_state = 0x9e3779b9u;

static void set_limit(size_t bytes) {
    size_t blocks = (bytes + GC_BLOCK - 1) >> GC_BLOCK_SHIFT;
    block_limit = blocks > kiln_gc_heap.nblocks ? kiln_gc_heap.nblocks : (uint32_t)blocks;
}

void kiln_gc_init(void *start, size_t size) {
    uintptr_t s = ((uintptr_t)start + 15) & ~(uintptr_t)15, end = (uintptr_t)start + size;
    if (end < s + 2 * GC_BLOCK) kiln_plat_panic("gc: heap region too small");
    /* The block table goes first; sizing it for every block of the whole region is enough. */
    size_t n = (end - s) >> GC_BLOCK_SHIFT;
    uintptr_t lo = (s + n * sizeof(gc_block) + GC_BLOCK - 1) & ~(uintptr_t)(GC_BLOCK - 1);
    if (end < lo + GC_BLOCK) kiln_plat_panic("gc: heap region too small");
    n = (end - lo) >> GC_BLOCK_SHIFT;
    if (n > UINT32_MAX - 1) n = UINT32_MAX - 1;

    kiln_gc_heap.table = (gc_block *)s;
    kiln_gc_heap.nblocks = (uint32_t)n;
    kiln_gc_heap.lo = (char *)lo;
    kiln_gc_heap.hi = (char *)lo + (n << GC_BLOCK_SHIFT);
    memset(kiln_gc_heap.table, 0, n * sizeof(gc_block)); /* every block BLOCK_FREE */

    for (uint32_t c = 0, b = 0; b <= GC_MAX_SMALL / 16; b++) {
        while (class_sizes[c] < b * 16) c++;
        size_to_class[b] = (uint8_t)c;
    }
    for (uint32_t c = 0; c < NCLASSES; c++) kiln_gc_heap.slot_size[c] = class_sizes[c];
    set_limit(GC_MIN_LIMIT);
}

static void release_blocks(uint32_t i, uint32_t n) {
    for (uint32_t k = 0; k < n; k++) kiln_gc_heap.table[i + k].kind = BLOCK_FREE;
    blocks_used -= n;
    if (i < first_free) first_free = i;
}

/*
 * Sweeps one small block: survivors lose their mark, everything else becomes a free slot on the
 * class's free list. A block with no survivor goes back to the free blocks instead, so memory
 * moves between size classes and to large objects.
 */
static void sweep_block(uint32_t i) {
    gc_block *b = &kiln_gc_heap.table[i];
    uint32_t size = kiln_gc_heap.slot_size[b->cls];
    char *base = gc_block_addr(i), *end = base + GC_BLOCK;
    kiln_object *head = NULL, **tail = &head;
    int live = 0;
    for (char *p = base; p + size <= end; p += size) {
        kiln_object *o = (kiln_object *)p;
        if (o->klass && (o->gc & GC_MARK)) {
            o->gc &= ~GC_MARK;
            live = 1;
        } else {
            o->klass = NULL;
            *tail = o;
            tail = &NEXT_FREE(o);
        }
    }
    if (!live) {
        release_blocks(i, 1);
        return;
    }
    *tail = free_list[b->cls];
    free_list[b->cls] = head;
}

static int sweep_one(uint32_t cls) {
    uint32_t i = to_sweep[cls];
    if (!i) return 0;
    to_sweep[cls] = kiln_gc_heap.table[i - 1].aux;
    sweep_block(i - 1);
    return 1;
}

static int sweep_all(void) {
    int any = 0;
    for (uint32_t c = 0; c < NCLASSES; c++)
        while (sweep_one(c)) any = 1;
    return any;
}

/*
 * Where blocks come from: single blocks (for small objects) from the bottom of the heap, runs for
 * large objects from the top, so that long-lived small blocks do not end up scattered between
 * the large objects and cut the free space into runs too short for the next large one.
 */
static int64_t find_block(void) {
    const gc_block *t = kiln_gc_heap.table;
    uint32_t i = first_free, nb = kiln_gc_heap.nblocks;
    while (i < nb && t[i].kind != BLOCK_FREE) i++;
    first_free = i;
    return i < nb ? (int64_t)i : -1;
}

/* n free blocks in a row: the lowest single block, or the highest run; -1 if there is none. */
static int64_t find_run(uint32_t n) {
    if (n == 1) return find_block();
    const gc_block *t = kiln_gc_heap.table;
    uint32_t end = kiln_gc_heap.nblocks; /* candidate run: [end - n, end) */
    while (end >= (uint64_t)first_free + n) {
        uint32_t j = end;
        while (j > end - n && t[j - 1].kind == BLOCK_FREE) j--;
        if (j == end - n) return j;
        end = j - 1; /* t[j - 1] is in use: the run must end below it */
    }
    return -1;
}

/* Takes n contiguous free blocks, sweeping pending blocks to free empty ones if needed. With
 * respect_limit, refuses to grow past block_limit (the caller then collects). */
static int64_t take_blocks(uint32_t n, int respect_limit) {
    if (respect_limit && blocks_used + n > block_limit) {
        sweep_all();
        if (blocks_used + n > block_limit) return -1;
    }
    int64_t i = find_run(n);
    if (i < 0 && sweep_all()) i = find_run(n);
    if (i < 0) return -1;
    blocks_used += n;
    if ((uint32_t)i == first_free) first_free += n;
    return i;
}

/* A fresh block for class cls: all its slots go on the free list. */
static int new_small_block(uint32_t cls, int respect_limit) {
    int64_t i = take_blocks(1, respect_limit);
    if (i < 0) return 0;
    gc_block *b = &kiln_gc_heap.table[i];
    b->kind = BLOCK_SMALL;
    b->cls = (uint8_t)cls;
    b->aux = 0;
    uint32_t size = kiln_gc_heap.slot_size[cls];
    char *base = gc_block_addr((uint32_t)i), *end = base + GC_BLOCK;
    kiln_object *head = NULL, **tail = &head;
    for (char *p = base; p + size <= end; p += size) {
        ((kiln_object *)p)->klass = NULL;
        *tail = (kiln_object *)p;
        tail = &NEXT_FREE(p);
    }
    *tail = free_list[cls];
    free_list[cls] = head;
    return 1;
}

/* One attempt at finding memory without collecting; NULL if the policy says collect first. */
static void *try_alloc(size_t bytes, int respect_limit) {
    if (bytes <= GC_MAX_SMALL) {
        uint32_t cls = size_to_class[(bytes + 15) >> 4];
        while (!free_list[cls] && sweep_one(cls)) {
        }
        if (!free_list[cls] && !new_small_block(cls, respect_limit)) return NULL;
        kiln_object *o = free_list[cls];
        free_list[cls] = NEXT_FREE(o);
        allocated_bytes += kiln_gc_heap.slot_size[cls];
        return o;
    }
    size_t n = (bytes + GC_BLOCK - 1) >> GC_BLOCK_SHIFT;
    if (n > kiln_gc_heap.nblocks) return NULL;
    int64_t i = take_blocks((uint32_t)n, respect_limit);
    if (i < 0) return NULL;
    gc_block *t = kiln_gc_heap.table;
    t[i].kind = BLOCK_LARGE;
    t[i].aux = (uint32_t)n;
    for (uint32_t k = 1; k < n; k++) {
        t[i + k].kind = BLOCK_LARGE_TAIL;
        t[i + k].aux = (uint32_t)i;
    }
    allocated_bytes += n << GC_BLOCK_SHIFT;
    return gc_block_addr((uint32_t)i);
}

static void *alloc_slow(size_t bytes) {
    void *p = try_alloc(bytes, 1);
    if (!p && bytes <= kiln_gc_heap_size()) {
        kiln_gc_collect();
        p = try_alloc(bytes, 0);
    }
    if (p) return p;
    if (!kiln_oom_error)
        kiln_plat_panic("out of memory: the Java heap is exhausted before java.lang.OutOfMemoryError "
                        "exists (raise the heap size: KILN_HEAP_MB on linux)");
    kiln_pending = kiln_oom_error;
    return NULL;
}

/* Zeroed memory for an object of `bytes` bytes (header included), or NULL with OOM pending. */
static inline kiln_object *gc_alloc(size_t bytes) {
    kiln_object *o = NULL;
    if (bytes <= GC_MAX_SMALL) { /* fast path: pop the class's free list */
        uint32_t cls = size_to_class[(bytes + 15) >> 4];
        o = free_list[cls];
        if (o) {
            free_list[cls] = NEXT_FREE(o);
            allocated_bytes += kiln_gc_heap.slot_size[cls];
        }
    }
    if (!o && !(o = alloc_slow(bytes))) return NULL;
    if (bytes <= 256) {
        /* Most objects are small: a few 16-byte stores beat a call to memset. Objects are
         * 16-byte aligned and slots a multiple of 16 long. The empty asm hides the loop from
         * gcc, which would otherwise turn it back into memset or `rep stos`. */
        typedef int64_t v16 __attribute__((vector_size(16))); /* one SSE2 register */
        v16 *w = (v16 *)o;
        for (size_t n = (bytes + 15) / 16; n > 0; n--) {
            *w++ = (v16){0, 0};
            __asm__("" : "+r"(w));
        }
    } else {
        memset(o, 0, bytes);
    }
    return o;
}

static inline size_t array_bytes(const kiln_class *ac, jint length) {
    return (KILN_HEADER_SIZE + (size_t)(uint32_t)length * ac->size + 7) & ~(size_t)7;
}

kiln_object *kiln_new_object(const kiln_class *c) {
    kiln_object *o = gc_alloc(c->size);
    if (o) o->klass = c;
    return o;
}

kiln_object *kiln_new_array(const kiln_class *array_class, jint length) {
    kiln_object *o = gc_alloc(array_bytes(array_class, length));
    if (o) {
        o->klass = array_class;
        o->length = length;
    }
    return o;
}

int kiln_gc_in_heap(const void *p) {
    return (const char *)p >= kiln_gc_heap.lo && (const char *)p < kiln_gc_heap.hi;
}

kiln_object *kiln_clone(kiln_object *o) {
    const kiln_class *c = o->klass;
    size_t bytes = (c->flags & KILN_CLASS_ARRAY) ? array_bytes(c, o->length) : c->size;
    kiln_object *copy = gc_alloc(bytes); /* o stays reachable: it is live in this frame */
    if (copy) {
        memcpy(copy, o, bytes);
        copy->gc = 0; /* unmarked, and a new identity */
        if (!(c->flags & KILN_CLASS_ARRAY)) copy->length = 0; /* a new object holds no lock */
    }
    return copy;
}

void kiln_gc_collect(void) {
    int64_t t0 = kiln_plat_nanotime();
    /* Marking needs every dead object of the last cycle gone (a conservative root could
     * otherwise revive one whose referents were already reused), so finish the lazy sweep. The
     * free lists are rebuilt by the coming sweep. */
    sweep_all();
    for (uint32_t c = 0; c < NCLASSES; c++) free_list[c] = NULL;

    size_t live = gc_mark_all();

    /* Large objects are swept now (one check per object); small blocks are queued, lowest
     * address first, to be swept lazily by the allocator. */
    gc_block *t = kiln_gc_heap.table;
    for (uint32_t i = kiln_gc_heap.nblocks; i-- > 0;) {
        if (t[i].kind == BLOCK_SMALL) {
            t[i].aux = to_sweep[t[i].cls];
            to_sweep[t[i].cls] = i + 1;
        } else if (t[i].kind == BLOCK_LARGE) {
            kiln_object *o = (kiln_object *)gc_block_addr(i);
            if (o->gc & GC_MARK)
                o->gc &= ~GC_MARK;
            else
                release_blocks(i, t[i].aux);
        }
    }
    live_bytes = live;
    allocated_bytes = 0;
    set_limit(live * GC_GROWTH > GC_MIN_LIMIT ? live * GC_GROWTH : GC_MIN_LIMIT);

    uint64_t pause = (uint64_t)(kiln_plat_nanotime() - t0);
    kiln_gc_stats.collections++;
    kiln_gc_stats.pause_ns_total += pause;
    if (pause > kiln_gc_stats.pause_ns_max) kiln_gc_stats.pause_ns_max = pause;
    kiln_gc_stats.last_live_bytes = live;
}

size_t kiln_gc_heap_size(void) { return (size_t)kiln_gc_heap.nblocks << GC_BLOCK_SHIFT; }

/* Exact right after a collection (heap minus what was marked), then minus what was allocated. */
size_t kiln_gc_free_bytes(void) {
    size_t used = live_bytes + allocated_bytes, total = kiln_gc_heap_size();
    return used >= total ? 0 : total - used;
}

/*
 * Identity hashes of heap objects live in bits 1..31 of the gc word, drawn from a xorshift32
 * generator (Marsaglia 2003) the first time they are asked for. Objects outside the heap
 * (string literals, classes) never move and may sit in read-only memory, so theirs is a hash of
 * their address.
 */
jint kiln_identity_hash(kiln_object *o) {
    if (!gc_in_heap(o)) {
        uint32_t h = (uint32_t)(((uint64_t)(uintptr_t)o * 0x9e3779b97f4a7c15ull) >> 33);
        return (jint)(h ? h : 1);
    }
    uint32_t h = o->gc >> 1;
    while (h == 0) {
        uint32_t x = hash_state;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        hash_state = x;
        h = x >> 1;
    }
    o->gc = (h << 1) | (o->gc & GC_MARK);
    return (jint)h;
}
