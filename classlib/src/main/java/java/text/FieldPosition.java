package java.text;

/**
 * Where a field (by number: NumberFormat.INTEGER_FIELD, FRACTION_FIELD, or a DateFormat field)
 * landed in formatted output. The Format.Field attribute forms are not provided.
 */
public class FieldPosition {
    int field;
    int beginIndex;
    int endIndex;

    public FieldPosition(int field) {
        this.field = field;
    }

    public int getField() {
        return field;
    }

    public int getBeginIndex() {
        return beginIndex;
    }

    public int getEndIndex() {
        return endIndex;
    }

    public void setBeginIndex(int bi) {
        beginIndex = bi;
    }

    public void setEndIndex(int ei) {
        endIndex = ei;
    }

    /** Records [begin, end) if f is this position's field and it was not found before. */
    void found(int f, int begin, int end) {
        if (f == field && beginIndex == 0 && endIndex == 0) {
            beginIndex = begin;
            endIndex = end;
        }
    }

    public boolean equals(Object obj) {
        return obj instanceof FieldPosition other && field == other.field && beginIndex == other.beginIndex
                && endIndex == other.endIndex;
    }

    public int hashCode() {
        return (field << 24) | (beginIndex << 16) | endIndex;
    }

    public String toString() {
        return getClass().getName() + "[field=" + field + ",attribute=null,beginIndex=" + beginIndex
                + ",endIndex=" + endIndex + ']';
    }
}
