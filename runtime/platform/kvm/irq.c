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

/* Pending bits of device vectors 33-63 (bit v-32), taken by the scheduler (kiln.rt.Threads). */
static volatile uint64_t irq_pending;

/* I/O APICs (82093AA data sheet): route device interrupt lines (GSIs) to vectors. The first one
 * serves GSI 0-23; QEMU's microvm adds a second one 64 KiB above it for its virtio-mmio slots
 * (GSI 24-47). Device vectors are handed out from 33 up, one per routed line. */
#define IOAPIC_COUNT 2
static const uint32_t ioapic_base[IOAPIC_COUNT] = {0xfec00000u, 0xfec10000u};
static const int ioapic_first_gsi[IOAPIC_COUNT] = {0, 24};
#define IOAPIC_REDIR(pin) (0x10 + 2 * (pin))
#define REDIR_LEVEL (1u << 15)
#define REDIR_ACTIVE_LOW (1u << 13)
#define REDIR_MASKED (1u << 16)
static int next_vector = 33;
static int16_t vector_gsi[64];    /* routed line of each vector, -1 if none */
static uint8_t vector_level[64];  /* level-triggered: masked by the handler until the driver re-arms */

static uint32_t ioapic_read(int chip, uint32_t reg) {
    volatile uint32_t *io = (volatile uint32_t *)(uintptr_t)ioapic_base[chip];
    io[0] = reg;
    return io[4];
}

static void ioapic_write(int chip, uint32_t reg, uint32_t v) {
    volatile uint32_t *io = (volatile uint32_t *)(uintptr_t)ioapic_base[chip];
    io[0] = reg;
    io[4] = v;
}

/* The I/O APIC serving a GSI, or -1 when no chip has that input. An absent chip's window is
 * unmapped or reads as zero or all ones, which is no valid version register (0x1x or 0x2x). */
static int ioapic_of(int gsi, int *pin) {
    for (int chip = 0; chip < IOAPIC_COUNT; chip++) {
        if (gsi < ioapic_first_gsi[chip]) continue;
        if (!kiln_kvm_readable((const void *)(uintptr_t)ioapic_base[chip], 4096)) continue;
        uint32_t ver = ioapic_read(chip, 1);
        uint32_t max_redir = (ver >> 16) & 0xff;
        if ((ver & 0xf0) != 0x10 && (ver & 0xf0) != 0x20) continue;
        if ((uint32_t)(gsi - ioapic_first_gsi[chip]) > max_redir) continue;
        *pin = gsi - ioapic_first_gsi[chip];
        return chip;
    }
    return -1;
}

static void set_masked(int vector, int masked) {
    int pin, chip = ioapic_of(vector_gsi[vector], &pin);
    if (chip < 0) return;
    uint32_t lo = ioapic_read(chip, IOAPIC_REDIR(pin));
    ioapic_write(chip, IOAPIC_REDIR(pin), masked ? lo | REDIR_MASKED : lo & ~REDIR_MASKED);
}

static uint32_t apic_read(uint32_t reg) { return apic[reg / 4]; }
static void apic_write(uint32_t reg, uint32_t v) { apic[reg / 4] = v; }

void kiln_kvm_irq(uint64_t vector) {
    if (vector == 255) return; /* spurious: no EOI (SDM §11.9) */
    if (vector == TIMER_VECTOR) {
        kiln_safepoint_requested = 1;
    } else {
        /* A level-triggered line stays asserted until the driver (Java, later) acknowledges the
         * device: mask it so the EOI does not bring the same interrupt straight back. */
        if (vector < 64 && vector_level[vector]) set_masked((int)vector, 1);
        irq_pending |= 1ull << (vector - TIMER_VECTOR);
        kiln_safepoint_requested = 1; /* let the scheduler wake the driver's thread soon */
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

/* kiln.hw.Irq.route(gsi, level, activeLow): routes a device line to a fresh vector (masked off
 * the legacy PICs, delivered to this CPU); returns the vector, or -1 if none is left. */
jint kiln_native_kiln_hw_Irq_route(jint gsi, jint level, jint active_low) {
    return kiln_kvm_route_irq(gsi, level, active_low);
}

int kiln_kvm_route_irq(int gsi, int level, int active_low) {
    if (!enabled) enable();
    int pin, chip = gsi < 0 ? -1 : ioapic_of(gsi, &pin);
    if (chip < 0 || next_vector >= 64) return -1;
    int v = next_vector++;
    vector_gsi[v] = (int16_t)gsi;
    vector_level[v] = level != 0;
    ioapic_write(chip, IOAPIC_REDIR(pin) + 1, 0); /* destination: APIC id 0, the only CPU */
    ioapic_write(chip, IOAPIC_REDIR(pin), (uint32_t)v | (level ? REDIR_LEVEL : 0) | (active_low ? REDIR_ACTIVE_LOW : 0));
    return v;
}

/* kiln.hw.Irq.unmask(vector): the driver has acknowledged the device; deliver the line again. */
void kiln_native_kiln_hw_Irq_unmask(jint vector) {
    if (vector > 32 && vector < 64 && vector_level[vector]) set_masked(vector, 0);
}

/* kiln.hw.Irq.await(vector): blocks the calling thread until the vector has fired (scheduler). */
void kiln_native_kiln_hw_Irq_await(jint vector) { kiln_java_irq_await(vector, 0); }

/* kiln.hw.Irq.awaitOrUnpark(vector, timeout): the same, but also returns after the timeout or
 * when the thread is unparked. */
void kiln_native_kiln_hw_Irq_awaitOrUnpark(jint vector, jlong timeout_ns) {
    kiln_java_irq_await(vector, timeout_ns <= 0 ? -1 : timeout_ns);
}

/* kiln.rt.Threads.takeIrqPending(): device vectors that fired since the last call (bit v-32). */
jlong kiln_native_kiln_rt_Threads_takeIrqPending(void) {
    __asm__ volatile("cli" ::: "memory");
    uint64_t bits = irq_pending;
    irq_pending = 0;
    if (enabled) __asm__ volatile("sti" ::: "memory");
    return (jlong)bits;
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
