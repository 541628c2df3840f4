/*
 * irq.c — interrupts on the kvm target: the local APIC (Intel SDM vol. 3A ch. 11), its timer as
 * the scheduler's one-shot deadline timer, and the idle halt.
 *
 * Interrupt handlers only record what happened (rt.h: kiln_safepoint_requested, kiln_wakeup, and
 * per-vector pending bits for device drivers) and acknowledge; Java never runs in interrupt
 * context. Interrupts stay disabled until the scheduler first arms the timer, so a program that
 * never starts a thread or sleeps runs exactly as before, with no interrupt at all.
 *
 * Timer: TSC-deadline mode when CPUID.01H:ECX[24] offers it (the deadline is a TSC value, so no
 * calibration beyond the TSC's own); otherwise one-shot mode counting the APIC bus clock with
 * divide-by-1, whose rate is measured once against the TSC.
 */
#include <kiln/rt.h>
#include "kvm.h"

#pragma GCC target("general-regs-only")

#define MSR_APIC_BASE 0x1b
#define MSR_TSC_DEADLINE 0x6e0
#define APIC_EOI 0x0b0
#define APIC_SVR 0x0f0
#define APIC_LVT_TIMER 0x320
#define APIC_TIMER_INIT 0x380
#define APIC_TIMER_CURRENT 0x390
#define APIC_TIMER_DIVIDE 0x3e0
#define TIMER_VECTOR 32
#define LVT_MASKED (1u << 16)
#define LVT_TSC_DEADLINE (2u << 17)

extern void *const kiln_kvm_irq_stubs[32];
extern void *const kiln_kvm_irq_spurious_stub;

static volatile uint32_t *apic;
static int tsc_deadline_mode;
static uint64_t apic_hz; /* one-shot mode only */
static int enabled;

/* Pending bits of device vectors 33-63, for drivers (kiln.rt.Interrupts). */
volatile uint64_t kiln_kvm_irq_pending;

static uint32_t apic_read(uint32_t reg) { return apic[reg / 4]; }
static void apic_write(uint32_t reg, uint32_t v) { apic[reg / 4] = v; }

void kiln_kvm_irq(uint64_t vector) {
    if (vector == 255) return; /* spurious: no EOI (SDM §11.9) */
    if (vector == TIMER_VECTOR) {
        kiln_safepoint_requested = 1;
    } else {
        __atomic_fetch_or(&kiln_kvm_irq_pending, 1ull << (vector - TIMER_VECTOR), __ATOMIC_RELAXED);
    }
    kiln_wakeup = 1;
    apic_write(APIC_EOI, 0);
}

/* Measures the APIC timer's count rate against the TSC (one-shot mode only), over ~2 ms. */
static void calibrate_apic(void) {
    apic_write(APIC_TIMER_DIVIDE, 0xb); /* divide by 1 */
    apic_write(APIC_LVT_TIMER, LVT_MASKED | TIMER_VECTOR);
    uint64_t hz = kiln_kvm_tsc_hz(), t0 = kiln_rdtsc();
    apic_write(APIC_TIMER_INIT, 0xffffffffu);
    while (kiln_rdtsc() - t0 < hz / 500) {
    }
    uint32_t counted = 0xffffffffu - apic_read(APIC_TIMER_CURRENT);
    uint64_t t1 = kiln_rdtsc();
    apic_write(APIC_TIMER_INIT, 0);
    apic_hz = (uint64_t)counted * hz / (t1 - t0);
    if (apic_hz == 0) kiln_plat_panic("irq: the local APIC timer does not count");
}

static void enable(void) {
    enabled = 1;
    /* Mask the legacy 8259 PICs: their default vectors (8-15) would look like CPU exceptions. */
    kiln_outb(0x21, 0xff);
    kiln_outb(0xa1, 0xff);
    uint64_t base = kiln_rdmsr(MSR_APIC_BASE);
    kiln_wrmsr(MSR_APIC_BASE, base | (1u << 11)); /* global enable (xAPIC mode) */
    apic = (volatile uint32_t *)(uintptr_t)(base & 0xfffff000u);
    if (!kiln_kvm_readable((const void *)apic, 4096)) kiln_plat_panic("irq: the local APIC page is not mapped");
    for (int v = 0; v < 32; v++) kiln_kvm_idt_set(32 + v, kiln_kvm_irq_stubs[v], 0);
    kiln_kvm_idt_set(255, kiln_kvm_irq_spurious_stub, 0);
    apic_write(APIC_SVR, 0x100 | 255); /* software enable, spurious vector 255 */
    uint32_t r[4];
    kiln_cpuid(1, 0, r);
    tsc_deadline_mode = (r[2] >> 24) & 1;
    if (tsc_deadline_mode) {
        apic_write(APIC_LVT_TIMER, LVT_TSC_DEADLINE | TIMER_VECTOR);
    } else {
        calibrate_apic();
        apic_write(APIC_LVT_TIMER, TIMER_VECTOR); /* one-shot */
    }
    __asm__ volatile("sti" ::: "memory");
}

void kiln_plat_timer_arm(int64_t deadline_ns) {
    if (!enabled) enable();
    if (deadline_ns <= 0) {
        if (tsc_deadline_mode) kiln_wrmsr(MSR_TSC_DEADLINE, 0);
        else apic_write(APIC_TIMER_INIT, 0);
        return;
    }
    int64_t delta = deadline_ns - kiln_plat_nanotime();
    if (delta < 1000) delta = 1000;
    if (tsc_deadline_mode) {
        uint64_t ticks = (uint64_t)((unsigned __int128)delta * kiln_kvm_tsc_hz() / 1000000000u);
        kiln_wrmsr(MSR_TSC_DEADLINE, kiln_rdtsc() + ticks);
    } else {
        uint64_t count = (uint64_t)((unsigned __int128)delta * apic_hz / 1000000000u);
        if (count == 0) count = 1;
        if (count > 0xffffffffu) count = 0xffffffffu; /* fires early; the scheduler re-arms */
        apic_write(APIC_TIMER_INIT, (uint32_t)count);
    }
}

void kiln_plat_idle(void) {
    /* sti takes effect after the next instruction, so an interrupt cannot slip in between the
     * check and the hlt (SDM vol. 2B, STI: "interrupt shadow"). */
    __asm__ volatile("cli" ::: "memory");
    while (!kiln_wakeup) __asm__ volatile("sti; hlt; cli" ::: "memory");
    kiln_wakeup = 0;
    if (enabled) __asm__ volatile("sti" ::: "memory");
}
