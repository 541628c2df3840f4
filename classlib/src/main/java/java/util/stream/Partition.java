package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The two-entry map (false first, then true) returned by Collectors.partitioningBy. */
final class Partition<D> extends AbstractMap<Boolean, D> {
    private final D forFalse;
    private final D forTrue;

    Partition(D forFalse, D forTrue) {
        this.forFalse = forFalse;
        this.forTrue = forTrue;
    }

    public Set<Map.Entry<Boolean, D>> entrySet() {
        return new AbstractSet<Map.Entry<Boolean, D>>() {
            public Iterator<Map.Entry<Boolean, D>> iterator() {
                Map.Entry<Boolean, D> f = new AbstractMap.SimpleImmutableEntry<>(false, forFalse);
                Map.Entry<Boolean, D> t = new AbstractMap.SimpleImmutableEntry<>(true, forTrue);
                return List.of(f, t).iterator();
            }

            public int size() {
                return 2;
            }
        };
    }
}
