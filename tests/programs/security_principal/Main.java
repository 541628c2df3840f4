import java.security.Principal;
import java.util.Iterator;
import java.util.Set;
import javax.security.auth.Subject;

/** Principal's default implies, and Subject's sets: order, duplicates, nulls, read-only, equality. */
public class Main {
    record User(String name) implements Principal {
        public String getName() {
            return name;
        }
    }

    interface Call {
        Object run() throws Exception;
    }

    static void t(String label, Call c) {
        try {
            System.out.println(label + " -> " + c.run());
        } catch (Exception e) {
            System.out.println(label + " ! " + e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Subject s = new Subject();
        System.out.println("[" + s + "] " + s.hashCode() + " " + s.isReadOnly());
        t("add b", () -> s.getPrincipals().add(new User("b")));
        t("add a", () -> s.getPrincipals().add(new User("a")));
        t("add b again", () -> s.getPrincipals().add(new User("b")));
        s.getPublicCredentials().add("pub");
        s.getPrivateCredentials().add(42);
        System.out.println("[" + s + "] " + s.hashCode() + " size=" + s.getPrincipals().size() + " sethash="
                + s.getPrincipals().hashCode());
        System.out.println("implies: " + new User("a").implies(s) + " " + new User("z").implies(s) + " "
                + new User("z").implies(null));
        t("add null", () -> s.getPrincipals().add(null));
        t("add non-principal", () -> ((Set) s.getPrincipals()).add("x"));
        t("contains", () -> s.getPrincipals().contains(new User("a")));
        t("by class", () -> s.getPrincipals(User.class));
        t("credentials by class", () -> s.getPublicCredentials(String.class) + " " + s.getPrivateCredentials(Integer.class)
                + " " + s.getPrivateCredentials(String.class));
        t("by null class", () -> s.getPrincipals(null));
        Subject copy = new Subject(false, Set.of(new User("a"), new User("b")), Set.of("pub"), Set.of(42));
        t("equals", () -> s.equals(copy) + " " + copy.equals(s) + " " + (s.hashCode() == copy.hashCode()));
        t("remove via iterator", () -> {
            Iterator<Principal> it = copy.getPrincipals().iterator();
            it.next();
            it.remove();
            return copy.getPrincipals().size() + " " + s.equals(copy);
        });
        s.setReadOnly();
        t("read-only add", () -> s.getPrincipals().add(new User("c")));
        t("read-only remove", () -> s.getPrincipals().remove(new User("a")));
        t("read-only clear", () -> {
            s.getPrivateCredentials().clear();
            return "cleared";
        });
        t("read-only iterator remove", () -> {
            Iterator<Principal> it = s.getPrincipals().iterator();
            it.next();
            it.remove();
            return "removed";
        });
        t("is read-only", () -> s.isReadOnly());
        t("null set", () -> new Subject(false, null, Set.of(), Set.of()));
        t("still implies", () -> new User("b").implies(s));
    }
}
