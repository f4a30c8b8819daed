package org.cornerstone.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UidlTest {
  static final String INIT =
      "{\"appConfig\":{\"v-uiId\":3,\"heartbeatInterval\":300,\"uidl\":{\"syncId\":0,"
          + "\"clientId\":0,\"Vaadin-Security-Key\":\"tok-1\",\"changes\":["
          + "{\"node\":6,\"type\":\"attach\"},"
          + "{\"node\":6,\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-button\"},"
          + "{\"node\":7,\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-login-form\"},"
          + "{\"node\":9,\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"tasks-grid\"}]}}}";

  @Test
  void readsTheInitAnswer() {
    Map<String, Object> uidl = Uidl.ofInit(INIT);

    assertThat(Uidl.uiIdOfInit(INIT)).isEqualTo(3);
    assertThat(Uidl.csrfToken(uidl)).contains("tok-1");
    assertThat(Uidl.number(uidl, "syncId")).contains(0);
    assertThat(Uidl.node(uidl, "tag", "vaadin-login-form")).contains(7);
    assertThat(Uidl.node(uidl, "id", "tasks-grid")).contains(9);
    assertThat(Uidl.node(uidl, "tag", "vaadin-grid")).isEmpty();
  }

  @Test
  void readsAUidlAnswerWithItsPrefix() {
    Map<String, Object> uidl = Uidl.ofResponse("for(;;);[{\"syncId\":4,\"clientId\":2}]");

    assertThat(Uidl.number(uidl, "syncId")).contains(4);
    assertThat(Uidl.number(uidl, "clientId")).contains(2);
    assertThat(Uidl.expiredOrError(uidl)).isFalse();
    assertThat(
            Uidl.expiredOrError(Uidl.ofResponse("for(;;);[{\"meta\":{\"sessionExpired\":true}}]")))
        .isTrue();
  }

  @Test
  void refusesWhatIsNotAnInitAnswer() {
    assertThatThrownBy(() -> Uidl.ofInit("{\"uidl\":{}}"))
        .hasMessageContaining("not a Vaadin init answer");
  }
}
