/*
 * kiln/hw.h — the machine operations behind kiln.hw (libos/hw): one volatile access, one in/out
 * instruction or one fence each. Shared by the kvm platform's natives (runtime/platform/kvm/hw.c)
 * and by the compiler, whose inline versions of the kiln.hw natives call these so a driver's
 * register access compiles to a single instruction (kiln.compiler.emit.Intrinsics).
 *
 * Only meaningful on the kvm target: addresses are physical = virtual (identity map, docs/boot.md).
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

#endif
