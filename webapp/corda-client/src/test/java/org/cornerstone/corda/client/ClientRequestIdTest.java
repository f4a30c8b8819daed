package org.cornerstone.corda.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientRequestIdTest {

  @Test
  void derivesTheIdFromBusinessKeyAndStep() {
    assertThat(ClientRequestId.forStep("asset-RE-000042", "issue").value())
        .isEqualTo("asset-RE-000042.issue");
  }

  @Test
  void accepts242CharactersOfTheAllowedAlphabet() {
    String longest = "a-._Z9".repeat(40) + "xy";
    assertThat(longest).hasSize(242);
    assertThat(ClientRequestId.of(longest).value()).isEqualTo(longest);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "asset 42.issue", "asset/42", "asset#42", "actif-é", "a:b"})
  void rejectsCharactersCordaRefuses(String value) {
    assertThatThrownBy(() -> ClientRequestId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(String.format(ClientRequestId.INVALID, value));
  }

  @Test
  void rejects243Characters() {
    String tooLong = "a".repeat(243);
    assertThatThrownBy(() -> ClientRequestId.of(tooLong))
        .hasMessage(String.format(ClientRequestId.INVALID, tooLong));
  }
}
