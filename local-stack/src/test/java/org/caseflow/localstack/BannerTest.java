package org.caseflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BannerTest {

    @Test
    void byDefaultItSaysNothingIsReachableFromOtherMachines() {
        String banner = Banner.text("localhost", 8080, BindAddress.LOOPBACK);

        assertThat(banner).contains("http://localhost:8080/camunda/app/tasklist/")
                .contains("http://localhost:8080/report", "http://localhost:8080/overdue", "http://localhost:8080/children?q=")
                .contains("Listening on 127.0.0.1 only")
                .doesNotContain("WARNING");
    }

    @Test
    void widenedItWarnsThatTheDemoPasswordsArePublic() {
        String banner = Banner.text("localhost", 8080, new BindAddress("0.0.0.0"));

        assertThat(banner).contains("WARNING: listening on every network interface of this machine (0.0.0.0)")
                .contains("CASEFLOW_BIND_ADDRESS")
                .contains("password (demo)", "published", "sign in as admin")
                .doesNotContain("127.0.0.1 only:");
    }

    @Test
    void widenedToOneAddressItNamesThatAddress() {
        assertThat(Banner.listening(new BindAddress("192.168.1.20")))
                .startsWith("WARNING: listening on 192.168.1.20, set by CASEFLOW_BIND_ADDRESS");
    }
}
