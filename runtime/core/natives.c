/*
 * natives.c — the C side of the native methods of kiln.rt.{Platform, Heap, StackWalk, Classes,
 * Memory} (classlib/src/main/java/kiln/rt). Names and signatures follow the rule in
 * notes/common.md: kiln_native_<class binary name with '.' -> '_'>_<method>; static natives take
 * exactly the Java parameters; boolean/char/int travel as jint; every reference is kiln_object *.
 * The Java side has done all argument checks; these functions only move data.
 * (kiln.rt.Start.invokeMain is a compiler intrinsic and has no C body.)
 */
#include <kiln/rt.h>

#define CLASS(c) ((const kiln_class *)(c))
#define AS_OBJECT(c) ((kiln_object *)(c)) /* a kiln_class is a java.lang.Class object */
#define BYTES(a) KILN_ARRAY_DATA(a, char)

/* ---- kiln.rt.Platform ---- */

void kiln_native_kiln_rt_Platform_write(jint fd, kiln_object *buf, jint off, jint len) {
    kiln_plat_write(fd, BYTES(buf) + off, (size_t)len);
}

/* Java wants -1 at end of input and -2 for "nothing yet"; the platform says 0 at the end (or
 * another negative value on a read error, which a console cannot recover from either, so it also
 * ends the input). */
jint kiln_native_kiln_rt_Platform_read(jint fd, kiln_object *buf, jint off, jint len) {
    if (len == 0) return 0;
    long n = kiln_plat_read(fd, BYTES(buf) + off, (size_t)len);
    return n > 0 ? (jint)n : n == KILN_READ_WOULD_BLOCK ? -2 : -1;
}

void kiln_native_kiln_rt_Platform_exit(jint status) { kiln_plat_exit(status); }

jlong kiln_native_kiln_rt_Platform_nanoTime(void) { return kiln_plat_nanotime(); }

jlong kiln_native_kiln_rt_Platform_currentTimeMillis(void) { return kiln_plat_wallclock_ms(); }

jint kiln_native_kiln_rt_Platform_argc(void) { return kiln_plat_argc(); }

jint kiln_native_kiln_rt_Platform_argLength(jint i) { return (jint)strlen(kiln_plat_argv(i)); }

void kiln_native_kiln_rt_Platform_argCopy(jint i, kiln_object *dst) {
    const char *s = kiln_plat_argv(i);
    memcpy(BYTES(dst), s, strlen(s));
}

jint kiln_native_kiln_rt_Platform_isHosted(void) { return kiln_plat_is_hosted() != 0; }

jlong kiln_native_kiln_rt_Platform_bootTsc(void) { return (jlong)kiln_plat_boot_tsc(); }

jlong kiln_native_kiln_rt_Platform_tsc(void) { return (jlong)kiln_plat_tsc(); }

jint kiln_native_kiln_rt_Platform_entropy(kiln_object *buf, jint off, jint len) {
    return kiln_plat_entropy(BYTES(buf) + off, (size_t)len);
}

/* ---- kiln.rt.Heap ---- */

jint kiln_native_kiln_rt_Heap_identityHash(kiln_object *o) { return kiln_identity_hash(o); }

kiln_object *kiln_native_kiln_rt_Heap_shallowClone(kiln_object *o) { return kiln_clone(o); }

jlong kiln_native_kiln_rt_Heap_totalBytes(void) { return (jlong)kiln_gc_heap_size(); }

jlong kiln_native_kiln_rt_Heap_freeBytes(void) { return (jlong)kiln_gc_free_bytes(); }

void kiln_native_kiln_rt_Heap_collect(void) { kiln_gc_collect(); }

void kiln_native_kiln_rt_Heap_setOutOfMemoryError(kiln_object *e) { kiln_oom_error = e; }

/* ---- kiln.rt.StackWalk: frame 0 is kiln_frame_top, the Java caller of the native ---- */

/* Callers walk the stack frame by frame (Throwable.captureStack), so remember where the last
 * lookup ended: a walk of n frames costs O(n), not O(n^2), even 40 000 frames deep. */
static const kiln_frame *walk_top, *walk_frame;
static jint walk_index;

static const kiln_frame *frame_at(jint i) {
    const kiln_frame *f = kiln_frame_top;
    jint k = i;
    if (walk_top == kiln_frame_top && walk_frame && i >= walk_index) {
        f = walk_frame;
        k = i - walk_index;
    }
    while (k-- > 0 && f) f = f->prev;
    if (!f) kiln_plat_panic("StackWalk: frame index out of range");
    walk_top = kiln_frame_top;
    walk_frame = f;
    walk_index = i;
    return f;
}

jint kiln_native_kiln_rt_StackWalk_depth(void) {
    jint n = 0;
    for (const kiln_frame *f = kiln_frame_top; f; f = f->prev) n++;
    return n;
}

kiln_object *kiln_native_kiln_rt_StackWalk_className(jint i) { return frame_at(i)->method->class_name_str; }

kiln_object *kiln_native_kiln_rt_StackWalk_methodName(jint i) { return frame_at(i)->method->method_name_str; }

kiln_object *kiln_native_kiln_rt_StackWalk_fileName(jint i) { return frame_at(i)->method->file_str; }

jint kiln_native_kiln_rt_StackWalk_lineNumber(jint i) { return frame_at(i)->line; }

/* ---- kiln.rt.Classes ---- */

kiln_object *kiln_native_kiln_rt_Classes_name(kiln_object *c) { return CLASS(c)->name; }

kiln_object *kiln_native_kiln_rt_Classes_superclass(kiln_object *c) { return AS_OBJECT(CLASS(c)->super); }

kiln_object *kiln_native_kiln_rt_Classes_componentType(kiln_object *c) {
    return AS_OBJECT(CLASS(c)->component);
}

jint kiln_native_kiln_rt_Classes_flags(kiln_object *c) { return (jint)CLASS(c)->flags; }

jint kiln_native_kiln_rt_Classes_isSubclass(kiln_object *s, kiln_object *t) {
    return kiln_is_subclass(CLASS(s), CLASS(t));
}

kiln_object *kiln_native_kiln_rt_Classes_classOf(kiln_object *o) { return AS_OBJECT(o->klass); }

jint kiln_native_kiln_rt_Classes_initState(kiln_object *c) { return CLASS(c)->init_state; }

/* kiln_class structs that can change state are emitted writable; those the compiler marks DONE
 * never reach here (ClassInit returns before calling setInitState). */
void kiln_native_kiln_rt_Classes_setInitState(kiln_object *c, jint state) {
    ((kiln_class *)c)->init_state = state;
}

/* An exception thrown by <clinit> is left pending for the Java caller. */
void kiln_native_kiln_rt_Classes_runClinit(kiln_object *c) {
    if (CLASS(c)->clinit) CLASS(c)->clinit();
}

jint kiln_native_kiln_rt_Classes_elementType(kiln_object *c) { return (jint)(unsigned char)CLASS(c)->elem_type; }

/* ---- kiln.rt.Memory ---- */

void kiln_native_kiln_rt_Memory_arrayCopy(kiln_object *src, jint srcPos, kiln_object *dst, jint dstPos,
                                          jint length) {
    size_t es = src->klass->size; /* element size of an array class */
    memmove(BYTES(dst) + (size_t)dstPos * es, BYTES(src) + (size_t)srcPos * es, (size_t)length * es);
}

/* ---- Crash reports ---- */

static void put(const char *s) { kiln_plat_write(2, s, strlen(s)); }

static void put_int(int32_t v) {
    char buf[12], *p = buf + sizeof buf;
    uint32_t u = v < 0 ? 0u - (uint32_t)v : (uint32_t)v;
    do *--p = (char)('0' + u % 10); while ((u /= 10) != 0);
    if (v < 0) *--p = '-';
    kiln_plat_write(2, p, (size_t)(buf + sizeof buf - p));
}

/* Uses only the C strings of kiln_method_info, never the heap, so it is safe in a crash. At most
 * 64 frames, so a corrupt chain cannot loop forever. */
void kiln_print_java_stack(void) {
    int n = 0;
    for (const kiln_frame *f = kiln_frame_top; f; f = f->prev, n++) {
        if (n == 64) {
            put("\t...\n");
            return;
        }
        const kiln_method_info *m = f->method;
        put("\tat ");
        put(m->class_name);
        put(".");
        put(m->method_name);
        put("(");
        put(m->file ? m->file : "Unknown Source");
        if (m->file && f->line >= 0) {
            put(":");
            put_int(f->line);
        }
        put(")\n");
    }
    if (n == 0) put("\t(no Java frames)\n");
}

/* ---- kiln.rt.Heap.newArray: java.lang.reflect.Array.newInstance without reflection ---- */

kiln_object *kiln_native_kiln_rt_Heap_newArray(kiln_object *array_class, jint length) {
    return kiln_new_array(CLASS(array_class), length);
}
