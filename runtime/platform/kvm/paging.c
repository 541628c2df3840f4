/*
 * paging.c — the final identity-mapped page tables (4-level paging, Intel SDM vol. 3A §4.5).
 *
 * Protections:
 *   page 0                      not present (null pointer dereferences fault)
 *   4 KiB .. 1 MiB              read/write, no-execute (PVH start info, memory map, command line)
 *   image .text                 read-only, executable
 *   image .rodata               read-only, no-execute
 *   image .data/.bss            read/write, no-execute; the boot stack's guard page not present
 *   other usable RAM            read/write, no-execute; the main stack's guard page not present
 *   0xFE000000 .. 4 GiB         read/write, no-execute, uncached: device registers (virtio-mmio,
 *                               IOAPIC, local APIC) for the drivers, unless RAM is there
 * Mapped with 2 MiB pages where a whole aligned 2 MiB block has one protection, else 4 KiB pages.
 * CR0.WP (set in boot.S) makes the read-only protection apply to supervisor code too.
 */
#include <kiln/rt.h>
#include "kvm.h"

/* No SSE in the platform layer: see kvm.h. */
#pragma GCC target("general-regs-only")

#define PTE_P 0x1ull
#define PTE_RW 0x2ull
#define PTE_PWT 0x8ull
#define PTE_PCD 0x10ull
#define PTE_PS 0x80ull
#define PTE_NX (1ull << 63)
#define PTE_ADDR 0x000ffffffffff000ull
#define SIZE_2M (2ull << 20)
#define LIMIT_VA (1ull << 39) /* one PML4 entry: the first 512 GiB */

#define MSR_EFER 0xC0000080
#define EFER_NXE (1ull << 11)

int kiln_kvm_nx_enabled;
static uint64_t nx; /* PTE_NX when enabled, else 0 (the bit is reserved without EFER.NXE) */
static uint64_t *pml4, *pdpt;

static uint64_t *table(uint64_t entry) { return (uint64_t *)(uintptr_t)(entry & PTE_ADDR); }

/* The page directory for va, created on demand. */
static uint64_t *pd_for(uint64_t va) {
    uint64_t *e = &pdpt[(va >> 30) & 511];
    if (!(*e & PTE_P)) *e = (uintptr_t)kiln_kvm_early_page() | PTE_P | PTE_RW;
    return table(*e);
}

/* The page table for va, created on demand; a 2 MiB page there is split into 512 4 KiB pages. */
static uint64_t *pt_for(uint64_t va) {
    uint64_t *e = &pd_for(va)[(va >> 21) & 511];
    if ((*e & PTE_P) && !(*e & PTE_PS)) return table(*e);
    uint64_t *pt = kiln_kvm_early_page();
    if (*e & PTE_P) {
        uint64_t base = *e & PTE_ADDR & ~(SIZE_2M - 1);
        uint64_t flags = *e & (PTE_P | PTE_RW | PTE_PWT | PTE_PCD | PTE_NX);
        for (int i = 0; i < 512; i++) pt[i] = (base + (uint64_t)i * KILN_KVM_PAGE) | flags;
    }
    *e = (uintptr_t)pt | PTE_P | PTE_RW; /* upper levels allow everything; leaves decide */
    return pt;
}

/* Maps [start, end) (page aligned) with flags; 2 MiB pages where possible. */
static void map(uint64_t start, uint64_t end, uint64_t flags) {
    if (end > LIMIT_VA) end = LIMIT_VA;
    for (uint64_t a = start; a < end;) {
        uint64_t *pde = &pd_for(a)[(a >> 21) & 511];
        if ((a & (SIZE_2M - 1)) == 0 && a + SIZE_2M <= end && (!(*pde & PTE_P) || (*pde & PTE_PS))) {
            *pde = a | flags | PTE_PS;
            a += SIZE_2M;
        } else {
            pt_for(a)[(a >> 12) & 511] = a | flags;
            a += KILN_KVM_PAGE;
        }
    }
}

/* Sets 4 KiB granular protection on [start, end); flags 0 = not present. */
static void protect(uint64_t start, uint64_t end, uint64_t flags) {
    for (uint64_t a = start; a < end; a += KILN_KVM_PAGE) {
        pt_for(a)[(a >> 12) & 511] = flags ? (a | flags) : 0;
    }
}

static void enable_nx(void) {
    uint32_t r[4];
    kiln_cpuid(0x80000000u, 0, r);
    if (r[0] < 0x80000001u) return;
    kiln_cpuid(0x80000001u, 0, r);
    if (!(r[3] & (1u << 20))) return; /* CPUID.80000001H:EDX.NX [bit 20] */
    kiln_wrmsr(MSR_EFER, kiln_rdmsr(MSR_EFER) | EFER_NXE);
    nx = PTE_NX;
    kiln_kvm_nx_enabled = 1;
}

void kiln_kvm_paging_init(const struct kiln_pvh_start_info *si) {
    enable_nx();
    pml4 = kiln_kvm_early_page();
    pdpt = kiln_kvm_early_page();
    pml4[0] = (uintptr_t)pdpt | PTE_P | PTE_RW;

    const uint64_t data = PTE_P | PTE_RW | nx;
    map(0, 1u << 20, data);
    const struct kiln_pvh_memmap_entry *m = (const void *)(uintptr_t)si->memmap_paddr;
    int ram_in_device_window = 0;
    for (uint32_t i = 0; i < si->memmap_entries; i++) {
        if (m[i].type != KILN_E820_RAM) continue;
        uint64_t s = (m[i].addr + KILN_KVM_PAGE - 1) & ~(uint64_t)(KILN_KVM_PAGE - 1);
        uint64_t e = (m[i].addr + m[i].size) & ~(uint64_t)(KILN_KVM_PAGE - 1);
        if (s < (1u << 20)) s = 1u << 20;
        if (e > s) map(s, e, data);
        if (s < (1ull << 32) && e > 0xFE000000ull) ram_in_device_window = 1;
    }
    if (!ram_in_device_window) map(0xFE000000ull, 1ull << 32, data | PTE_PCD | PTE_PWT);

    /* The image: map it whole (in case the memory map is odd), then tighten. */
    map((uintptr_t)__kiln_image_start, (uintptr_t)__kiln_end, data);
    protect((uintptr_t)__kiln_text_start, (uintptr_t)__kiln_text_end, PTE_P);
    protect((uintptr_t)__kiln_rodata_start, (uintptr_t)__kiln_rodata_end, PTE_P | nx);

    protect(0, KILN_KVM_PAGE, 0);
    protect((uintptr_t)kiln_kvm_boot_stack_guard, (uintptr_t)kiln_kvm_boot_stack_guard + KILN_KVM_PAGE, 0);
    protect(kiln_kvm_layout.stack_guard, kiln_kvm_layout.stack_guard + KILN_KVM_PAGE, 0);

    __asm__ volatile("mov %0, %%cr3" ::"r"((uintptr_t)pml4) : "memory");
}

/* Walks the tables: is every byte of [p, p+n) mapped? Never faults. */
int kiln_kvm_readable(const void *p, size_t n) {
    if (!pml4) return 0;
    uint64_t a = (uintptr_t)p & ~(uint64_t)(KILN_KVM_PAGE - 1);
    uint64_t end = (uintptr_t)p + n;
    if (end < (uintptr_t)p || end > LIMIT_VA) return 0;
    for (; a < end; a += KILN_KVM_PAGE) {
        uint64_t e = pml4[(a >> 39) & 511];
        if (!(e & PTE_P)) return 0;
        e = table(e)[(a >> 30) & 511];
        if (!(e & PTE_P)) return 0;
        e = table(e)[(a >> 21) & 511];
        if (!(e & PTE_P)) return 0;
        if (e & PTE_PS) continue;
        e = table(e)[(a >> 12) & 511];
        if (!(e & PTE_P)) return 0;
    }
    return 1;
}
