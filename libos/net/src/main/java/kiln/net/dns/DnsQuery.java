package kiln.net.dns;

/** One name being resolved: poll {@link #state} until it is no longer PENDING. */
public final class DnsQuery {
    public enum State { PENDING, DONE, FAILED }

    final String name;
    State state = State.PENDING;
    int[] addresses = new int[0];
    String error;
    int id;
    int tries;
    long deadline;

    DnsQuery(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public State state() {
        return state;
    }

    public boolean isDone() {
        return state != State.PENDING;
    }

    /** The A records found (network-order ints), when DONE. */
    public int[] addresses() {
        return addresses.clone();
    }

    /** Why the query FAILED, naming the name. */
    public String error() {
        return error;
    }

    void succeed(int[] a) {
        addresses = a;
        state = State.DONE;
    }

    void fail(String why) {
        error = "cannot resolve \"" + name + "\": " + why;
        state = State.FAILED;
    }
}
