package java.security;

import javax.security.auth.Subject;

/** An entity that can be named, such as a person, a login or a host. */
public interface Principal {
    @Override
    boolean equals(Object another);

    @Override
    String toString();

    @Override
    int hashCode();

    String getName();

    /** True if the subject holds this principal (an equal one) among its principals. */
    default boolean implies(Subject subject) {
        if (subject == null) {
            return false;
        }
        return subject.getPrincipals().contains(this);
    }
}
