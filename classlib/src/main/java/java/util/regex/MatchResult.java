package java.util.regex;

import java.util.Map;

/** The result of a match operation (JDK 25 interface, including the named-group defaults). */
public interface MatchResult {
    int start();

    int start(int group);

    default int start(String name) {
        return start(groupNumber(name));
    }

    int end();

    int end(int group);

    default int end(String name) {
        return end(groupNumber(name));
    }

    String group();

    String group(int group);

    default String group(String name) {
        return group(groupNumber(name));
    }

    int groupCount();

    default Map<String, Integer> namedGroups() {
        throw new UnsupportedOperationException("namedGroups()");
    }

    default boolean hasMatch() {
        throw new UnsupportedOperationException("hasMatch()");
    }

    private int groupNumber(String name) {
        java.util.Objects.requireNonNull(name, "Group name");
        Integer n = namedGroups().get(name);
        if (n == null) throw new IllegalArgumentException("No group with name <" + name + ">");
        return n;
    }
}
