/*
 * types.c — subtype tests (checkcast, instanceof, array stores, Class.isAssignableFrom) and
 * interface method lookup.
 */
#include <kiln/rt.h>

static int implements(const kiln_class *s, const kiln_class *iface) {
    if (!s->interfaces) return 0;
    for (const kiln_class *const *i = s->interfaces; *i; i++)
        if (*i == iface) return 1;
    return 0;
}

/*
 * Is s assignable to t? The rules of JVMS §6.5 checkcast:
 *   - classes: s is t or a subclass; with preorder numbering that is t.id <= s.id <= t.id_last;
 *   - interface t: s lists t among its (transitively collected) interfaces; every reference type,
 *     interfaces included, is assignable to Object;
 *   - arrays: only to Object, Cloneable, Serializable, or to an array type whose component the
 *     component of s is assignable to — for reference components; primitive arrays only to
 *     themselves;
 *   - primitive classes (int.class ...) only to themselves.
 */
int kiln_is_subclass(const kiln_class *s, const kiln_class *t) {
    if (s == t) return 1;
    if ((s->flags | t->flags) & KILN_CLASS_PRIMITIVE) return 0;
    if (t == kiln_class_object) return 1;
    if (s->flags & KILN_CLASS_ARRAY) {
        if (t->flags & KILN_CLASS_ARRAY) {
            const kiln_class *sc = s->component, *tc = t->component;
            if ((sc->flags | tc->flags) & KILN_CLASS_PRIMITIVE) return 0; /* sc == tc handled above */
            return kiln_is_subclass(sc, tc);
        }
        return t != NULL && (t == kiln_class_cloneable || t == kiln_class_serializable);
    }
    if (t->flags & KILN_CLASS_ARRAY) return 0;
    if (t->flags & KILN_CLASS_INTERFACE) return implements(s, t);
    if (s->flags & KILN_CLASS_INTERFACE) return 0; /* an interface's only superclass is Object */
    return t->id <= s->id && s->id <= t->id_last;
}
