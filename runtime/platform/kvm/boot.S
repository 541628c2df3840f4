/*
 * boot.S — first instructions of a Kiln image: PVH entry, long mode, trap entry stubs.
 *
 * Boot sequence (details in docs/boot.md):
 *   1. The PVH loader (QEMU's pvh.bin option ROM) finds the XEN_ELFNOTE_PHYS32_ENTRY note below and
 *      jumps to kiln_pvh_start32 in 32-bit protected mode, paging off, %ebx = &hvm_start_info
 *      (Xen docs/misc/pvh.pandoc).
 *   2. We read the TSC first (boot timing), keep %ebx, load our GDT, identity map the first 1 GiB
 *      with 2 MiB pages (throw-away tables, just enough to run C), enable PAE + SSE, set EFER.LME,
 *      enable paging and far-jump into 64-bit code (Intel SDM vol. 3A §10.8.5 "Initializing IA-32e
 *      Mode").
 *   3. On the boot stack, C (setup.c: kiln_kvm_boot) builds the real page tables, the IDT and the
 *      main stack, then kiln_kvm_enter switches to that stack and calls kiln_rt_main.
 */

#define CR0_PE  (1 << 0)
#define CR0_MP  (1 << 1)
#define CR0_EM  (1 << 2)
#define CR0_TS  (1 << 3)
#define CR0_NE  (1 << 5)
#define CR0_WP  (1 << 16)       /* supervisor writes to read-only pages fault */
#define CR0_PG  (1 << 31)
#define CR4_PAE (1 << 5)
#define CR4_OSFXSR (1 << 9)     /* SSE state saved by FXSAVE, SSE instructions allowed */
#define CR4_OSXMMEXCPT (1 << 10) /* unmasked SSE exceptions raise #XM, not #UD */
#define MSR_EFER 0xC0000080
#define EFER_LME (1 << 8)
#define PTE_P   0x1
#define PTE_RW  0x2
#define PTE_PS  0x80

#define KILN_SEL_CODE64 0x08
#define KILN_SEL_DATA   0x10

/* ---- The PVH note: name "Xen", type 18 (XEN_ELFNOTE_PHYS32_ENTRY), 32-bit entry address. ---- */
    .section .note.Xen, "a", @note
    .balign 4
    .long 4                     /* namesz: "Xen\0" */
    .long 4                     /* descsz */
    .long 18                    /* type: XEN_ELFNOTE_PHYS32_ENTRY */
    .asciz "Xen"
    .balign 4
    .long kiln_pvh_start32

/* ---- 32-bit entry ---- */
    .section .text.boot, "ax", @progbits
    .code32
    .globl kiln_pvh_start32
kiln_pvh_start32:
    rdtsc                                   /* the very first instruction: boot timestamp */
    movl %eax, kiln_kvm_boot_tsc
    movl %edx, kiln_kvm_boot_tsc + 4
    movl %ebx, kiln_kvm_start_info          /* upper half stays 0 (.bss) */

    lgdt kiln_kvm_gdt_ptr

    /* Boot page tables: PML4[0] -> PDPT[0] -> PD mapping 0..1 GiB with 2 MiB pages. The tables
     * are in .bss, which the ELF loader zero-fills. */
    movl $boot_pd, %edi
    movl $(PTE_P | PTE_RW | PTE_PS), %eax
    movl $512, %ecx
1:  movl %eax, (%edi)
    addl $0x200000, %eax
    addl $8, %edi
    decl %ecx
    jnz 1b
    movl $(boot_pd + PTE_P + PTE_RW), boot_pdpt
    movl $(boot_pdpt + PTE_P + PTE_RW), boot_pml4
    movl $boot_pml4, %eax
    movl %eax, %cr3

    movl %cr4, %eax
    orl $(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
    movl %eax, %cr4

    movl $MSR_EFER, %ecx
    rdmsr
    orl $EFER_LME, %eax
    wrmsr

    movl %cr0, %eax
    andl $~(CR0_EM | CR0_TS), %eax
    orl $(CR0_PG | CR0_WP | CR0_NE | CR0_MP | CR0_PE), %eax
    movl %eax, %cr0
    ljmp $KILN_SEL_CODE64, $start64

/* ---- 64-bit ---- */
    .code64
start64:
    movl $KILN_SEL_DATA, %eax
    movl %eax, %ds
    movl %eax, %es
    movl %eax, %ss
    movl %eax, %fs
    movl %eax, %gs
    movq $kiln_kvm_boot_stack_top, %rsp
    xorl %ebp, %ebp
    fninit                                  /* x87 to its default state; MXCSR resets to 0x1f80 */
    call kiln_kvm_boot                      /* setup.c; does not return */
2:  cli
    hlt
    jmp 2b

/*
 * kiln_kvm_enter(void *heap, size_t heap_size, char *stack_top): switch to the main stack and call
 * kiln_rt_main(heap, heap_size, stack_top). %rdx is both the new %rsp and the third argument.
 */
    .text
    .globl kiln_kvm_enter
kiln_kvm_enter:
    movq %rdx, %rsp
    xorl %ebp, %ebp
    call kiln_rt_main
    call kiln_kvm_main_returned             /* exit.c: reports and exits; does not return */
3:  cli
    hlt
    jmp 3b

/*
 * CPU exception stubs, vectors 0-31 (Intel SDM vol. 3A §6.15). Each stub makes the stack look the
 * same (error code or 0, then the vector) and jumps to trap_common, which saves every general
 * register into a struct kiln_kvm_trap_frame (trap.h) and calls kiln_kvm_trap(frame).
 */
.macro TRAP_NOERR vec
    .balign 16
trap_stub_\vec:
    pushq $0
    pushq $\vec
    jmp trap_common
.endm
.macro TRAP_ERR vec
    .balign 16
trap_stub_\vec:
    pushq $\vec
    jmp trap_common
.endm

TRAP_NOERR 0
TRAP_NOERR 1
TRAP_NOERR 2
TRAP_NOERR 3
TRAP_NOERR 4
TRAP_NOERR 5
TRAP_NOERR 6
TRAP_NOERR 7
TRAP_ERR   8
TRAP_NOERR 9
TRAP_ERR   10
TRAP_ERR   11
TRAP_ERR   12
TRAP_ERR   13
TRAP_ERR   14
TRAP_NOERR 15
TRAP_NOERR 16
TRAP_ERR   17
TRAP_NOERR 18
TRAP_NOERR 19
TRAP_NOERR 20
TRAP_ERR   21
TRAP_NOERR 22
TRAP_NOERR 23
TRAP_NOERR 24
TRAP_NOERR 25
TRAP_NOERR 26
TRAP_NOERR 27
TRAP_NOERR 28
TRAP_ERR   29
TRAP_ERR   30
TRAP_NOERR 31

trap_common:
    pushq %rax
    pushq %rbx
    pushq %rcx
    pushq %rdx
    pushq %rsi
    pushq %rdi
    pushq %rbp
    pushq %r8
    pushq %r9
    pushq %r10
    pushq %r11
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, %rdi
    cld
    andq $-16, %rsp
    call kiln_kvm_trap                      /* trap.c; does not return */
4:  cli
    hlt
    jmp 4b

    .section .rodata
    .balign 8
    .globl kiln_kvm_trap_stubs
kiln_kvm_trap_stubs:
    .irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .quad trap_stub_\v
    .endr

/* ---- GDT: null, 64-bit code, data, TSS (16 bytes, filled in by trap.c). ---- */
    .data
    .balign 16
    .globl kiln_kvm_gdt
kiln_kvm_gdt:
    .quad 0
    .quad 0x00af9a000000ffff                /* 0x08: code, 64-bit (L=1), DPL 0 */
    .quad 0x00cf92000000ffff                /* 0x10: data, flat, writable */
    .quad 0, 0                              /* 0x18: 64-bit TSS descriptor */
kiln_kvm_gdt_end:
    .balign 8
kiln_kvm_gdt_ptr:
    .word kiln_kvm_gdt_end - kiln_kvm_gdt - 1
    .long kiln_kvm_gdt

/* ---- Boot data, boot page tables and the boot stack (with an unmapped guard page below). ---- */
    .bss
    .balign 8
    .globl kiln_kvm_boot_tsc, kiln_kvm_start_info
kiln_kvm_boot_tsc:   .skip 8
kiln_kvm_start_info: .skip 8

    .section .bss.kiln_boot, "aw", @nobits
    .balign 4096
boot_pml4: .skip 4096
boot_pdpt: .skip 4096
boot_pd:   .skip 4096
    .globl kiln_kvm_boot_stack_guard, kiln_kvm_boot_stack_top
kiln_kvm_boot_stack_guard: .skip 4096       /* left unmapped by paging.c */
    .skip 16384
kiln_kvm_boot_stack_top:

/* No executable stack wanted (silences the linker; the image has no such notion anyway). */
    .section .note.GNU-stack, "", @progbits
