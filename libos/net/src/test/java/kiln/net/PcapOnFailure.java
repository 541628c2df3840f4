package kiln.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import kiln.net.sim.ByteSink;
import kiln.net.sim.PcapWriter;

/**
 * JUnit extension: tests send their simulated traffic to {@link #pcap()}; when a test fails, the
 * capture is written to target/pcap/Class.method.pcap for Wireshark. Only tests write files.
 */
public final class PcapOnFailure implements BeforeEachCallback, TestWatcher {
    private ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PcapWriter writer;

    @Override
    public void beforeEach(ExtensionContext context) {
        bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream target = bytes;
        ByteSink sink = target::write;
        writer = new PcapWriter(sink);
    }

    public PcapWriter pcap() {
        return writer;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (writer == null || writer.frames() == 0) {
            return;
        }
        try {
            Path dir = Path.of("target", "pcap");
            Files.createDirectories(dir);
            Path file = dir.resolve(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName() + ".pcap");
            Files.write(file, bytes.toByteArray());
            System.err.println("traffic of the failed test: " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("could not write pcap: " + e);
        }
    }
}
