/*
 * time.c — TSC, monotonic nanoseconds and wall-clock time.
 *
 * kiln_plat_nanotime counts from the image's first instruction: (rdtsc - boot_tsc) scaled by the
 * TSC frequency. The frequency is found lazily, on the first call, so the boot path never waits.
 * Sources, best first:
 *   1. CPUID leaf 0x15 with a crystal frequency (TSC = crystal * EBX / EAX; SDM vol. 2A, CPUID).
 *   2. kvmclock (KVM paravirtual clock, MSR_KVM_SYSTEM_TIME_NEW 0x4b564d01): the hypervisor tells
 *      its TSC-to-nanoseconds multiplier and shift (Linux Documentation/virt/kvm/x86/msr.rst).
 *   3. Hypervisor timing leaf 0x40000010: EAX = TSC kHz (the "VMware" leaf QEMU can expose).
 *   4. Measured against the 8254 PIT channel 0 for 10 ms (1193182 Hz input clock). Channel 2, the
 *      usual choice, cannot be used on microvm: its gate is wired to port 0x61 (the PC speaker),
 *      which microvm does not have. Works under TCG.
 *   5. CPUID leaf 0x16 base frequency (MHz), when there is no PIT.
 * Wall clock: the CMOS RTC (MC146818) is read once, on the first call, and the monotonic time
 * since then is added. Without an RTC (microvm needs rtc=on under KVM) it starts at the epoch, with
 * a warning on standard error.
 */
#include <kiln/rt.h>
#include "kvm.h"

/* No SSE in the platform layer: see kvm.h. */
#pragma GCC target("general-regs-only")

static uint64_t mult;   /* nanoseconds per tick * 2^32 */
static uint64_t tsc_hz; /* 0 until calibrated */

static uint64_t cpuid_max(uint32_t leaf) {
    uint32_t r[4];
    kiln_cpuid(leaf, 0, r);
    return r[0];
}

static uint64_t from_leaf_15(void) {
    if (cpuid_max(0) < 0x15) return 0;
    uint32_t r[4];
    kiln_cpuid(0x15, 0, r);
    if (r[0] == 0 || r[1] == 0 || r[2] == 0) return 0;
    return (uint64_t)r[2] * r[1] / r[0];
}

static int hypervisor_is_kvm(void) {
    uint32_t r[4];
    kiln_cpuid(1, 0, r);
    if (!(r[2] & (1u << 31))) return 0; /* CPUID.1:ECX.hypervisor */
    kiln_cpuid(0x40000000u, 0, r);
    return r[1] == 0x4b4d564b && r[2] == 0x564b4d56 && r[3] == 0x4d; /* "KVMKVMKVM\0\0\0" */
}

/* kvmclock's per-vCPU time info (pvclock_vcpu_time_info). */
struct pvclock {
    uint32_t version, pad0;
    uint64_t tsc_timestamp, system_time;
    uint32_t tsc_to_system_mul;
    int8_t tsc_shift;
    uint8_t flags, pad[2];
};

static uint64_t from_kvmclock(void) {
    if (!hypervisor_is_kvm()) return 0;
    uint32_t r[4];
    kiln_cpuid(0x40000001u, 0, r);
    if (!(r[0] & (1u << 3))) return 0; /* KVM_FEATURE_CLOCKSOURCE2 */
    static volatile struct pvclock pv __attribute__((aligned(64)));
    kiln_wrmsr(0x4b564d01u, (uintptr_t)&pv | 1);
    uint32_t mul, version;
    int8_t shift;
    do {
        version = pv.version;
        __asm__ volatile("" ::: "memory");
        mul = pv.tsc_to_system_mul;
        shift = pv.tsc_shift;
        __asm__ volatile("" ::: "memory");
    } while ((version & 1) || version != pv.version || mul == 0);
    kiln_wrmsr(0x4b564d01u, 0); /* stop the updates; we keep only the rate */
    /* ns = ((ticks << shift) * mul) >> 32, so hz = 1e9 * 2^32 / (mul * 2^shift). */
    unsigned __int128 num = (unsigned __int128)1000000000u << 32;
    unsigned __int128 den = mul;
    if (shift >= 0) den <<= shift; else num <<= -shift;
    return (uint64_t)(num / den);
}

static uint64_t from_leaf_40000010(void) {
    uint32_t r[4];
    kiln_cpuid(1, 0, r);
    if (!(r[2] & (1u << 31)) || cpuid_max(0x40000000u) < 0x40000010u) return 0;
    kiln_cpuid(0x40000010u, 0, r);
    return (uint64_t)r[0] * 1000;
}

#define PIT_HZ 1193182u

static uint16_t pit_read(void) {
    kiln_outb(0x43, 0x00); /* counter latch, channel 0 */
    uint8_t lo = kiln_inb(0x40);
    uint8_t hi = kiln_inb(0x40);
    return (uint16_t)(lo | hi << 8);
}

/* Counts TSC ticks over ~10 ms of PIT channel 0 (mode 0, counting down from 0xffff). Each end is
 * timed at the midpoint of the TSC reads around the PIT read. Returns 0 when there is no PIT. */
static uint64_t from_pit(void) {
    kiln_outb(0x43, 0x30); /* channel 0, lobyte/hibyte, mode 0, binary */
    kiln_outb(0x40, 0xff);
    kiln_outb(0x40, 0xff);
    uint16_t first = pit_read(), c0 = first;
    uint64_t a, b;
    int spins = 0;
    do { /* start on a fresh count */
        a = kiln_rdtsc();
        c0 = pit_read();
        b = kiln_rdtsc();
        if (++spins > 100000) return 0; /* the counter does not move: no PIT */
    } while (c0 == first);
    uint64_t t0 = a + (b - a) / 2, t1;
    uint16_t c;
    const uint16_t span = PIT_HZ / 100;
    do {
        a = kiln_rdtsc();
        c = pit_read();
        b = kiln_rdtsc();
    } while ((uint16_t)(c0 - c) < span && c <= c0);
    t1 = a + (b - a) / 2;
    uint64_t pit_ticks = (uint16_t)(c0 - c);
    if (pit_ticks == 0) return 0;
    return (t1 - t0) * PIT_HZ / pit_ticks;
}

static uint64_t from_leaf_16(void) {
    if (cpuid_max(0) < 0x16) return 0;
    uint32_t r[4];
    kiln_cpuid(0x16, 0, r);
    return (uint64_t)(r[0] & 0xffff) * 1000000;
}

static void calibrate(void) {
    uint64_t hz = from_leaf_15();
    if (!hz) hz = from_kvmclock();
    if (!hz) hz = from_leaf_40000010();
    if (!hz) hz = from_pit();
    if (!hz) hz = from_leaf_16();
    if (!hz) kiln_plat_panic("cannot determine the TSC frequency (no CPUID 0x15/0x16, kvmclock or PIT)");
    mult = (uint64_t)(((unsigned __int128)1000000000u << 32) / hz);
    tsc_hz = hz;
}

uint64_t kiln_kvm_tsc_hz(void) {
    if (!tsc_hz) calibrate();
    return tsc_hz;
}

uint64_t kiln_plat_boot_tsc(void) { return kiln_kvm_boot_tsc; }
uint64_t kiln_plat_tsc(void) { return kiln_rdtsc(); }

int64_t kiln_plat_nanotime(void) {
    if (!tsc_hz) calibrate();
    uint64_t d = kiln_rdtsc() - kiln_kvm_boot_tsc;
    return (int64_t)(((unsigned __int128)d * mult) >> 32);
}

/* ---- CMOS RTC (MC146818 data sheet; registers 0x0A/0x0B are status A/B). ---- */

static uint8_t cmos(uint8_t reg) {
    kiln_outb(0x70, reg);
    return kiln_inb(0x71);
}

static int from_bcd(uint8_t v, int binary) { return binary ? v : (v >> 4) * 10 + (v & 15); }

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian), by counting in 400-year eras from March. */
static int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Seconds since the epoch from the RTC, or -1 when there is no RTC (the ports read as 0xff). */
static int64_t rtc_seconds(void) {
    if (cmos(0x0a) == 0xff && cmos(0x0b) == 0xff) return -1;
    uint8_t t[7], u[7];
    static const uint8_t regs[7] = {0x00, 0x02, 0x04, 0x07, 0x08, 0x09, 0x32};
    do { /* read twice outside an update cycle until two reads agree */
        for (int spin = 0; (cmos(0x0a) & 0x80) && spin < 1000000; spin++) {
        }
        for (int i = 0; i < 7; i++) t[i] = cmos(regs[i]);
        for (int i = 0; i < 7; i++) u[i] = cmos(regs[i]);
    } while (memcmp(t, u, sizeof t) != 0);
    uint8_t b = cmos(0x0b);
    int bin = b & 0x04, h24 = b & 0x02;
    int sec = from_bcd(t[0], bin), min = from_bcd(t[1], bin);
    int hour = from_bcd(t[2] & 0x7f, bin);
    if (!h24) hour = (hour % 12) + ((t[2] & 0x80) ? 12 : 0);
    int day = from_bcd(t[3], bin), mon = from_bcd(t[4], bin), year = from_bcd(t[5], bin);
    int century = from_bcd(t[6], bin);
    if (century < 19 || century > 30) century = year < 70 ? 20 : 19; /* no century register */
    if (mon < 1 || mon > 12 || day < 1 || day > 31 || hour > 23 || min > 59 || sec > 60) return -1;
    return days_from_civil(century * 100 + year, mon, day) * 86400 + hour * 3600 + min * 60 + sec;
}

int64_t kiln_plat_wallclock_ms(void) {
    static int64_t base_ms, base_ns;
    static int have_base;
    if (!have_base) {
        base_ns = kiln_plat_nanotime();
        int64_t s = rtc_seconds();
        if (s < 0) {
            kiln_kvm_puts(KILN_CONSOLE_ERR, "kiln: no CMOS RTC (QEMU: -M microvm,rtc=on); the wall clock starts at 1970-01-01\n");
            s = 0;
        }
        base_ms = s * 1000;
        have_base = 1;
    }
    return base_ms + (kiln_plat_nanotime() - base_ns) / 1000000;
}
