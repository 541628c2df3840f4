/*
 * report.c — the Java part of a crash report: the shadow-stack chain from kiln_frame_top
 * (rt.h, "Stack frames"), printed like a Java stack trace:
 *     in Java: app.Main.divide(Main.java:12)
 *       called from app.Main.main(Main.java:5)
 * Everything is read defensively (kiln_kvm_readable) because a crash may be caused by a corrupt
 * stack; a bad pointer ends the chain with a note instead of a second fault.
 */
#include <kiln/rt.h>
#include "kvm.h"

/* No SSE in the platform layer: see kvm.h. */
#pragma GCC target("general-regs-only")

#define MAX_FRAMES 64
#define MAX_NAME 256

static void put_cstr(int port, const char *s) {
    for (int i = 0; i < MAX_NAME; i++, s++) {
        if ((i == 0 || ((uintptr_t)s & (KILN_KVM_PAGE - 1)) == 0) && !kiln_kvm_readable(s, 1)) {
            kiln_kvm_puts(port, "<unreadable>");
            return;
        }
        if (*s == 0) return;
        kiln_kvm_console_write(port, s, 1);
    }
    kiln_kvm_puts(port, "...");
}

void kiln_kvm_report_java_frames(int port) {
    const kiln_frame *f = kiln_frame_top;
    if (f == NULL) {
        kiln_kvm_puts(port, "  in Java: (no Java frame: the runtime core or the boot code)\n");
        return;
    }
    for (int depth = 0; f != NULL; depth++, f = f->prev) {
        if (depth == MAX_FRAMES) {
            kiln_kvm_puts(port, "    ... (more frames not shown)\n");
            return;
        }
        kiln_kvm_puts(port, depth == 0 ? "  in Java: " : "    called from ");
        if (!kiln_kvm_readable(f, sizeof *f)) {
            kiln_kvm_puts(port, "<corrupt frame pointer ");
            kiln_kvm_put_hex(port, (uintptr_t)f, 16);
            kiln_kvm_puts(port, ">\n");
            return;
        }
        const kiln_method_info *m = f->method;
        if (!kiln_kvm_readable(m, sizeof *m)) {
            kiln_kvm_puts(port, "<corrupt method info ");
            kiln_kvm_put_hex(port, (uintptr_t)m, 16);
            kiln_kvm_puts(port, ">\n");
            return;
        }
        put_cstr(port, m->class_name);
        kiln_kvm_puts(port, ".");
        put_cstr(port, m->method_name);
        kiln_kvm_puts(port, "(");
        if (m->file != NULL) {
            put_cstr(port, m->file);
        } else {
            kiln_kvm_puts(port, "Unknown Source");
        }
        if (f->line >= 0) {
            kiln_kvm_puts(port, ":");
            kiln_kvm_put_dec(port, f->line);
        }
        kiln_kvm_puts(port, ")\n");
    }
}
