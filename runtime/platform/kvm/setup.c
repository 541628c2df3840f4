/*
 * setup.c — from the boot stack to kiln_rt_main: memory map, page tables, traps, boot words.
 *
 * Memory layout (docs/boot.md has the picture):
 *   0 .. 4 KiB        unmapped (null dereferences fault)
 *   4 KiB .. 1 MiB    low memory: PVH start info, memory map and command line live here
 *   1 MiB ..          the image: text, rodata, data, bss (boot stack + its guard page in bss)
 *   image end ..      early pages: the page tables (kiln_kvm_early_page)
 *   .. heap ..        the rest of the largest usable RAM region
 *   guard page        unmapped
 *   main stack        8 MiB at the top of that region
 */
#include <kiln/rt.h>
#include "kvm.h"

/* No SSE in the platform layer: see kvm.h. */
#pragma GCC target("general-regs-only")

struct kiln_kvm_layout kiln_kvm_layout;

static uintptr_t early_next;  /* next free early page */
static uintptr_t early_limit; /* early pages must stay below this */

#define ALIGN_UP(x, a) (((x) + (a)-1) & ~(uintptr_t)((a)-1))
#define ALIGN_DOWN(x, a) ((x) & ~(uintptr_t)((a)-1))

void *kiln_kvm_early_alloc(size_t bytes) {
    size_t size = ALIGN_UP(bytes, KILN_KVM_PAGE);
    if (size > early_limit - early_next) {
        kiln_plat_panic("out of memory for page tables and boot words");
    }
    void *p = (void *)early_next;
    early_next += size;
    memset(p, 0, size);
    return p;
}

void *kiln_kvm_early_page(void) { return kiln_kvm_early_alloc(KILN_KVM_PAGE); }

/* Pushes *start past [s, s+n) when that range overlaps the area from *start on (boot data that a
 * loader placed above the image must not be overwritten by early pages). */
static void skip_over(uintptr_t *start, uint64_t s, uint64_t n) {
    if (s + n > *start && s < *start + (64u << 20)) {
        *start = ALIGN_UP(s + n, KILN_KVM_PAGE);
    }
}

/* Chooses the heap region: the largest usable RAM range above the image (PVH memmap, E820 types). */
static void choose_region(const struct kiln_pvh_start_info *si, uintptr_t above, uint64_t *best_start,
                          uint64_t *best_end) {
    const struct kiln_pvh_memmap_entry *m = (const void *)(uintptr_t)si->memmap_paddr;
    *best_start = *best_end = 0;
    uint64_t ram = 0;
    for (uint32_t i = 0; i < si->memmap_entries; i++) {
        if (m[i].type != KILN_E820_RAM) continue;
        ram += m[i].size;
        uint64_t s = ALIGN_UP(m[i].addr, KILN_KVM_PAGE);
        uint64_t e = ALIGN_DOWN(m[i].addr + m[i].size, KILN_KVM_PAGE);
        if (s < above) s = above;
        if (e > s && e - s > *best_end - *best_start) {
            *best_start = s;
            *best_end = e;
        }
    }
    kiln_kvm_layout.ram_bytes = ram;
}

void kiln_kvm_boot(void) {
    const struct kiln_pvh_start_info *si = (const void *)(uintptr_t)kiln_kvm_start_info;
    if (si->magic != KILN_PVH_MAGIC) {
        kiln_plat_panic("not started by a PVH loader (bad hvm_start_info magic)");
    }
    if (si->version < 1 || si->memmap_entries == 0) {
        kiln_plat_panic("the PVH loader gave no memory map (hvm_start_info version < 1)");
    }

    /* Early pages start after the image and after any boot data placed there. */
    uintptr_t early = ALIGN_UP((uintptr_t)__kiln_end, KILN_KVM_PAGE);
    skip_over(&early, kiln_kvm_start_info, sizeof *si);
    skip_over(&early, si->memmap_paddr, (uint64_t)si->memmap_entries * sizeof(struct kiln_pvh_memmap_entry));
    if (si->cmdline_paddr) {
        skip_over(&early, si->cmdline_paddr, strlen((const char *)(uintptr_t)si->cmdline_paddr) + 1);
    }

    uint64_t rs, re;
    choose_region(si, early, &rs, &re);
    struct kiln_kvm_layout *l = &kiln_kvm_layout;
    /* The main thread's stack: 8 MiB (a Linux main thread's default), halved while it would take
     * more than a quarter of the region, down to 1 MiB (HotSpot's default Java thread stack), so a
     * small machine (--mem 8M) still has most of its RAM for the heap. */
    uint64_t stack = KILN_KVM_STACK_SIZE;
    while (re > rs && stack > KILN_KVM_MIN_STACK_SIZE && stack > (re - rs) / 4) stack /= 2;
    l->stack_top = ALIGN_DOWN(re, 16);
    l->stack_bottom = l->stack_top - stack;
    l->stack_guard = l->stack_bottom - KILN_KVM_PAGE;
    if (re <= rs || re - rs < stack + (2u << 20) || re > (1ull << 39)) {
        kiln_plat_panic("not enough usable RAM above the image (need a 1 MiB stack and 2 MiB more): give the machine more memory (kiln run --mem)");
    }
    /* Usually the chosen region starts right at `early` (the RAM after the image); otherwise the
     * early pages still go after the image, and page tables for the whole map fit in 1 MiB there
     * unless RAM is hundreds of GiB. */
    int heap_after_image = rs == early;
    early_next = early;
    early_limit = heap_after_image ? l->stack_guard : early + (1u << 20);

    kiln_kvm_paging_init(si);
    kiln_kvm_traps_init();
    kiln_kvm_cmdline_init(si->cmdline_paddr ? (const char *)(uintptr_t)si->cmdline_paddr : "");

    l->heap_start = heap_after_image ? early_next : rs;
    l->heap_end = l->stack_guard;
    if (l->heap_end <= l->heap_start + (1u << 20)) {
        kiln_plat_panic("not enough RAM for a heap");
    }

    kiln_stack_base = (char *)l->stack_top;
    kiln_stack_limit = (char *)l->stack_bottom + KILN_KVM_STACK_RESERVE;

    extern _Noreturn void kiln_kvm_enter(void *heap, size_t size, char *stack_top);
    kiln_kvm_enter((void *)l->heap_start, l->heap_end - l->heap_start, (char *)l->stack_top);
}
