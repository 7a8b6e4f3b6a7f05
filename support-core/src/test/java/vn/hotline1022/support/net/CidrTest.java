package vn.hotline1022.support.net;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CidrTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.0/8,127.0.0.1,true", "10.0.0.0/8,10.200.3.4,true", "10.0.0.0/8,11.0.0.1,false",
            "172.16.0.0/12,172.31.255.1,true", "172.16.0.0/12,172.32.0.1,false", "192.168.0.0/16,192.168.1.9,true",
            "::1/128,0:0:0:0:0:0:0:1,true", "::1/128,127.0.0.1,false", "127.0.0.0/8,::1,false"})
    void matchesNetworks(String cidr, String address, boolean inside) {
        assertThat(Cidr.parse(cidr).contains(address)).isEqualTo(inside);
    }
}
