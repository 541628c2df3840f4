/*
 * irq_entry.S — entry stubs for external interrupts (vectors 32-63) and the APIC's spurious vector 255.
 * Unlike the exception stubs in boot.S, these return to the interrupted code: they save the
 * registers a C function may clobber (System V AMD64 caller-saved ones; the platform C code uses no
 * SSE, see kvm.h), call kiln_kvm_irq(vector) on the interrupted stack, restore and iretq.
 */
    .text
.macro IRQ vec
    .balign 16
irq_stub_\vec:
    pushq $\vec
    jmp irq_common
.endm

    .irp v, 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,255
    IRQ \v
    .endr

/* The CPU pushed 5 words onto a 16-byte aligned stack (SDM vol. 3A §6.14.2), the stub one more:
 * nine saves and an 8-byte pad leave %rsp 16-byte aligned at the call, as the ABI requires. */
irq_common:
    pushq %rax
    pushq %rcx
    pushq %rdx
    pushq %rsi
    pushq %rdi
    pushq %r8
    pushq %r9
    pushq %r10
    pushq %r11
    movq 72(%rsp), %rdi                     /* the vector */
    subq $8, %rsp
    cld
    call kiln_kvm_irq
    addq $8, %rsp
    popq %r11
    popq %r10
    popq %r9
    popq %r8
    popq %rdi
    popq %rsi
    popq %rdx
    popq %rcx
    popq %rax
    addq $8, %rsp                           /* the vector */
    iretq

    .section .rodata
    .balign 8
    .globl kiln_kvm_irq_stubs
kiln_kvm_irq_stubs:
    .irp v, 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63
    .quad irq_stub_\v
    .endr
    .globl kiln_kvm_irq_spurious_stub
kiln_kvm_irq_spurious_stub:
    .quad irq_stub_255
