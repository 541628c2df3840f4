/*
 * entropy.c — the CPU's random number instructions as the kvm target's platform entropy
 * (kiln_plat_entropy in rt.h; used by kiln.rt.Entropy to seed SecureRandom).
 *
 * RDSEED (CPUID.(EAX=07H,ECX=0):EBX[18]) returns conditioned output of the hardware entropy source
 * and is preferred for seeds; RDRAND (CPUID.01H:ECX[30]) returns output of a DRBG that the source
 * reseeds. Either may fail transiently (CF=0) when the source is drained: Intel's DRNG guide
 * (§5.2.1) recommends retrying RDRAND up to 10 times; RDSEED fails more often under load, so it
 * gets more retries with a pause, and a word that still fails is taken from RDRAND instead. If a
 * CPU has neither (older CPUs, or a TCG "-cpu" model without them), nothing is written and the
 * Java side relies on timing jitter and the virtio-rng device (docs/devices.md).
 */
#include <kiln/rt.h>
#include "kvm.h"

#pragma GCC target("general-regs-only")

static int probed, has_rdrand, has_rdseed;

static void probe(void) {
    uint32_t r[4];
    kiln_cpuid(0, 0, r);
    uint32_t max_leaf = r[0];
    kiln_cpuid(1, 0, r);
    has_rdrand = (r[2] >> 30) & 1;
    if (max_leaf >= 7) {
        kiln_cpuid(7, 0, r);
        has_rdseed = (r[1] >> 18) & 1;
    }
    probed = 1;
}

/* One 64-bit word; returns 1 on success (CF=1). */
static int rdrand64(uint64_t *v) {
    uint8_t ok;
    __asm__ volatile("rdrand %0; setc %1" : "=r"(*v), "=qm"(ok) : : "cc");
    return ok;
}

static int rdseed64(uint64_t *v) {
    uint8_t ok;
    __asm__ volatile("rdseed %0; setc %1" : "=r"(*v), "=qm"(ok) : : "cc");
    return ok;
}

static int word(uint64_t *v, int *used_rdrand) {
    if (has_rdseed) {
        for (int i = 0; i < 100; i++) {
            if (rdseed64(v)) return 1;
            __asm__ volatile("pause");
        }
    }
    if (has_rdrand) {
        for (int i = 0; i < 10; i++) {
            if (rdrand64(v)) {
                *used_rdrand = 1;
                return 1;
            }
        }
    }
    return 0;
}

int kiln_plat_entropy(void *buf, size_t len) {
    if (!probed) probe();
    if (!has_rdrand && !has_rdseed) return KILN_ENTROPY_NONE;
    uint8_t *p = buf;
    int used_rdrand = 0;
    while (len > 0) {
        uint64_t v;
        if (!word(&v, &used_rdrand)) {
            return KILN_ENTROPY_NONE; /* the instructions keep failing: treat as absent */
        }
        size_t n = len < 8 ? len : 8;
        for (size_t i = 0; i < n; i++) p[i] = (uint8_t)(v >> (8 * i));
        p += n;
        len -= n;
    }
    return used_rdrand ? KILN_ENTROPY_RDRAND : KILN_ENTROPY_RDSEED;
}
