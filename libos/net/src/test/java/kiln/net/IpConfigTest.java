package kiln.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpConfigTest {
    @Test
    void parsesBootArguments() {
        IpConfig c = IpConfig.parse("10.0.2.15/24", "10.0.2.2", "10.0.2.3");
        assertEquals(0x0a00020f, c.address());
        assertEquals(24, c.prefixLength());
        assertEquals(0xffffff00, c.netmask());
        assertEquals(0x0a000202, c.gateway());
        assertEquals(0x0a000203, c.dns());
        assertTrue(c.onLink(IpAddr.parse("10.0.2.200")));
        assertFalse(c.onLink(IpAddr.parse("10.0.3.1")));
        assertTrue(c.isSubnetBroadcast(IpAddr.parse("10.0.2.255")));
        assertEquals("10.0.2.15/24 gw 10.0.2.2 dns 10.0.2.3", c.toString());
        assertEquals(0, IpConfig.parse("192.168.1.1/32", null, "").gateway());
        assertEquals(0xffffffff, IpAddr.parse("255.255.255.255"));
    }

    @Test
    void errorsNameTheKeyAndTheValue() {
        assertMessage("net.ip \"10.0.2.15\" has no prefix length (expected e.g. 10.0.2.15/24)", "10.0.2.15", null);
        assertMessage("net.ip \"10.0.2.256\" is not an IPv4 address (expected e.g. 10.0.2.2)", "10.0.2.256/24", null);
        assertMessage("net.ip \"10.0.2.15/33\": prefix length \"33\" is not 0..32", "10.0.2.15/33", null);
        assertMessage("net.ip \"10.0.2.15/x\": prefix length \"x\" is not 0..32", "10.0.2.15/x", null);
        assertMessage("net.gw \"10.0.2\" is not an IPv4 address (expected e.g. 10.0.2.2)", "10.0.2.15/24", "10.0.2");
        assertMessage("net.gw 10.0.3.1 is not inside net.ip 10.0.2.15/24", "10.0.2.15/24", "10.0.3.1");
        assertMessage("net.ip is missing (expected e.g. 10.0.2.15/24)", "", null);
        for (String bad : new String[] {"1.2.3", "1.2.3.4.5", "01234.1.1.1", "1..2.3", "a.b.c.d", "1.2.3.4 ", "-1.2.3.4"}) {
            assertThrows(IllegalArgumentException.class, () -> IpAddr.parse(bad), bad);
        }
    }

    private static void assertMessage(String expected, String ip, String gw) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> IpConfig.parse(ip, gw, null)).getMessage());
    }
}
