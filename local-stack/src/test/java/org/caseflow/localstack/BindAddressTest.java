package org.caseflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BindAddressTest {

    @Test
    void withoutTheSettingOnlyThisMachineIsListenedTo() {
        BindAddress address = BindAddress.fromEnvironment(Map.of());

        assertThat(address.address()).isEqualTo("127.0.0.1");
        assertThat(address.isLoopback()).isTrue();
        assertThat(address.browserHost()).isEqualTo("localhost");
        assertThat(address.localUrlHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void aBlankSettingIsNoSetting() {
        assertThat(BindAddress.fromEnvironment(Map.of("CASEFLOW_BIND_ADDRESS", " "))).isEqualTo(BindAddress.LOOPBACK);
    }

    @Test
    void everyInterfaceIsWiderThanThisMachineAndIsReachedLocallyOnLoopback() {
        BindAddress address = BindAddress.fromEnvironment(Map.of("CASEFLOW_BIND_ADDRESS", "0.0.0.0"));

        assertThat(address.address()).isEqualTo("0.0.0.0");
        assertThat(address.isLoopback()).isFalse();
        assertThat(address.isEveryInterface()).isTrue();
        assertThat(address.localUrlHost()).isEqualTo("127.0.0.1");
        assertThat(address.browserHost()).isEqualTo("localhost");
    }

    @Test
    void oneNetworkAddressIsReachedOnThatAddressOnly() {
        BindAddress address = new BindAddress("192.168.1.20");

        assertThat(address.isLoopback()).isFalse();
        assertThat(address.isEveryInterface()).isFalse();
        assertThat(address.localUrlHost()).isEqualTo("192.168.1.20");
        assertThat(address.browserHost()).isEqualTo("192.168.1.20");
    }

    @Test
    void anIpv6AddressIsBracketedInUrls() {
        assertThat(new BindAddress("::1").isLoopback()).isTrue();
        assertThat(new BindAddress("::1").localUrlHost()).isEqualTo("[::1]");
        assertThat(new BindAddress("::").isEveryInterface()).isTrue();
        assertThat(new BindAddress("::").localUrlHost()).isEqualTo("127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "caseflow.example", "256.0.0.1", "1.2.3", "::g", ""})
    void onlyAnIpAddressIsAccepted(String setting) {
        assertThatThrownBy(() -> new BindAddress(setting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CASEFLOW_BIND_ADDRESS");
    }
}
