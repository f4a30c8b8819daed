package org.cornerstone.servicing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.cornerstone.platform.Settings;

/**
 * Servicing's settings: {@code cornerstone.distribution.four-eyes-above} (net amount in major units
 * above which a senior trustee approves too; default {@value #DEFAULT_FOUR_EYES_ABOVE}), {@code
 * cornerstone.distribution.batch-size} (payees per ledger transaction; default {@value
 * #DEFAULT_BATCH_SIZE}) and {@code cornerstone.distribution.zone} (the zone of record and payment
 * dates; default {@value #DEFAULT_ZONE}).
 */
@ApplicationScoped
public class ServicingSettings {
  public static final String DEFAULT_FOUR_EYES_ABOVE = "100000.00";
  public static final int DEFAULT_BATCH_SIZE = 50;
  public static final String DEFAULT_ZONE = "Asia/Shanghai";

  @Inject Settings settings;

  public BigDecimal fourEyesAbove() {
    return new BigDecimal(
        settings.get("cornerstone.distribution.four-eyes-above").orElse(DEFAULT_FOUR_EYES_ABOVE));
  }

  public int batchSize() {
    int size =
        Integer.parseInt(
            settings
                .get("cornerstone.distribution.batch-size")
                .orElse(String.valueOf(DEFAULT_BATCH_SIZE)));
    if (size < 1 || size > 500) {
      throw new IllegalStateException("cornerstone.distribution.batch-size must be 1 to 500");
    }
    return size;
  }

  public ZoneId zone() {
    return ZoneId.of(settings.get("cornerstone.distribution.zone").orElse(DEFAULT_ZONE));
  }
}
