/*
 * rt_main.c — startup common to every platform, the per-thread globals of rt.h, and kiln_fmod.
 */
#include <kiln/rt.h>

kiln_frame *kiln_frame_top;
kiln_object *kiln_pending;
char *kiln_stack_limit;
char *kiln_stack_base;

/* The platform has set up a stack (kiln_stack_base/kiln_stack_limit) and found memory for the
 * heap; from here on everything is Java. */
_Noreturn void kiln_rt_main(void *heap, size_t heap_size, char *stack_base) {
    kiln_stack_base = stack_base;
    kiln_gc_init(heap, heap_size);
    kiln_java_start();
    kiln_plat_panic("kiln_java_start returned");
}

/*
 * Java's % on doubles (JVMS §6.5 drem): the remainder of truncating division, with the sign of
 * the dividend; NaN if either operand is NaN, the dividend is infinite or the divisor is zero;
 * the dividend itself if the divisor is infinite. That is exactly what the x87 FPREM
 * instruction computes (Intel SDM Vol. 2A, "FPREM—Partial Remainder"), a few exponent steps per
 * execution, so it is repeated until the C2 status flag says the reduction is complete. The
 * result is exact (it is representable as a double), so no libm and no rounding question.
 * float % float goes through here too: the double remainder of two floats is exact and fits in
 * a float.
 */
double kiln_fmod(double a, double b) {
    long double x = a, y = b;
    __asm__("1:\n\t"
            "fprem\n\t"
            "fnstsw %%ax\n\t"
            "testw $0x400, %%ax\n\t" /* C2: reduction incomplete */
            "jnz 1b"
            : "+t"(x)
            : "u"(y)
            : "ax", "cc");
    return (double)x;
}
