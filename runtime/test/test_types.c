/*
 * test_types.c — kiln_is_subclass on a hand-built class hierarchy, the
 * natives of kiln.rt.{Classes, Memory, StackWalk} and kiln_fmod against libm's fmod.
 *
 *   Object(0..5)  A(1..3)  B extends A (2)  C extends A (3)  D(4..5)  E extends D (5)
 *   interface I; interface J extends I; B implements J; E implements Cloneable
 */
#include <math.h>

#include "test_support.h"

#define CLS(id, last, sup) TEST_CLASS(id, last, sup, 16, NULL)
static kiln_class object_c = CLS(0, 5, NULL);
static kiln_class a_c = CLS(1, 3, &object_c), b_c = CLS(2, 2, &a_c), c_c = CLS(3, 3, &a_c);
static kiln_class d_c = CLS(4, 5, &object_c), e_c = CLS(5, 5, &d_c);
static kiln_class i_c = {.flags = KILN_CLASS_INTERFACE | KILN_CLASS_ABSTRACT, .id = -1, .id_last = -1};
static const kiln_class *const j_ifaces[] = {&i_c, NULL};
static kiln_class j_c = {.flags = KILN_CLASS_INTERFACE | KILN_CLASS_ABSTRACT, .id = -1, .id_last = -1,
                         .interfaces = j_ifaces};
static kiln_class cloneable_c = {.flags = KILN_CLASS_INTERFACE | KILN_CLASS_ABSTRACT, .id = -1, .id_last = -1};
static kiln_class serializable_c = {.flags = KILN_CLASS_INTERFACE | KILN_CLASS_ABSTRACT, .id = -1, .id_last = -1};
static kiln_class int_c = {.flags = KILN_CLASS_PRIMITIVE, .size = 4, .id = -1, .id_last = -1, .elem_type = 'I'};
static kiln_class long_c = {.flags = KILN_CLASS_PRIMITIVE, .size = 8, .id = -1, .id_last = -1, .elem_type = 'J'};

static kiln_class int_arr = TEST_ARRAY(&int_c, 4, 0, 'I'), long_arr = TEST_ARRAY(&long_c, 8, 0, 'J');
static kiln_class obj_arr = TEST_ARRAY(&object_c, 8, KILN_CLASS_REF_ARRAY, 0);
static kiln_class a_arr = TEST_ARRAY(&a_c, 8, KILN_CLASS_REF_ARRAY, 0);
static kiln_class b_arr = TEST_ARRAY(&b_c, 8, KILN_CLASS_REF_ARRAY, 0);
static kiln_class i_arr = TEST_ARRAY(&i_c, 8, KILN_CLASS_REF_ARRAY, 0);
static kiln_class obj_arr2 = TEST_ARRAY(&obj_arr, 8, KILN_CLASS_REF_ARRAY, 0);
static kiln_class a_arr2 = TEST_ARRAY(&a_arr, 8, KILN_CLASS_REF_ARRAY, 0);
static kiln_class b_arr2 = TEST_ARRAY(&b_arr, 8, KILN_CLASS_REF_ARRAY, 0);
static kiln_class int_arr2 = TEST_ARRAY(&int_arr, 8, KILN_CLASS_REF_ARRAY, 0);
static kiln_class cloneable_arr = TEST_ARRAY(&cloneable_c, 8, KILN_CLASS_REF_ARRAY, 0);

kiln_class *const kiln_class_object = &object_c;
kiln_class *const kiln_class_cloneable = &cloneable_c;
kiln_class *const kiln_class_serializable = &serializable_c;
kiln_object **const kiln_static_roots[] = {NULL};

static void setup(void) {
    static const kiln_class *b_ifaces[3];
    b_ifaces[0] = &j_c, b_ifaces[1] = &i_c;
    b_c.interfaces = b_ifaces;
    static const kiln_class *e_ifaces[2];
    e_ifaces[0] = &cloneable_c;
    e_c.interfaces = e_ifaces;
}

#define YES(s, t) CHECK(kiln_is_subclass(&s, &t))
#define NO(s, t) CHECK(!kiln_is_subclass(&s, &t))

static void test_classes(void) {
    YES(b_c, b_c); YES(b_c, a_c); YES(b_c, object_c); YES(c_c, a_c); YES(e_c, d_c); YES(a_c, object_c);
    NO(a_c, b_c); NO(b_c, c_c); NO(b_c, d_c); NO(e_c, a_c); NO(object_c, a_c); NO(d_c, e_c);
}

static void test_interfaces(void) {
    YES(b_c, j_c); YES(b_c, i_c); YES(j_c, i_c); YES(i_c, object_c); YES(j_c, object_c); YES(e_c, cloneable_c);
    NO(a_c, j_c); NO(c_c, i_c); NO(i_c, j_c); NO(i_c, a_c); NO(d_c, cloneable_c); NO(e_c, serializable_c);
}

static void test_arrays(void) {
    YES(int_arr, int_arr); YES(int_arr, object_c); YES(int_arr, cloneable_c); YES(int_arr, serializable_c);
    NO(int_arr, long_arr); NO(int_arr, obj_arr); NO(long_arr, int_arr); NO(int_arr, i_c); NO(int_arr, a_c);
    YES(b_arr, a_arr); YES(b_arr, obj_arr); YES(a_arr, obj_arr); YES(b_arr, i_arr); YES(b_arr, object_c);
    NO(a_arr, b_arr); NO(obj_arr, a_arr); NO(i_arr, b_arr); NO(a_arr, i_arr); NO(obj_arr, int_arr);
    YES(b_arr2, a_arr2); YES(b_arr2, obj_arr2); YES(b_arr2, obj_arr); YES(int_arr2, obj_arr);
    YES(a_arr2, cloneable_arr); YES(int_arr2, cloneable_arr);
    NO(a_arr2, a_arr); NO(obj_arr, obj_arr2); NO(int_arr2, int_arr); NO(a_arr, cloneable_arr);
    YES(obj_arr2, serializable_c);
    /* Primitive classes only to themselves. */
    YES(int_c, int_c); NO(int_c, object_c); NO(int_c, long_c); NO(object_c, int_c);
}


/* Declarations of the natives under test (the compiler emits its own). */
jint kiln_native_kiln_rt_Classes_isSubclass(kiln_object *, kiln_object *);
kiln_object *kiln_native_kiln_rt_Classes_superclass(kiln_object *);
kiln_object *kiln_native_kiln_rt_Classes_componentType(kiln_object *);
jint kiln_native_kiln_rt_Classes_elementType(kiln_object *);
kiln_object *kiln_native_kiln_rt_Classes_classOf(kiln_object *);
void kiln_native_kiln_rt_Memory_arrayCopy(kiln_object *, jint, kiln_object *, jint, jint);
jint kiln_native_kiln_rt_StackWalk_depth(void);
jint kiln_native_kiln_rt_StackWalk_lineNumber(jint);
kiln_object *kiln_native_kiln_rt_StackWalk_methodName(jint);
void kiln_native_kiln_rt_Classes_runClinit(kiln_object *);
jint kiln_native_kiln_rt_Classes_initState(kiln_object *);
void kiln_native_kiln_rt_Classes_setInitState(kiln_object *, jint);

static int clinit_runs;
static void count_clinit(void) { clinit_runs++; }

static void test_natives(void) {
    kiln_object *B = (kiln_object *)&b_c, *A = (kiln_object *)&a_c;
    CHECK(kiln_native_kiln_rt_Classes_isSubclass(B, A) == 1 && kiln_native_kiln_rt_Classes_isSubclass(A, B) == 0);
    CHECK(kiln_native_kiln_rt_Classes_superclass(B) == A);
    CHECK(kiln_native_kiln_rt_Classes_componentType((kiln_object *)&b_arr) == B);
    CHECK(kiln_native_kiln_rt_Classes_elementType((kiln_object *)&long_arr) == 'J');
    CHECK(kiln_native_kiln_rt_Classes_elementType((kiln_object *)&b_arr) == 0);

    d_c.clinit = count_clinit;
    kiln_native_kiln_rt_Classes_runClinit((kiln_object *)&d_c);
    kiln_native_kiln_rt_Classes_runClinit((kiln_object *)&c_c); /* no <clinit>: nothing happens */
    CHECK(clinit_runs == 1);
    kiln_native_kiln_rt_Classes_setInitState((kiln_object *)&d_c, KILN_INIT_FAILED);
    CHECK(kiln_native_kiln_rt_Classes_initState((kiln_object *)&d_c) == KILN_INIT_FAILED);

    kiln_object *arr = kiln_new_array(&long_arr, 10);
    CHECK(kiln_native_kiln_rt_Classes_classOf(arr) == (kiln_object *)&long_arr);
    for (int i = 0; i < 10; i++) KILN_ARRAY_DATA(arr, jlong)[i] = i;
    kiln_native_kiln_rt_Memory_arrayCopy(arr, 0, arr, 3, 6); /* overlapping, like memmove */
    jlong want[10] = {0, 1, 2, 0, 1, 2, 3, 4, 5, 9};
    CHECK(memcmp(KILN_ARRAY_DATA(arr, jlong), want, sizeof want) == 0);

    static const kiln_method_info m1 = {"demo.Main", "main", "Main.java", NULL, (kiln_object *)&a_c, NULL};
    static const kiln_method_info m2 = {"demo.Main", "helper", "Main.java", NULL, (kiln_object *)&b_c, NULL};
    kiln_frame f1 = {kiln_frame_top, &m1, 7}, f2 = {&f1, &m2, 42};
    kiln_frame_top = &f2;
    CHECK(kiln_native_kiln_rt_StackWalk_depth() == 2);
    CHECK(kiln_native_kiln_rt_StackWalk_lineNumber(0) == 42 && kiln_native_kiln_rt_StackWalk_lineNumber(1) == 7);
    CHECK(kiln_native_kiln_rt_StackWalk_methodName(0) == (kiln_object *)&b_c);
    kiln_frame_top = f1.prev;
}

static int same_double(double a, double b) { return memcmp(&a, &b, sizeof a) == 0 || (a != a && b != b); }

static void test_fmod(void) {
    static const double special[] = {0.0, -0.0, 1.0, -1.0, 0.5, 3.0, -7.25, 1e308, -1e308, 4.9e-324, 2.2250738585072014e-308,
                                     1e-300, 123456789.0, INFINITY, -INFINITY, NAN};
    int n = sizeof special / sizeof special[0];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) CHECK(same_double(kiln_fmod(special[i], special[j]), fmod(special[i], special[j])));
    uint64_t r = 1;
    for (int k = 0; k < 200000; k++) {
        double x, y;
        r = r * 6364136223846793005ull + 1442695040888963407ull;
        memcpy(&x, &r, 8);
        r = r * 6364136223846793005ull + 1442695040888963407ull;
        memcpy(&y, &r, 8);
        CHECK(same_double(kiln_fmod(x, y), fmod(x, y)));
        float fx = (float)(int32_t)(r >> 40) / 7.0f, fy = (float)(int32_t)(r & 0xffff) / 3.0f;
        CHECK(same_double((float)kiln_fmod(fx, fy), fmodf(fx, fy)));
    }
    CHECK(same_double(kiln_fmod(-4.0, 2.0), -0.0) && same_double(kiln_fmod(5.5, -2.0), 1.5));
}

void kiln_java_start(void) {
    setup();
    RUN(test_classes);
    RUN(test_interfaces);
    RUN(test_arrays);
    RUN(test_natives);
    RUN(test_fmod);
    tests_passed();
}
