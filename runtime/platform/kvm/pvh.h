/*
 * pvh.h — the data the PVH boot protocol hands to the image.
 *
 * Reference: Xen "x86/HVM direct boot ABI" (docs/misc/pvh.pandoc) and the hvm_start_info layout in
 * Xen's public header arch-x86/hvm/start_info.h. A loader that finds an ELF note of type
 * XEN_ELFNOTE_PHYS32_ENTRY (18) jumps to the 32-bit physical address in that note with paging off,
 * flat 4 GiB CS/DS/ES/SS, interrupts off and %ebx = physical address of struct kiln_pvh_start_info.
 * QEMU implements the loader in its pvh.bin option ROM (used for -kernel with such an ELF).
 */
#ifndef KILN_KVM_PVH_H
#define KILN_KVM_PVH_H

#include <stdint.h>

#define KILN_PVH_MAGIC 0x336ec578u /* "xEn3" with the top bit of each byte cleared */

struct kiln_pvh_start_info {
    uint32_t magic;
    uint32_t version;        /* 0: fields up to rsdp_paddr; >= 1: memmap fields valid */
    uint32_t flags;
    uint32_t nr_modules;
    uint64_t modlist_paddr;
    uint64_t cmdline_paddr;  /* NUL-terminated ASCII, or 0 */
    uint64_t rsdp_paddr;
    uint64_t memmap_paddr;   /* array of kiln_pvh_memmap_entry */
    uint32_t memmap_entries;
    uint32_t reserved;
};

/* One memory-map entry; types are the E820 types of the ACPI spec (§15, "Address Range Types"). */
struct kiln_pvh_memmap_entry {
    uint64_t addr;
    uint64_t size;
    uint32_t type;
    uint32_t reserved;
};

#define KILN_E820_RAM 1

#endif
