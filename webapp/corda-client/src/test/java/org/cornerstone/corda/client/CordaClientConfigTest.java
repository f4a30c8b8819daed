package org.cornerstone.corda.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CordaClientConfigTest {

  private static Map<String, String> minimal() {
    Map<String, String> env = new HashMap<>();
    env.put(CordaClientConfig.ENV_URL, "https://corda-rest:8888");
    env.put(CordaClientConfig.ENV_USER, "cornerstone");
    env.put(CordaClientConfig.ENV_PASSWORD, "s3cret");
    return env;
  }

  @Test
  void readsEveryVariable() {
    Map<String, String> env = minimal();
    env.put(CordaClientConfig.ENV_TRUSTSTORE, "/etc/cornerstone/corda-trust.p12");
    env.put(CordaClientConfig.ENV_TRUSTSTORE_PASSWORD, "trustpass");
    env.put(CordaClientConfig.ENV_HOLDING_IDS, "3B8DECDDD6E2@O=Alpha Trust, L=Zurich, C=CH");
    env.put(CordaClientConfig.ENV_POLL_INITIAL_DELAY, "PT0.2S");
    env.put(CordaClientConfig.ENV_POLL_MAX_DELAY, "PT5S");
    env.put(CordaClientConfig.ENV_FLOW_DEADLINE, "PT3M");
    env.put(CordaClientConfig.ENV_REQUEST_TIMEOUT, "PT15S");

    CordaClientConfig c = CordaClientConfig.fromEnvironment(env);

    assertThat(c.baseUrl()).isEqualTo(URI.create("https://corda-rest:8888"));
    assertThat(c.apiBase()).isEqualTo(URI.create("https://corda-rest:8888/api/v5_2"));
    assertThat(c.user()).isEqualTo("cornerstone");
    assertThat(c.password()).isEqualTo("s3cret");
    assertThat(c.trustStore()).isEqualTo(Path.of("/etc/cornerstone/corda-trust.p12"));
    assertThat(c.trustStorePassword()).isEqualTo("trustpass");
    assertThat(c.pollInitialDelay()).isEqualTo(Duration.ofMillis(200));
    assertThat(c.pollMaxDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.flowDeadline()).isEqualTo(Duration.ofMinutes(3));
    assertThat(c.requestTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(c.holdingIdentities().shortHashOf("O=Alpha Trust, L=Zurich, C=CH"))
        .contains("3B8DECDDD6E2");
  }

  @Test
  void defaultsTheOptionalVariables() {
    CordaClientConfig c = CordaClientConfig.fromEnvironment(minimal());

    assertThat(c.trustStore()).isNull();
    assertThat(c.pollInitialDelay()).isEqualTo(CordaClientConfig.DEFAULT_POLL_INITIAL_DELAY);
    assertThat(c.pollMaxDelay()).isEqualTo(CordaClientConfig.DEFAULT_POLL_MAX_DELAY);
    assertThat(c.flowDeadline()).isEqualTo(CordaClientConfig.DEFAULT_FLOW_DEADLINE);
    assertThat(c.holdingIdentities().size()).isZero();
  }

  @Test
  void keepsAnApiSuffixThatIsAlreadyThere() {
    Map<String, String> env = minimal();
    env.put(CordaClientConfig.ENV_URL, "http://localhost:8888/api/v5_2/");
    assertThat(CordaClientConfig.fromEnvironment(env).apiBase())
        .isEqualTo(URI.create("http://localhost:8888/api/v5_2"));
  }

  @Test
  void namesTheMissingVariable() {
    Map<String, String> env = minimal();
    env.remove(CordaClientConfig.ENV_PASSWORD);
    assertThatThrownBy(() -> CordaClientConfig.fromEnvironment(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            String.format(CordaClientConfig.MISSING_VARIABLE, CordaClientConfig.ENV_PASSWORD));
  }

  @Test
  void aTrustStoreNeedsItsPassword() {
    Map<String, String> env = minimal();
    env.put(CordaClientConfig.ENV_TRUSTSTORE, "/tmp/t.p12");
    assertThatThrownBy(() -> CordaClientConfig.fromEnvironment(env))
        .hasMessage(
            String.format(
                CordaClientConfig.MISSING_VARIABLE, CordaClientConfig.ENV_TRUSTSTORE_PASSWORD));
  }

  @Test
  void rejectsABadDuration() {
    Map<String, String> env = minimal();
    env.put(CordaClientConfig.ENV_FLOW_DEADLINE, "2 minutes");
    assertThatThrownBy(() -> CordaClientConfig.fromEnvironment(env))
        .hasMessage(
            String.format(
                CordaClientConfig.INVALID_DURATION,
                CordaClientConfig.ENV_FLOW_DEADLINE,
                "2 minutes"));
  }

  @Test
  void rejectsAnInitialDelayAboveTheMaximum() {
    Map<String, String> env = minimal();
    env.put(CordaClientConfig.ENV_POLL_INITIAL_DELAY, "PT20S");
    assertThatThrownBy(() -> CordaClientConfig.fromEnvironment(env))
        .hasMessage(CordaClientConfig.DELAYS_INCONSISTENT);
  }

  @Test
  void rejectsANonHttpUrl() {
    Map<String, String> env = minimal();
    env.put(CordaClientConfig.ENV_URL, "ftp://corda");
    assertThatThrownBy(() -> CordaClientConfig.fromEnvironment(env))
        .hasMessage(String.format(CordaClientConfig.INVALID_URL, "ftp://corda"));
  }

  @Test
  void toStringHidesThePassword() {
    assertThat(CordaClientConfig.fromEnvironment(minimal()).toString())
        .contains("cornerstone")
        .doesNotContain("s3cret");
  }
}
