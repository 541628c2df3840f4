/** Compiles with javac, but the Kiln class library has no java.util.zip: the build must name the API and line 7. */
public class Main {
    public static void main(String[] args) {
        byte[] data = "checksum me".getBytes();
        System.out.println("checksumming " + data.length + " bytes");
        int n = 0;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data);
        System.out.println(crc.getValue() + n);
    }
}
