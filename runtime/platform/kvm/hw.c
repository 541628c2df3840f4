/*
 * hw.c — the natives of kiln.hw (libos/hw) on the kvm target: MMIO, port I/O, barriers and the DMA
 * pool. The compiler normally inlines these (kiln/hw.h); the functions here are the out-of-line
 * definitions the natives' names resolve to when a call is not inlined.
 *
 * DMA pool: a fixed block in .bss, identity-mapped read/write (paging.c), handed out by a bump
 * pointer. The collector never sees it (it only manages the heap region), so device-visible memory
 * is never moved or freed. Drivers allocate rings and buffers once, when a device starts; there is
 * no free. 2 MiB holds a net device (two 256-entry queues, 256 receive and 256 transmit buffers of
 * 1.5 KiB: about 0.8 MiB) plus a block and an rng device. Every image carries the pool in .bss (it
 * costs RAM, not image size); Dma.allocate answers 0 when it is exhausted.
 */
/* No SSE in the platform layer (kvm.h); before the includes so kiln/hw.h's inline functions share
 * the target and can be inlined. */
#pragma GCC target("general-regs-only")

#ifndef KILN_TARGET_KVM
#define KILN_TARGET_KVM 1 /* this file is the kvm platform, whatever the build passed */
#endif
#include <kiln/rt.h>
#include <kiln/hw.h>
#include "kvm.h"

#define DMA_POOL_BYTES (1u << 20)

static uint8_t dma_pool[DMA_POOL_BYTES] __attribute__((aligned(4096)));
static size_t dma_next;

jint kiln_native_kiln_hw_Mmio_read8(jlong a) { return kiln_hw_read8(a); }
jint kiln_native_kiln_hw_Mmio_read16(jlong a) { return kiln_hw_read16(a); }
jint kiln_native_kiln_hw_Mmio_read32(jlong a) { return kiln_hw_read32(a); }
jlong kiln_native_kiln_hw_Mmio_read64(jlong a) { return kiln_hw_read64(a); }
void kiln_native_kiln_hw_Mmio_write8(jlong a, jint v) { kiln_hw_write8(a, v); }
void kiln_native_kiln_hw_Mmio_write16(jlong a, jint v) { kiln_hw_write16(a, v); }
void kiln_native_kiln_hw_Mmio_write32(jlong a, jint v) { kiln_hw_write32(a, v); }
void kiln_native_kiln_hw_Mmio_write64(jlong a, jlong v) { kiln_hw_write64(a, v); }

jint kiln_native_kiln_hw_Port_in8(jint p) { return kiln_hw_in8(p); }
jint kiln_native_kiln_hw_Port_in16(jint p) { return kiln_hw_in16(p); }
jint kiln_native_kiln_hw_Port_in32(jint p) { return kiln_hw_in32(p); }
void kiln_native_kiln_hw_Port_out8(jint p, jint v) { kiln_hw_out8(p, v); }
void kiln_native_kiln_hw_Port_out16(jint p, jint v) { kiln_hw_out16(p, v); }
void kiln_native_kiln_hw_Port_out32(jint p, jint v) { kiln_hw_out32(p, v); }

void kiln_native_kiln_hw_Barrier_full(void) { kiln_hw_fence_full(); }
void kiln_native_kiln_hw_Barrier_read(void) { kiln_hw_fence_read(); }
void kiln_native_kiln_hw_Barrier_write(void) { kiln_hw_fence_write(); }

jlong kiln_native_kiln_hw_Dma_allocate(jint bytes, jint align) {
    if (bytes <= 0 || align <= 0 || align > 4096 || (align & (align - 1)) != 0) return 0;
    size_t start = (dma_next + (size_t)align - 1) & ~((size_t)align - 1);
    if (start > DMA_POOL_BYTES || (size_t)bytes > DMA_POOL_BYTES - start) return 0;
    dma_next = start + (size_t)bytes;
    /* .bss is zero at boot and nothing is ever handed out twice, so the block is still zero. */
    return (jlong)(uintptr_t)(dma_pool + start);
}

jlong kiln_native_kiln_hw_Dma_capacity(void) { return DMA_POOL_BYTES; }
jlong kiln_native_kiln_hw_Dma_used(void) { return (jlong)dma_next; }

/* Plain memory, but volatile: the device reads and writes it behind the compiler's back. */
jint kiln_native_kiln_hw_Dma_get8(jlong a) { return kiln_hw_read8(a); }
jint kiln_native_kiln_hw_Dma_get16(jlong a) { return kiln_hw_read16(a); }
jint kiln_native_kiln_hw_Dma_get32(jlong a) { return kiln_hw_read32(a); }
jlong kiln_native_kiln_hw_Dma_get64(jlong a) { return kiln_hw_read64(a); }
void kiln_native_kiln_hw_Dma_put8(jlong a, jint v) { kiln_hw_write8(a, v); }
void kiln_native_kiln_hw_Dma_put16(jlong a, jint v) { kiln_hw_write16(a, v); }
void kiln_native_kiln_hw_Dma_put32(jlong a, jint v) { kiln_hw_write32(a, v); }
void kiln_native_kiln_hw_Dma_put64(jlong a, jlong v) { kiln_hw_write64(a, v); }

void kiln_native_kiln_hw_Dma_zero(jlong a, jint len) { memset((void *)(uintptr_t)a, 0, (size_t)len); }

void kiln_native_kiln_hw_Dma_copyFromArray(jlong a, kiln_object *src, jint off, jint len) {
    memcpy((void *)(uintptr_t)a, KILN_ARRAY_DATA(src, jbyte) + off, (size_t)len);
}

void kiln_native_kiln_hw_Dma_copyToArray(jlong a, kiln_object *dst, jint off, jint len) {
    memcpy(KILN_ARRAY_DATA(dst, jbyte) + off, (const void *)(uintptr_t)a, (size_t)len);
}
