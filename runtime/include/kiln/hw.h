/*
 * kiln/hw.h — the machine operations behind kiln.hw (libos/hw): one volatile access, one in/out
 * instruction or one fence each. Shared by the kvm platform's natives (runtime/platform/kvm/hw.c)
 * and by the compiler, whose inline versions of the kiln.hw natives call these so a driver's
 * register access compiles to a single instruction (kiln.compiler.emit.Intrinsics).
 *
 * The raw operations (kiln_hw_read32, kiln_hw_in8, ...) are plain x86-64 C and compile anywhere; the
 * kiln_hw_mmio_* / kiln_hw_port_* wrappers are what the inline kiln.hw.Mmio/Port natives call:
 * with KILN_TARGET_KVM defined (kiln build passes -DKILN_TARGET_KVM=1 for the kvm target) they are
 * the raw operations, otherwise they stop the program like the linux target's natives do
 * (runtime/platform/linux/hw.c), since a Linux process has no device registers. Addresses are
 * physical = virtual on kvm (identity map, docs/boot.md).
 */
#ifndef KILN_HW_H
#define KILN_HW_H

#include <kiln/rt.h>

/* MMIO: volatile so the C compiler emits exactly one access of the given width, in program order. */
static inline jint kiln_hw_read8(jlong a) { return *(volatile uint8_t *)(uintptr_t)a; }
static inline jint kiln_hw_read16(jlong a) { return *(volatile uint16_t *)(uintptr_t)a; }
static inline jint kiln_hw_read32(jlong a) { return (jint)*(volatile uint32_t *)(uintptr_t)a; }
static inline jlong kiln_hw_read64(jlong a) { return (jlong)*(volatile uint64_t *)(uintptr_t)a; }
static inline void kiln_hw_write8(jlong a, jint v) { *(volatile uint8_t *)(uintptr_t)a = (uint8_t)v; }
static inline void kiln_hw_write16(jlong a, jint v) { *(volatile uint16_t *)(uintptr_t)a = (uint16_t)v; }
static inline void kiln_hw_write32(jlong a, jint v) { *(volatile uint32_t *)(uintptr_t)a = (uint32_t)v; }
static inline void kiln_hw_write64(jlong a, jlong v) { *(volatile uint64_t *)(uintptr_t)a = (uint64_t)v; }

/* Port I/O (Intel SDM vol. 2, IN/OUT): the port goes in %dx, the value in %al/%ax/%eax. */
static inline jint kiln_hw_in8(jint port) {
    uint8_t v;
    __asm__ volatile("inb %w1, %0" : "=a"(v) : "Nd"((uint16_t)port) : "memory");
    return v;
}
static inline jint kiln_hw_in16(jint port) {
    uint16_t v;
    __asm__ volatile("inw %w1, %0" : "=a"(v) : "Nd"((uint16_t)port) : "memory");
    return v;
}
static inline jint kiln_hw_in32(jint port) {
    uint32_t v;
    __asm__ volatile("inl %w1, %0" : "=a"(v) : "Nd"((uint16_t)port) : "memory");
    return (jint)v;
}
static inline void kiln_hw_out8(jint port, jint v) {
    __asm__ volatile("outb %b0, %w1" : : "a"((uint8_t)v), "Nd"((uint16_t)port) : "memory");
}
static inline void kiln_hw_out16(jint port, jint v) {
    __asm__ volatile("outw %w0, %w1" : : "a"((uint16_t)v), "Nd"((uint16_t)port) : "memory");
}
static inline void kiln_hw_out32(jint port, jint v) {
    __asm__ volatile("outl %0, %w1" : : "a"((uint32_t)v), "Nd"((uint16_t)port) : "memory");
}

/* Barriers (see kiln.hw.Barrier): x86 only reorders a store with a later load (SDM 3A §9.2.2). */
static inline void kiln_hw_fence_full(void) { __asm__ volatile("mfence" : : : "memory"); }
static inline void kiln_hw_fence_read(void) { __asm__ volatile("" : : : "memory"); }
static inline void kiln_hw_fence_write(void) { __asm__ volatile("" : : : "memory"); }

/* ---- What the compiler's inline kiln.hw natives call (kiln.compiler.emit.Intrinsics) ---- */
#if defined(KILN_TARGET_KVM)
#define KILN_HW_DEVICE(op, what) op
#else
/* Prints "kiln.hw.<what>: ... only on the kvm target" and crashes (linux/hw.c). */
_Noreturn void kiln_hw_unavailable(const char *what);
#define KILN_HW_DEVICE(op, what) ((void)sizeof(op), kiln_hw_unavailable(what), 0)
#endif
static inline jint kiln_hw_mmio_read8(jlong a) { return KILN_HW_DEVICE(kiln_hw_read8(a), "Mmio.read8"); }
static inline jint kiln_hw_mmio_read16(jlong a) { return KILN_HW_DEVICE(kiln_hw_read16(a), "Mmio.read16"); }
static inline jint kiln_hw_mmio_read32(jlong a) { return KILN_HW_DEVICE(kiln_hw_read32(a), "Mmio.read32"); }
static inline jlong kiln_hw_mmio_read64(jlong a) { return KILN_HW_DEVICE(kiln_hw_read64(a), "Mmio.read64"); }
static inline void kiln_hw_mmio_write8(jlong a, jint v) { (void)KILN_HW_DEVICE((kiln_hw_write8(a, v), 0), "Mmio.write8"); }
static inline void kiln_hw_mmio_write16(jlong a, jint v) { (void)KILN_HW_DEVICE((kiln_hw_write16(a, v), 0), "Mmio.write16"); }
static inline void kiln_hw_mmio_write32(jlong a, jint v) { (void)KILN_HW_DEVICE((kiln_hw_write32(a, v), 0), "Mmio.write32"); }
static inline void kiln_hw_mmio_write64(jlong a, jlong v) { (void)KILN_HW_DEVICE((kiln_hw_write64(a, v), 0), "Mmio.write64"); }
static inline jint kiln_hw_port_in8(jint p) { return KILN_HW_DEVICE(kiln_hw_in8(p), "Port.in8"); }
static inline jint kiln_hw_port_in16(jint p) { return KILN_HW_DEVICE(kiln_hw_in16(p), "Port.in16"); }
static inline jint kiln_hw_port_in32(jint p) { return KILN_HW_DEVICE(kiln_hw_in32(p), "Port.in32"); }
static inline void kiln_hw_port_out8(jint p, jint v) { (void)KILN_HW_DEVICE((kiln_hw_out8(p, v), 0), "Port.out8"); }
static inline void kiln_hw_port_out16(jint p, jint v) { (void)KILN_HW_DEVICE((kiln_hw_out16(p, v), 0), "Port.out16"); }
static inline void kiln_hw_port_out32(jint p, jint v) { (void)KILN_HW_DEVICE((kiln_hw_out32(p, v), 0), "Port.out32"); }

#endif
