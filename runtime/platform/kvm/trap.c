/*
 * trap.c — CPU exceptions (vectors 0-31): IDT, TSS with interrupt stacks, and the crash report.
 *
 * Every exception is fatal: the compiled Java code checks nulls, bounds and divisors explicitly, so
 * a CPU exception means a bug in the runtime, the compiler or native code, or a stack overflow that
 * ran past kiln_stack_limit into a guard page. All vectors run on their own stack (IST1; #DF, NMI
 * and #MC on IST2, Intel SDM vol. 3A §6.14.5), so even a stack overflow can be reported. A fault
 * while reporting takes a short path straight to exit, so nothing loops.
 */
#include <kiln/rt.h>
#include "kvm.h"

/* No SSE in the platform layer: see kvm.h. */
#pragma GCC target("general-regs-only")

/* Layout pushed by boot.S: trap_common's registers, the stub's vector and error code, then the
 * CPU's interrupt frame (SDM vol. 3A §6.14.2). */
struct kiln_kvm_trap_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error;
    uint64_t rip, cs, rflags, rsp, ss;
};

struct idt_gate {
    uint16_t offset_lo, selector;
    uint8_t ist, type;
    uint16_t offset_mid;
    uint32_t offset_hi, reserved;
};

struct __attribute__((packed)) tss64 {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3, iomap_base;
};

extern uint64_t kiln_kvm_gdt[];
extern void *const kiln_kvm_trap_stubs[32];
extern int kiln_kvm_crashing;

static struct idt_gate idt[256]; /* 0-31 here; interrupt vectors from irq.c */
static struct tss64 tss;
static uint8_t ist1_stack[16384] __attribute__((aligned(16)));
static uint8_t ist2_stack[8192] __attribute__((aligned(16)));

#define SEL_CODE64 0x08
#define SEL_TSS 0x18

/* An interrupt gate (present, DPL 0, 64-bit; interrupts stay off inside the handler) for vector v,
 * on interrupt stack `ist` (0 = the interrupted code's stack). */
void kiln_kvm_idt_set(int v, const void *handler, int ist) {
    uintptr_t h = (uintptr_t)handler;
    idt[v].offset_lo = (uint16_t)h;
    idt[v].selector = SEL_CODE64;
    idt[v].ist = (uint8_t)ist;
    idt[v].type = 0x8e;
    idt[v].offset_mid = (uint16_t)(h >> 16);
    idt[v].offset_hi = (uint32_t)(h >> 32);
    idt[v].reserved = 0;
}

void kiln_kvm_traps_init(void) {
    tss.ist[0] = (uintptr_t)(ist1_stack + sizeof ist1_stack);
    tss.ist[1] = (uintptr_t)(ist2_stack + sizeof ist2_stack);
    tss.iomap_base = sizeof tss; /* no I/O permission bitmap */

    /* 64-bit TSS descriptor: SDM vol. 3A §8.2.3, type 9 = available 64-bit TSS, present. */
    uint64_t base = (uintptr_t)&tss, limit = sizeof tss - 1;
    kiln_kvm_gdt[3] = (limit & 0xffff) | ((base & 0xffffff) << 16) | (0x89ull << 40) |
                      ((limit >> 16 & 0xf) << 48) | ((base >> 24 & 0xff) << 56);
    kiln_kvm_gdt[4] = base >> 32;
    __asm__ volatile("ltr %w0" ::"r"(SEL_TSS));

    for (int v = 0; v < 32; v++) kiln_kvm_idt_set(v, kiln_kvm_trap_stubs[v], (v == 2 || v == 8 || v == 18) ? 2 : 1);
    struct __attribute__((packed)) {
        uint16_t limit;
        uint64_t base;
    } idtr = {sizeof idt - 1, (uintptr_t)idt};
    __asm__ volatile("lidt %0" ::"m"(idtr));
}

static const char *const names[32] = {
    "#DE divide error", "#DB debug", "NMI", "#BP breakpoint", "#OF overflow",
    "#BR bound range exceeded", "#UD invalid opcode", "#NM device not available", "#DF double fault",
    "coprocessor segment overrun", "#TS invalid TSS", "#NP segment not present",
    "#SS stack-segment fault", "#GP general protection", "#PF page fault", "reserved",
    "#MF x87 floating-point error", "#AC alignment check", "#MC machine check",
    "#XM SIMD floating-point exception", "#VE virtualization exception", "#CP control protection",
    "reserved", "reserved", "reserved", "reserved", "reserved", "reserved",
    "#HV hypervisor injection", "#VC VMM communication", "#SX security exception", "reserved",
};

#define ERR KILN_CONSOLE_ERR

static void reg(const char *name, uint64_t v) {
    kiln_kvm_puts(ERR, name);
    kiln_kvm_put_hex(ERR, v, 16);
}

static int in_page(uint64_t a, uintptr_t page) { return page && a >= page && a < page + KILN_KVM_PAGE; }

static void report_page_fault(const struct kiln_kvm_trap_frame *f, uint64_t cr2) {
    kiln_kvm_puts(ERR, "  fault address (CR2) ");
    kiln_kvm_put_hex(ERR, cr2, 16);
    if (cr2 < KILN_KVM_PAGE) {
        kiln_kvm_puts(ERR, ": null pointer dereference");
    } else if (in_page(cr2, kiln_kvm_layout.stack_guard) || in_page(cr2, (uintptr_t)kiln_kvm_boot_stack_guard)) {
        kiln_kvm_puts(ERR, ": stack overflow (guard page below the stack)");
    }
    /* Error code bits: SDM vol. 3A §4.7. */
    kiln_kvm_puts(ERR, "\n  access: ");
    kiln_kvm_puts(ERR, f->error & 0x10 ? "instruction fetch" : f->error & 0x2 ? "write" : "read");
    kiln_kvm_puts(ERR, f->error & 0x1 ? ", protection violation" : ", page not mapped");
    if (f->error & 0x8) kiln_kvm_puts(ERR, ", reserved bit set in a page-table entry");
    kiln_kvm_puts(ERR, "\n");
}

_Noreturn void kiln_kvm_trap(const struct kiln_kvm_trap_frame *f) {
    uint64_t cr2;
    __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
    const char *name = names[f->vector & 31];

    if (kiln_kvm_crashing++ || f->vector == 8) {
        /* Fault while reporting a crash, or a double fault: the minimum, then out. */
        kiln_kvm_puts(ERR, "\nkiln: crash: CPU exception ");
        kiln_kvm_put_dec(ERR, (int64_t)f->vector);
        kiln_kvm_puts(ERR, " ");
        kiln_kvm_puts(ERR, name);
        if (kiln_kvm_crashing > 1) kiln_kvm_puts(ERR, " while reporting a crash");
        reg("\n  rip ", f->rip);
        reg("  rsp ", f->rsp);
        reg("  cr2 ", cr2);
        kiln_kvm_puts(ERR, "\n");
        kiln_kvm_console_flush(ERR);
        kiln_kvm_exit_now(KILN_EXIT_CRASH);
    }

    kiln_kvm_puts(ERR, "\nkiln: crash: CPU exception ");
    kiln_kvm_put_dec(ERR, (int64_t)f->vector);
    kiln_kvm_puts(ERR, " ");
    kiln_kvm_puts(ERR, name);
    reg("\n  error code ", f->error);
    kiln_kvm_puts(ERR, "\n");
    if (f->vector == 14) report_page_fault(f, cr2);
    reg("  rip ", f->rip);
    reg("  rsp ", f->rsp);
    reg("  rflags ", f->rflags);
    reg("  cs ", f->cs);
    reg("\n  rax ", f->rax);
    reg("  rbx ", f->rbx);
    reg("  rcx ", f->rcx);
    reg("  rdx ", f->rdx);
    reg("\n  rsi ", f->rsi);
    reg("  rdi ", f->rdi);
    reg("  rbp ", f->rbp);
    reg("  r8  ", f->r8);
    reg("\n  r9  ", f->r9);
    reg("  r10 ", f->r10);
    reg("  r11 ", f->r11);
    reg("  r12 ", f->r12);
    reg("\n  r13 ", f->r13);
    reg("  r14 ", f->r14);
    reg("  r15 ", f->r15);
    kiln_kvm_puts(ERR, "\n");
    kiln_kvm_report_java_frames(ERR);
    kiln_plat_exit(KILN_EXIT_CRASH);
}
