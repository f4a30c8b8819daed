package org.cornerstone.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobAcquisitionWaitTest {
  @AfterEach
  void clear() {
    System.clearProperty(JobAcquisitionWait.PROPERTY);
  }

  @Test
  void withoutTheSettingCamundasOwnWaitsHold() {
    assertThat(JobAcquisitionWait.of(new Settings())).isEmpty();
  }

  @Test
  void theSettingIsADuration() {
    System.setProperty(JobAcquisitionWait.PROPERTY, "PT1S");
    assertThat(JobAcquisitionWait.of(new Settings())).contains(Duration.ofSeconds(1));
    System.setProperty(JobAcquisitionWait.PROPERTY, "PT0.25S");
    assertThat(JobAcquisitionWait.of(new Settings())).contains(Duration.ofMillis(250));
  }

  @Test
  void aWaitThatIsNotOneStopsTheStartWithTheSettingsName() {
    for (String wrong : List.of("1s", "PT0S", "-PT1S", "PT2H")) {
      System.setProperty(JobAcquisitionWait.PROPERTY, wrong);
      assertThatThrownBy(() -> JobAcquisitionWait.of(new Settings()))
          .as(wrong)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(JobAcquisitionWait.PROPERTY)
          .hasMessageContaining(wrong);
    }
  }
}
