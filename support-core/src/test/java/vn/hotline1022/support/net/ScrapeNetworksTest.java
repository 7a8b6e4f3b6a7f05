package vn.hotline1022.support.net;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScrapeNetworksTest {

    private final ScrapeNetworks networks = new ScrapeNetworks(List.of("127.0.0.0/8", " ::1/128", ""));

    @Test
    void anAddressInsideIsAllowedUnlessAProxyForwardedTheRequest() {
        assertThat(networks.allows("127.0.0.1", false)).isTrue();
        assertThat(networks.allows("0:0:0:0:0:0:0:1", false)).isTrue();
        assertThat(networks.allows("127.0.0.1", true)).isFalse();
        assertThat(networks.allows("10.1.2.3", false)).isFalse();
        assertThat(networks.allows(null, false)).isFalse();
    }
}
