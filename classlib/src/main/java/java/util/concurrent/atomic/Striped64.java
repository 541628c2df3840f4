package java.util.concurrent.atomic;

/**
 * The JDK's superclass of the striped adders. On Kiln's single CPU nothing is ever contended, so
 * there are no cells: it only keeps LongAdder's class hierarchy the JDK's.
 */
abstract class Striped64 extends Number {
    Striped64() {
    }
}
