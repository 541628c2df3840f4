/** Object.clone: Cloneable classes (shallow copy, covariant override), CloneNotSupportedException otherwise, array clones. */
public class Main {
    static class Sheep implements Cloneable {
        String name;
        int[] tags;
        Sheep(String name, int[] tags) { this.name = name; this.tags = tags; }
        @Override public Sheep clone() {
            try {
                return (Sheep) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
        Sheep deepClone() { Sheep s = clone(); s.tags = tags.clone(); return s; }
    }

    static class NotCloneable {
        long v = 7;
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    static class Child extends Sheep {
        double wool = 2.5;
        Child() { super("child", new int[]{9}); }
    }

    public static void main(String[] args) {
        Sheep dolly = new Sheep("dolly", new int[]{1, 2, 3});
        Sheep copy = dolly.clone();
        copy.name = "copy";
        copy.tags[0] = 100;
        System.out.println(dolly.name + " " + copy.name + " distinct " + (dolly != copy) + " shared tags " + (dolly.tags == copy.tags) + " tag " + dolly.tags[0]);
        Sheep deep = dolly.deepClone();
        deep.tags[1] = -1;
        System.out.println("deep " + java.util.Arrays.toString(deep.tags) + " original " + java.util.Arrays.toString(dolly.tags));
        try {
            new NotCloneable().tryClone();
            System.out.println("no exception?!");
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        Child ch = new Child();
        Sheep cc = ch.clone();
        System.out.println("subclass clone keeps class " + cc.getClass().getSimpleName() + " wool " + ((Child) cc).wool + " name " + cc.name);
        long[][] grid = {{1, 2}, {3, 4}};
        long[][] g2 = grid.clone();
        g2[0] = new long[]{9, 9};
        g2[1][1] = 40;
        System.out.println("2D clone " + java.util.Arrays.toString(grid[0]) + java.util.Arrays.toString(grid[1]) + " " + java.util.Arrays.toString(g2[0]));
        String[] names = {"a", "b"};
        Object[] oc = names.clone();
        System.out.println("clone of String[] is String[]: " + (oc instanceof String[]) + " length " + oc.length);
    }
}
