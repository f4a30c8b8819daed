package org.cornerstone.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {
  @Test
  void withoutATrustedProxyTheHeaderIsIgnored() {
    ClientAddresses none = ClientAddresses.of(null);
    assertThat(none.resolve("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    assertThat(ClientAddresses.of(" ").resolve("203.0.113.7", "1.2.3.4")).isEqualTo("203.0.113.7");
  }

  @Test
  void aHeaderFromAnUntrustedAddressIsIgnored() {
    ClientAddresses trusted = ClientAddresses.of("10.0.0.5");
    assertThat(trusted.resolve("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
  }

  @Test
  void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
    ClientAddresses trusted = ClientAddresses.of("10.0.0.5, 10.0.0.6");
    // the client wrote a fake first entry; the proxies appended what they saw
    assertThat(trusted.resolve("10.0.0.5", "1.1.1.1, 198.51.100.9, 10.0.0.6"))
        .isEqualTo("198.51.100.9");
    assertThat(trusted.resolve("10.0.0.5", "198.51.100.9")).isEqualTo("198.51.100.9");
    assertThat(trusted.resolve("10.0.0.5", null)).isEqualTo("10.0.0.5");
    assertThat(trusted.resolve("10.0.0.5", " , ")).isEqualTo("10.0.0.5");
    assertThat(trusted.resolve("10.0.0.5", "10.0.0.6")).isEqualTo("10.0.0.6");
  }
}
