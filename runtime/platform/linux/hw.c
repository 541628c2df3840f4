/*
 * hw.c — kiln.hw (libos/hw) on the linux target. There is no device in a Linux process, so MMIO and
 * port I/O stop the program with a message naming the call; DMA memory is ordinary C heap memory,
 * so driver logic (rings, request formats) can run here against a device simulated in Java.
 */
#define _GNU_SOURCE
#include <kiln/rt.h>
#include <kiln/hw.h>

#include <stdlib.h>
#include <string.h>

static size_t dma_used;

_Noreturn void kiln_hw_unavailable(const char *what) {
    static const char prefix[] = "kiln.hw.";
    static const char suffix[] = ": device registers and I/O ports exist only on the kvm target";
    char msg[160];
    size_t n = 0;
    for (const char *p = prefix; *p && n < sizeof msg - 1; p++) msg[n++] = *p;
    for (const char *p = what; *p && n < sizeof msg - 1; p++) msg[n++] = *p;
    for (const char *p = suffix; *p && n < sizeof msg - 1; p++) msg[n++] = *p;
    msg[n] = 0;
    kiln_plat_panic(msg);
}

jint kiln_native_kiln_hw_Mmio_read8(jlong a) { (void)a; kiln_hw_unavailable("Mmio.read8"); }
jint kiln_native_kiln_hw_Mmio_read16(jlong a) { (void)a; kiln_hw_unavailable("Mmio.read16"); }
jint kiln_native_kiln_hw_Mmio_read32(jlong a) { (void)a; kiln_hw_unavailable("Mmio.read32"); }
jlong kiln_native_kiln_hw_Mmio_read64(jlong a) { (void)a; kiln_hw_unavailable("Mmio.read64"); }
void kiln_native_kiln_hw_Mmio_write8(jlong a, jint v) { (void)a; (void)v; kiln_hw_unavailable("Mmio.write8"); }
void kiln_native_kiln_hw_Mmio_write16(jlong a, jint v) { (void)a; (void)v; kiln_hw_unavailable("Mmio.write16"); }
void kiln_native_kiln_hw_Mmio_write32(jlong a, jint v) { (void)a; (void)v; kiln_hw_unavailable("Mmio.write32"); }
void kiln_native_kiln_hw_Mmio_write64(jlong a, jlong v) { (void)a; (void)v; kiln_hw_unavailable("Mmio.write64"); }

jint kiln_native_kiln_hw_Port_in8(jint p) { (void)p; kiln_hw_unavailable("Port.in8"); }
jint kiln_native_kiln_hw_Port_in16(jint p) { (void)p; kiln_hw_unavailable("Port.in16"); }
jint kiln_native_kiln_hw_Port_in32(jint p) { (void)p; kiln_hw_unavailable("Port.in32"); }
void kiln_native_kiln_hw_Port_out8(jint p, jint v) { (void)p; (void)v; kiln_hw_unavailable("Port.out8"); }
void kiln_native_kiln_hw_Port_out16(jint p, jint v) { (void)p; (void)v; kiln_hw_unavailable("Port.out16"); }
void kiln_native_kiln_hw_Port_out32(jint p, jint v) { (void)p; (void)v; kiln_hw_unavailable("Port.out32"); }

void kiln_native_kiln_hw_Barrier_full(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
void kiln_native_kiln_hw_Barrier_read(void) { __atomic_thread_fence(__ATOMIC_ACQUIRE); }
void kiln_native_kiln_hw_Barrier_write(void) { __atomic_thread_fence(__ATOMIC_RELEASE); }

jlong kiln_native_kiln_hw_Dma_allocate(jint bytes, jint align) {
    if (bytes <= 0 || align <= 0 || align > 4096 || (align & (align - 1)) != 0) return 0;
    size_t size = ((size_t)bytes + (size_t)align - 1) & ~((size_t)align - 1);
    void *p = aligned_alloc((size_t)align, size);
    if (p == NULL) return 0;
    memset(p, 0, size);
    dma_used += size;
    return (jlong)(uintptr_t)p;
}

/* No fixed pool: the process can allocate until the C heap runs out. */
jlong kiln_native_kiln_hw_Dma_capacity(void) { return INT64_MAX; }
jlong kiln_native_kiln_hw_Dma_used(void) { return (jlong)dma_used; }

jint kiln_native_kiln_hw_Dma_get8(jlong a) { return *(volatile uint8_t *)(uintptr_t)a; }
jint kiln_native_kiln_hw_Dma_get16(jlong a) { return *(volatile uint16_t *)(uintptr_t)a; }
jint kiln_native_kiln_hw_Dma_get32(jlong a) { return (jint)*(volatile uint32_t *)(uintptr_t)a; }
jlong kiln_native_kiln_hw_Dma_get64(jlong a) { return (jlong)*(volatile uint64_t *)(uintptr_t)a; }
void kiln_native_kiln_hw_Dma_put8(jlong a, jint v) { *(volatile uint8_t *)(uintptr_t)a = (uint8_t)v; }
void kiln_native_kiln_hw_Dma_put16(jlong a, jint v) { *(volatile uint16_t *)(uintptr_t)a = (uint16_t)v; }
void kiln_native_kiln_hw_Dma_put32(jlong a, jint v) { *(volatile uint32_t *)(uintptr_t)a = (uint32_t)v; }
void kiln_native_kiln_hw_Dma_put64(jlong a, jlong v) { *(volatile uint64_t *)(uintptr_t)a = (uint64_t)v; }

void kiln_native_kiln_hw_Dma_zero(jlong a, jint len) { memset((void *)(uintptr_t)a, 0, (size_t)len); }

void kiln_native_kiln_hw_Dma_copyFromArray(jlong a, kiln_object *src, jint off, jint len) {
    memcpy((void *)(uintptr_t)a, KILN_ARRAY_DATA(src, jbyte) + off, (size_t)len);
}

void kiln_native_kiln_hw_Dma_copyToArray(jlong a, kiln_object *dst, jint off, jint len) {
    memcpy(KILN_ARRAY_DATA(dst, jbyte) + off, (const void *)(uintptr_t)a, (size_t)len);
}

/* kiln.hw.Irq: no interrupt lines in a Linux process. */
jint kiln_native_kiln_hw_Irq_route(jint gsi, jint level, jint active_low) {
    (void)gsi, (void)level, (void)active_low;
    kiln_hw_unavailable("Irq.route");
}
void kiln_native_kiln_hw_Irq_await(jint vector) { (void)vector; kiln_hw_unavailable("Irq.await"); }
void kiln_native_kiln_hw_Irq_awaitOrUnpark(jint vector, jlong timeout) {
    (void)vector;
    (void)timeout;
    kiln_hw_unavailable("Irq.awaitOrUnpark");
}
void kiln_native_kiln_hw_Irq_unmask(jint vector) { (void)vector; kiln_hw_unavailable("Irq.unmask"); }
