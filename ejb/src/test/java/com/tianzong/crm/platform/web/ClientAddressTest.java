package com.tianzong.crm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void PLT09_aDirectClientCannotClaimAnotherAddress() {
        assertThat(ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of())).isEqualTo("203.0.113.9");
    }

    @Test
    void PLT09_behindATrustedProxyTheClientIsTheRightMostUntrustedHop() {
        assertThat(ClientAddress.of("127.0.0.1", "198.51.100.7", Set.of())).isEqualTo("198.51.100.7");
        // the client itself may send a forged first hop: only what trusted proxies appended counts
        assertThat(ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.7, 10.0.0.4", Set.of("10.0.0.5", "10.0.0.4")))
                .isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("127.0.0.1", "2001:db8::1", Set.of())).isEqualTo("2001:db8::1");
    }

    @Test
    void PLT09_garbageInTheHeaderIsIgnored() {
        assertThat(ClientAddress.of("127.0.0.1", "<script>", Set.of())).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", " , ", Set.of())).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", null, Set.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void PLT09_loopbackIsThisMachine() {
        assertThat(ClientAddress.isLoopback("127.0.0.1")).isTrue();
        assertThat(ClientAddress.isLoopback("::1")).isTrue();
        assertThat(ClientAddress.isLoopback("10.0.0.1")).isFalse();
        assertThat(ClientAddress.isLoopback(null)).isFalse();
    }
}
