/*
 * exit.c — ending the program with an exact status 0..255 (protocol in docs/boot.md).
 *
 * QEMU's isa-debug-exit device (port 0xf4) ends QEMU with status (value << 1) | 1, which can express
 * neither 0 nor statuses >= 128. So the real status travels first on a control channel, COM3
 * (0x3e8), that `kiln run` listens to: one ASCII line "kiln-exit <status>\n". Then the
 * guest writes the status to isa-debug-exit, which stops QEMU at once. If that device is missing,
 * the guest triple-faults (an empty IDT and an interrupt), which stops QEMU run with -no-reboot.
 */
#include <kiln/rt.h>
#include "kvm.h"

/* No SSE in the platform layer: see kvm.h. */
#pragma GCC target("general-regs-only")

#define DEBUG_EXIT_PORT 0xf4

static const char ctl_prefix[] = "kiln-exit ";

_Noreturn void kiln_kvm_exit_now(int status) {
    kiln_kvm_console_write(KILN_CONSOLE_CTL, ctl_prefix, sizeof ctl_prefix - 1);
    kiln_kvm_put_dec(KILN_CONSOLE_CTL, status);
    kiln_kvm_console_write(KILN_CONSOLE_CTL, "\n", 1);
    kiln_kvm_console_flush(KILN_CONSOLE_CTL);
    kiln_outl(DEBUG_EXIT_PORT, (uint32_t)status & 0x7f);

    /* Still running: no debug-exit device. Triple fault (Intel SDM vol. 3A §6.15, #DF). */
    static const struct __attribute__((packed)) {
        uint16_t limit;
        uint64_t base;
    } no_idt = {0, 0};
    __asm__ volatile("lidt %0; int3" ::"m"(no_idt));
    for (;;) __asm__ volatile("cli; hlt");
}

_Noreturn void kiln_plat_exit(int status) {
    status &= 0xff; /* as exit(2) on Linux */
    kiln_kvm_console_flush(KILN_CONSOLE_OUT);
    kiln_kvm_console_flush(KILN_CONSOLE_ERR);
    kiln_kvm_exit_now(status);
}

/* Set on the first crash (panic or CPU exception); a second one takes the short path. */
int kiln_kvm_crashing;

_Noreturn void kiln_plat_panic(const char *msg) {
    if (kiln_kvm_crashing++) {
        kiln_kvm_puts(KILN_CONSOLE_ERR, "\nkiln: panic while reporting a crash\n");
        kiln_kvm_exit_now(KILN_EXIT_CRASH);
    }
    kiln_kvm_puts(KILN_CONSOLE_ERR, "\nkiln: panic: ");
    kiln_kvm_puts(KILN_CONSOLE_ERR, msg ? msg : "(no message)");
    kiln_kvm_puts(KILN_CONSOLE_ERR, "\n");
    kiln_kvm_report_java_frames(KILN_CONSOLE_ERR);
    kiln_plat_exit(KILN_EXIT_CRASH);
}

_Noreturn void kiln_kvm_main_returned(void) { kiln_plat_panic("kiln_rt_main returned"); }
