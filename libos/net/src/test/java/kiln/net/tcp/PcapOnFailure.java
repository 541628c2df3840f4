package kiln.net.tcp;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** JUnit extension: when a test fails, the exchange on its {@link SimNet} is written to target/pcap/. */
final class PcapOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        SimNet net = SimNet.current;
        if (net == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Path file = Path.of("target", "pcap", name + ".pcap");
        try {
            Pcap.write(file, net.trace());
            System.err.println("pcap of the failed exchange: " + file.toAbsolutePath());
        } catch (Exception e) {
            System.err.println("could not write " + file + ": " + e);
        }
    }
}
