package java.lang;

/** The base of every record class; javac generates equals/hashCode/toString (via indy, lowered by the compiler). */
public abstract class Record {
    protected Record() {}

    public abstract boolean equals(Object obj);

    public abstract int hashCode();

    public abstract String toString();
}
