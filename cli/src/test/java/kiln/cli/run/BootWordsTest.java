package kiln.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootWordsTest {
    @Test
    void plainWordsStayPlain() {
        assertEquals("--", BootWords.cmdline(List.of(), List.of()));
        assertEquals("-- a b=c 12", BootWords.cmdline(List.of(), List.of("a", "b=c", "12")));
        assertEquals("net.ip=10.0.2.15/24 -- x", BootWords.cmdline(List.of("net.ip=10.0.2.15/24"), List.of("x")));
    }

    @Test
    void specialWordsAreQuoted() {
        assertEquals("\"\"", BootWords.quote(""));
        assertEquals("\"a b\"", BootWords.quote("a b"));
        assertEquals("\"say \\\"hi\\\"\"", BootWords.quote("say \"hi\""));
        assertEquals("\"C:\\\\dir\"", BootWords.quote("C:\\dir"));
        assertEquals("\"tab\there\"", BootWords.quote("tab\there"));
        assertEquals("--", BootWords.quote("--")); // only the first -- separates, see kiln.rt.BootArgs
    }

    @Test
    void quotingRoundTripsThroughTheGuestSplitter() {
        List<String> args = List.of("", " ", "a b", "\"", "\\", "\\\"", "end\\", "x\"y z\"", "--", "é ü", "new\nline",
                "  lead", "trail  ", "\"\"");
        String line = BootWords.cmdline(List.of("k=v w"), args);
        List<String> words = BootWords.split(line);
        assertEquals("k=v w", words.getFirst());
        assertEquals("--", words.get(1));
        assertEquals(args, words.subList(2, words.size()));
    }

    @Test
    void splitterFollowsTheDocumentedRules() {
        // Same cases as runtime/platform/kvm/selftest/run.sh checks in the guest.
        assertEquals(List.of("a", "b c", "d\"e\\f", "", "--", "exit", "0"),
                BootWords.split("a \"b c\" d\\\"e\\\\f \"\" -- exit 0"));
        assertEquals(List.of("x\\"), BootWords.split("x\\"));
        assertEquals(List.of("ab"), BootWords.split("a\"\"b"));
        assertEquals(List.of(), BootWords.split("  \t "));
    }
}
