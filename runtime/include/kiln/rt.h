/*
 * kiln/rt.h — the contract between compiler-generated C, the runtime core and the platform.
 *
 * Three audiences read this header:
 *   - the C emitter (kiln.compiler.emit), whose output includes it and relies on every layout here;
 *   - the runtime core (runtime/core: gc, class init glue, stack traces), which implements the
 *     kiln_* functions declared under "core";
 *   - the platforms (runtime/platform/kvm, runtime/platform/linux), which implement the
 *     kiln_plat_* functions and nothing else.
 *
 * Everything Java-visible about the machine goes through the few functions below; all policy
 * (what an exception message says, when a class is initialised, how arguments are parsed) lives in
 * Java, in the class library's kiln.rt package.
 */
#ifndef KILN_RT_H
#define KILN_RT_H

#include <stddef.h>
#include <stdint.h>

/* ---- Java primitive types (JVMS §2.3). Sub-int values travel as jint in locals and calls. ---- */
typedef int8_t jbyte;
typedef int16_t jshort;
typedef uint16_t jchar;
typedef int32_t jint;
typedef int64_t jlong;
typedef float jfloat;
typedef double jdouble;
typedef uint8_t jboolean;

typedef struct kiln_class kiln_class;

/*
 * Every heap object starts with this 16-byte header.
 *   klass  — the object's class; never NULL for a live object (a NULL klass marks a free slot).
 *   gc     — bit 0: mark bit (owned by the collector). Bits 1..31: identity hash, 0 = not yet
 *            assigned (see kiln_identity_hash).
 *   length — element count for arrays; for other objects the lock word of the object's monitor
 *            (kiln.rt.Monitors; 0 = unlocked).
 * Instance fields start at offset 16; array elements start at offset 16 (KILN_ARRAY_DATA).
 */
typedef struct kiln_object {
    const kiln_class *klass;
    uint32_t gc;
    int32_t length;
} kiln_object;

#define KILN_HEADER_SIZE 16
#define KILN_ARRAY_DATA(a, T) ((T *)((char *)(a) + KILN_HEADER_SIZE))

/* Class flags. */
#define KILN_CLASS_INTERFACE 0x1u
#define KILN_CLASS_ARRAY 0x2u
#define KILN_CLASS_PRIMITIVE 0x4u
#define KILN_CLASS_ABSTRACT 0x8u
#define KILN_CLASS_REF_ARRAY 0x10u /* array whose elements are references */

/* Element-type codes for arrays and primitive classes (JVMS descriptor letters). */
#define KILN_ELEM_NONE 0


/* Class-initialisation states (JVMS §5.5). Classes that need no initialisation start at DONE. */
#define KILN_INIT_NONE 0
#define KILN_INIT_RUNNING 1
#define KILN_INIT_DONE 2
#define KILN_INIT_FAILED 3

/*
 * Runtime class metadata. A kiln_class is itself a java.lang.Class instance (its header's klass
 * points at the class of java.lang.Class), so `getClass()` is just `o->klass`. java.lang.Class has
 * no Java instance fields; everything it knows comes from here through natives.
 *
 * The compiler emits one of these per reachable class, array type and primitive type, as a static
 * struct whose prefix is KILN_CLASS_FIELDS followed by a fixed-size vtable, and casts it to
 * kiln_class *.
 */
#define KILN_CLASS_FIELDS                                                                            \
    kiln_object header;                /* makes the class a java.lang.Class object */            \
    kiln_object *name;                 /* java.lang.String: binary name, "java.lang.String", "[I" */ \
    const kiln_class *super;           /* NULL for Object, interfaces and primitives */          \
    const kiln_class *component;       /* arrays: element class; else NULL */                     \
    const kiln_class *array_class;     /* class of this[] if the program uses it, else NULL */   \
    uint32_t flags;                    /* KILN_CLASS_* */                                         \
    uint32_t size;                     /* instances: bytes incl. header; arrays: element size */  \
    int32_t id;                        /* preorder number in the class tree */                    \
    int32_t id_last;                   /* largest id among subclasses: C <: T iff T.id<=C.id<=T.id_last */ \
    const uint16_t *ref_offsets;       /* offsets of reference fields, 0-terminated; NULL if none */ \
    const kiln_class *const *interfaces; /* every interface implemented, transitively; NULL-terminated */ \
    void (*clinit)(void);              /* <clinit>, or NULL */                                     \
    int32_t init_state;                /* KILN_INIT_*, see kiln.rt.ClassInit */                    \
    char elem_type;                    /* primitives and primitive arrays: 'I','J','Z'...; else 0 */ \
    uint8_t pad_[3];                                                                               \
    int32_t vtable_length

struct kiln_class {
    KILN_CLASS_FIELDS;
    void *vtable[];
};

/* ---- Stack frames and stack traces ----
 * Every compiled method links a kiln_frame into the current thread's shadow stack on entry and
 * unlinks it on every exit, and keeps `line` current before each instruction that can throw or
 * call. Throwable.fillInStackTrace walks this chain; the crash report prints its top.
 */
typedef struct kiln_method_info {
    const char *class_name;  /* binary name with dots, "java.lang.String" */
    const char *method_name; /* "charAt", "<init>", "<clinit>" */
    const char *file;        /* SourceFile attribute, or NULL */
    kiln_object *class_name_str; /* the same three as static java.lang.String objects (NULL file: NULL) */
    kiln_object *method_name_str;
    kiln_object *file_str;
} kiln_method_info;

typedef struct kiln_frame {
    struct kiln_frame *prev;
    const kiln_method_info *method;
    int32_t line; /* source line, or -1 when unknown */
} kiln_frame;

/* Per-thread state of the running thread. One CPU, green threads: the scheduler swaps these. */
extern kiln_frame *kiln_frame_top;   /* innermost frame */
extern kiln_object *kiln_pending;    /* the exception being thrown, or NULL */
extern char *kiln_stack_limit;       /* below this address a call throws StackOverflowError */
extern char *kiln_stack_base;        /* highest address of the current stack (for scanning) */

/* ---- Green threads (runtime/core/threads.c; policy in kiln.rt.Scheduler) ---- */
typedef struct kiln_thread_ctx kiln_thread_ctx;
/* Set (by the platform's timer interrupt or signal) when the running thread should reach a
 * safepoint: generated code polls it at method entry and on loop back-edges and then calls
 * kiln_java_safepoint(). */
extern volatile int kiln_safepoint_requested;
/* Set by every interrupt the platform takes; kiln_plat_idle() returns once it is set. */
extern volatile int kiln_wakeup;
/* 1 while scheduler or monitor code is on the running thread's stack: no switch at a safepoint then. */
int kiln_scheduler_on_stack(void);
/* Generated entry points into kiln.rt.Scheduler (safepoint() and threadBody()). */
void kiln_java_safepoint(void);
void kiln_java_thread_body(void);
/* kiln.rt.Scheduler.awaitInterrupt(vector, timeout): blocks the running thread until the device
 * vector fires (called by the platform's kiln.hw.Irq natives). timeout 0: only the vector wakes
 * it; otherwise an unpark does too, and a positive timeout (ns) ends the wait. */
void kiln_java_irq_await(jint vector, jlong timeout);

/* ---- Objects and the collector (runtime/core/gc.c) ---- */

/* Initialise the heap over [start, start+size). Called once by the platform before any Java. */
void kiln_gc_init(void *start, size_t size);
/* A zeroed instance of c (c->size bytes). On exhaustion: collects; if still full, sets
 * kiln_pending to the preallocated OutOfMemoryError and returns NULL. */
kiln_object *kiln_new_object(const kiln_class *c);
/* A zeroed array of the given array class and length (length >= 0, checked by the caller). */
kiln_object *kiln_new_array(const kiln_class *array_class, jint length);
/* Runs a full collection now. */
void kiln_gc_collect(void);
/* Heap statistics in bytes, for Runtime.totalMemory/freeMemory/maxMemory. */
size_t kiln_gc_heap_size(void);
size_t kiln_gc_free_bytes(void);
/* Is p inside the collected heap (as opposed to static data such as classes and literals)? */
int kiln_gc_in_heap(const void *p);
/* Identity hash: assigned on first use, stable for the object's lifetime, never 0. */
jint kiln_identity_hash(kiln_object *o);
/* Shallow copy of an object or array (Object.clone). NULL with kiln_pending set on OOM. */
kiln_object *kiln_clone(kiln_object *o);

/* Roots the compiler emits: addresses of static reference fields, NULL-terminated. */
extern kiln_object **const kiln_static_roots[];
/* The OutOfMemoryError instance kiln_new_* throw; created at startup by kiln.rt.Start. */
extern kiln_object *kiln_oom_error;

/* Extra roots for a green-thread scheduler: if set, called during every collection's root phase.
 * It calls kiln_gc_scan_range for each suspended thread's stack and saved registers (and any
 * other memory that may hold references). kiln_gc_scan_range treats every aligned word in
 * [lo, hi) as a possible (interior) pointer; it may only be called from inside the hook. */
extern void (*kiln_gc_root_hook)(void);
void kiln_gc_scan_range(const void *lo, const void *hi);

/* Prints the Java frames of kiln_frame_top ("\tat Class.method(File.java:12)") to fd 2 with
 * kiln_plat_write only, so crash handlers may call it (runtime/core/natives.c). */
void kiln_print_java_stack(void);

/* ---- Type checks (runtime/core/types.c) ---- */
/* Well-known classes, emitted by the compiler (pointers to kiln_class_java_lang_Object etc.).
 * Every array is assignable to these; cloneable/serializable are NULL when the program does not
 * use those interfaces. */
extern kiln_class *const kiln_class_object, *const kiln_class_cloneable, *const kiln_class_serializable;
/* Is class s assignable to class t (JVMS §6.5 checkcast rules, arrays included)? */
int kiln_is_subclass(const kiln_class *s, const kiln_class *t);
/* Interface calls need no runtime lookup: in the closed world the compiler emits, per call site
 * kind, a dispatcher that switches on the receiver class's id (see docs/compiler.md). */

/* ---- Generated entry points (emitted by the compiler) ---- */
/* Runs kiln.rt.Start.start(): system setup, the application's main, exit. Never returns. */
void kiln_java_start(void);

/* Common startup for every platform: heap, then Java. Never returns. */
_Noreturn void kiln_rt_main(void *heap, size_t heap_size, char *stack_base);

/* ---- Platform interface: the whole boundary to the machine (runtime/platform/NAME) ---- */
/* Write bytes to the console. fd 1 = standard output, fd 2 = standard error. Never blocks long. */
void kiln_plat_write(int fd, const void *buf, size_t len);
/* Read up to len bytes of standard input; returns bytes read, 0 at end of input, or
 * KILN_READ_WOULD_BLOCK when no input has arrived yet (kvm: the caller waits for the console's
 * interrupt, see kiln.rt.ConsoleInputStream). Never blocks on kvm; blocks on linux. */
#define KILN_READ_WOULD_BLOCK (-2)
long kiln_plat_read(int fd, void *buf, size_t len);
/* End the program with this status (0..255 as on Linux). */
_Noreturn void kiln_plat_exit(int status);
/* Fatal runtime failure: print msg and a crash report, exit with KILN_EXIT_CRASH. */
_Noreturn void kiln_plat_panic(const char *msg);
/* Monotonic nanoseconds since an arbitrary origin. */
int64_t kiln_plat_nanotime(void);
/* Wall-clock milliseconds since 1970-01-01T00:00Z. */
int64_t kiln_plat_wallclock_ms(void);
/* Boot words: on kvm the kernel command line split at spaces (double quotes group, backslash
 * escapes); on linux argv[1..]. */
int kiln_plat_argc(void);
const char *kiln_plat_argv(int i);
/* 1 on the linux target (argv are program arguments), 0 on kvm (argv are boot words). */
int kiln_plat_is_hosted(void);
/* TSC (or nanotime on linux) at the first instruction of the image, and now; for boot timing. */
uint64_t kiln_plat_boot_tsc(void);
uint64_t kiln_plat_tsc(void);

/* Entropy for SecureRandom's seeds (kiln.rt.Entropy, docs/devices.md): fills buf with len bytes
 * from the platform's random source and returns which one it was, or KILN_ENTROPY_NONE when
 * there is none (buf then holds nothing usable). linux: the getrandom(2) system call. kvm: RDSEED, else RDRAND, when CPUID offers
 * them (KVM passes the host's through; under TCG QEMU's "-cpu max" has both). */
#define KILN_ENTROPY_NONE 0
#define KILN_ENTROPY_GETRANDOM 1
#define KILN_ENTROPY_RDSEED 2
#define KILN_ENTROPY_RDRAND 3
int kiln_plat_entropy(void *buf, size_t len);

/* One-shot timer: at monotonic time `deadline_ns` (kiln_plat_nanotime's clock) set
 * kiln_safepoint_requested and kiln_wakeup. A later call replaces the deadline; <= 0 disarms. */
void kiln_plat_timer_arm(int64_t deadline_ns);
/* Wait (halting the CPU) until kiln_wakeup is set by an interrupt, then clear it and return. Returns
 * at once if it is already set, so a wakeup between the caller's check and this call is not lost. */
void kiln_plat_idle(void);

/* Exit status used when the image crashes (CPU exception, panic). */
#define KILN_EXIT_CRASH 134

/* ---- Helpers the generated code inlines: Java arithmetic made explicit (JVMS §6.5) ---- */
static inline jint kiln_idiv(jint a, jint b) { return b == -1 ? (jint)(0u - (uint32_t)a) : a / b; }
static inline jint kiln_irem(jint a, jint b) { return b == -1 ? 0 : a % b; }
static inline jlong kiln_ldiv(jlong a, jlong b) { return b == -1 ? (jlong)(0ull - (uint64_t)a) : a / b; }
static inline jlong kiln_lrem(jlong a, jlong b) { return b == -1 ? 0 : a % b; }
static inline jint kiln_ishl(jint a, jint b) { return (jint)((uint32_t)a << (b & 31)); }
static inline jint kiln_ishr(jint a, jint b) { return a >> (b & 31); }
static inline jint kiln_iushr(jint a, jint b) { return (jint)((uint32_t)a >> (b & 31)); }
static inline jlong kiln_lshl(jlong a, jint b) { return (jlong)((uint64_t)a << (b & 63)); }
static inline jlong kiln_lshr(jlong a, jint b) { return a >> (b & 63); }
static inline jlong kiln_lushr(jlong a, jint b) { return (jlong)((uint64_t)a >> (b & 63)); }
static inline jint kiln_f2i(jfloat f) {
    if (f != f) return 0;
    if (f >= 2147483647.0f) return INT32_MAX;
    if (f <= -2147483648.0f) return INT32_MIN;
    return (jint)f;
}
static inline jlong kiln_f2l(jfloat f) {
    if (f != f) return 0;
    if (f >= 9223372036854775807.0f) return INT64_MAX;
    if (f <= -9223372036854775808.0f) return INT64_MIN;
    return (jlong)f;
}
static inline jint kiln_d2i(jdouble d) {
    if (d != d) return 0;
    if (d >= 2147483647.0) return INT32_MAX;
    if (d <= -2147483648.0) return INT32_MIN;
    return (jint)d;
}
static inline jlong kiln_d2l(jdouble d) {
    if (d != d) return 0;
    if (d >= 9223372036854775807.0) return INT64_MAX;
    if (d <= -9223372036854775808.0) return INT64_MIN;
    return (jlong)d;
}
/* fcmpl/dcmpl answer -1 for NaN, fcmpg/dcmpg answer 1. */
static inline jint kiln_fcmpl(jfloat a, jfloat b) { return a > b ? 1 : a == b ? 0 : a < b ? -1 : -1; }
static inline jint kiln_fcmpg(jfloat a, jfloat b) { return a > b ? 1 : a == b ? 0 : a < b ? -1 : 1; }
static inline jint kiln_dcmpl(jdouble a, jdouble b) { return a > b ? 1 : a == b ? 0 : a < b ? -1 : -1; }
static inline jint kiln_dcmpg(jdouble a, jdouble b) { return a > b ? 1 : a == b ? 0 : a < b ? -1 : 1; }
static inline jint kiln_lcmp(jlong a, jlong b) { return a > b ? 1 : a == b ? 0 : -1; }
/* frem/drem: C fmod has Java's semantics (result has the sign of the dividend). */
double kiln_fmod(double a, double b);

/* Freestanding helpers (the kvm target has no libc). */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

#endif
