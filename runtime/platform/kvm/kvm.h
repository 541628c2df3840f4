/*
 * kvm.h — declarations shared by the files of the kvm platform layer (not part of the rt.h contract).
 */
#ifndef KILN_KVM_H
#define KILN_KVM_H

#include <stddef.h>
#include <stdint.h>

#include "pvh.h"

/*
 * Every .c file of this folder starts with #pragma GCC target("general-regs-only"): the platform
 * layer never touches x87/SSE registers, so trap (and later interrupt) entry code need not save
 * them, and the boot path runs even where an instruction emulator lacks SSE (kvm_pvm emulates
 * non-PVM guests in software and fails on SSE instructions; see docs/boot.md).
 */

/* ---- Port I/O and a few privileged instructions ---- */
static inline void kiln_outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" ::"a"(v), "Nd"(port)); }
static inline void kiln_outl(uint16_t port, uint32_t v) { __asm__ volatile("outl %0, %1" ::"a"(v), "Nd"(port)); }
static inline uint8_t kiln_inb(uint16_t port) {
    uint8_t v;
    __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}
static inline uint64_t kiln_rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}
static inline uint64_t kiln_rdmsr(uint32_t msr) {
    uint32_t lo, hi;
    __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
    return ((uint64_t)hi << 32) | lo;
}
static inline void kiln_wrmsr(uint32_t msr, uint64_t v) {
    __asm__ volatile("wrmsr" ::"c"(msr), "a"((uint32_t)v), "d"((uint32_t)(v >> 32)) : "memory");
}
static inline void kiln_cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4]) {
    __asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(sub));
}

/* ---- Image bounds from kvm.ld and boot.S ---- */
extern char __kiln_image_start[], __kiln_text_start[], __kiln_text_end[];
extern char __kiln_rodata_start[], __kiln_rodata_end[];
extern char __kiln_data_start[], __kiln_bss_end[], __kiln_end[];
extern char kiln_kvm_boot_stack_guard[], kiln_kvm_boot_stack_top[];
extern uint64_t kiln_kvm_boot_tsc;   /* TSC at kiln_pvh_start32 */
extern uint64_t kiln_kvm_start_info; /* physical address of the PVH start info (%ebx at entry) */

/* ---- Memory layout decided at boot (setup.c) ---- */
struct kiln_kvm_layout {
    uintptr_t heap_start, heap_end;   /* [start, end) handed to kiln_rt_main */
    uintptr_t stack_guard;            /* unmapped page below the main stack */
    uintptr_t stack_bottom, stack_top;/* the main stack [bottom, top) */
    uint64_t ram_bytes;               /* all usable RAM in the memory map */
};
extern struct kiln_kvm_layout kiln_kvm_layout;

#define KILN_KVM_PAGE 4096u
#define KILN_KVM_STACK_SIZE (8u << 20)     /* main stack, on a machine with room for it */
#define KILN_KVM_MIN_STACK_SIZE (1u << 20) /* main stack on a small machine (setup.c) */
#define KILN_KVM_STACK_RESERVE (64u << 10) /* usable stack below kiln_stack_limit */

/* Early allocator: zeroed 4 KiB pages taken just above the image, before the heap exists. */
void *kiln_kvm_early_page(void);
void *kiln_kvm_early_alloc(size_t bytes); /* zeroed, page-rounded, contiguous */

/* paging.c: build and load the final page tables. */
void kiln_kvm_paging_init(const struct kiln_pvh_start_info *si);
/* 1 when the CPU supports no-execute pages and EFER.NXE was set. */
extern int kiln_kvm_nx_enabled;

/* trap.c: IDT, TSS and exception stacks. */
void kiln_kvm_traps_init(void);
void kiln_kvm_idt_set(int vector, const void *handler, int ist);
/* irq.c: local APIC, timer interrupt, idle halt. */
/* Routes I/O APIC input `gsi` to a fresh vector (returned; -1 if none is left). */
int kiln_kvm_route_irq(int gsi, int level, int active_low);
uint64_t kiln_kvm_tsc_hz(void);
/* Is [p, p+n) mapped and readable? (walks the page tables; used by the crash report) */
int kiln_kvm_readable(const void *p, size_t n);

/* cmdline.c: split the PVH command line into boot words (copies it). */
void kiln_kvm_cmdline_init(const char *cmdline);

/* console.c: serial ports. Port 0 = COM1 (stdout), 1 = COM2 (stderr), 2 = COM3 (control). */
#define KILN_CONSOLE_OUT 0
#define KILN_CONSOLE_ERR 1
#define KILN_CONSOLE_CTL 2
void kiln_kvm_console_write(int port, const void *buf, size_t len);
void kiln_kvm_console_flush(int port);   /* waits until every byte has left the UART */
/* Small formatting helpers writing to a port (used by crash reports; no allocation). */
void kiln_kvm_puts(int port, const char *s);
void kiln_kvm_put_hex(int port, uint64_t v, int digits);
void kiln_kvm_put_dec(int port, int64_t v);

/* exit.c */
_Noreturn void kiln_kvm_exit_now(int status);  /* the exit protocol, without console flushing */
_Noreturn void kiln_kvm_main_returned(void);

/* report.c: "in Java" part of crash reports: the shadow-stack chain from kiln_frame_top. */
void kiln_kvm_report_java_frames(int port);

#endif
