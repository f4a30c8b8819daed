package org.cornerstone.financing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.cornerstone.financing.domain.DiscountRequest.Status;
import org.junit.jupiter.api.Test;

/** The quote state machine: quote, expiry, acceptance, settlement once, closing; the limit rule. */
class DiscountRequestTest {
  private static final Instant NOW = Instant.parse("2027-01-04T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
  private static final BigDecimal RATE = new BigDecimal("0.0350");

  private static DiscountRequest request() {
    return new DiscountRequest(
        "DR-1",
        "PC-1",
        "daqing",
        "northstar",
        "longjiang",
        40_000_000,
        "CNY",
        TODAY.plusDays(90),
        "nico",
        NOW);
  }

  @Test
  void quoteThenAcceptBeforeExpiryThenSettleOnce() {
    DiscountRequest r = request();
    assertThat(r.status()).isEqualTo(Status.REQUESTED);
    var quoted =
        r.quote(RATE, 0, BigDecimal.ZERO, NOW.plus(Duration.ofHours(2)), TODAY, NOW, "fiona");
    // 40,000,000 ÷ (1 + 0.035 × 90 / 360) = 39,653,035.93… → 39,653,035
    assertThat(quoted.priceMinor()).isEqualTo(39_653_035);
    assertThat(r.statusAt(NOW.plusSeconds(60))).isEqualTo(Status.QUOTED);
    var accepted = r.accept(TODAY, NOW.plusSeconds(60), "nico");
    assertThat(accepted.proceedsMinor()).isEqualTo(39_653_035);
    assertThat(r.status()).isEqualTo(Status.ACCEPTED);
    assertThat(r.proceedsMinor()).contains(39_653_035L);
    assertThatThrownBy(() -> r.accept(TODAY, NOW.plusSeconds(61), "nico"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ACCEPTED");
    r.settled("tx-1", NOW.plusSeconds(62));
    r.settled("tx-2", NOW.plusSeconds(63)); // once: the second changes nothing
    assertThat(r.ledgerTransactionId()).contains("tx-1");
    assertThat(r.status()).isEqualTo(Status.SETTLED);
  }

  @Test
  void acceptanceOnALaterDayPricesFromThatDay() {
    DiscountRequest r = request();
    r.quote(RATE, 0, null, NOW.plus(Duration.ofDays(3)), TODAY, NOW, "fiona");
    // 88 days left: 40,000,000 × 360 ÷ (360 + 0.035 × 88) = 14,400,000,000 ÷ 363.08 =
    // 39,660,680.84… → 39,660,680
    assertThat(r.accept(TODAY.plusDays(2), NOW.plus(Duration.ofDays(2)), "nico").priceMinor())
        .isEqualTo(39_660_680);
  }

  @Test
  void anExpiredQuoteCannotBeAcceptedButCanBeQuotedAgain() {
    DiscountRequest r = request();
    Instant expiry = NOW.plus(Duration.ofMinutes(30));
    r.quote(RATE, 0, null, expiry, TODAY, NOW, "fiona");
    assertThat(r.statusAt(expiry)).isEqualTo(Status.EXPIRED);
    assertThatThrownBy(() -> r.accept(TODAY, expiry, "nico"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expired at " + expiry);
    assertThat(r.status()).isEqualTo(Status.QUOTED);
    r.quote(
        new BigDecimal("0.04"), 0, null, expiry.plus(Duration.ofHours(1)), TODAY, expiry, "fiona");
    assertThat(r.accept(TODAY, expiry.plusSeconds(1), "nico").annualRate())
        .isEqualByComparingTo("0.04");
  }

  @Test
  void refusals() {
    DiscountRequest r = request();
    assertThatThrownBy(() -> r.accept(TODAY, NOW, "nico")).hasMessageContaining("REQUESTED");
    assertThatThrownBy(() -> r.quote(RATE, 0, null, NOW, TODAY, NOW, "fiona"))
        .hasMessage(DiscountRequest.EXPIRY_NOT_LATER);
    assertThatThrownBy(
            () ->
                r.quote(new BigDecimal("-0.01"), 0, null, NOW.plusSeconds(9), TODAY, NOW, "fiona"))
        .hasMessage(DiscountPricing.NEGATIVE_RATE);
    assertThatThrownBy(
            () -> r.quote(RATE, 0, null, NOW.plusSeconds(9), TODAY.plusDays(90), NOW, "fiona"))
        .hasMessageContaining("is not before");
    assertThat(r.status()).isEqualTo(Status.REQUESTED);
    r.decline("No appetite for this obligor", NOW);
    assertThat(r.status()).isEqualTo(Status.DECLINED);
    assertThatThrownBy(() -> r.quote(RATE, 0, null, NOW.plusSeconds(9), TODAY, NOW, "fiona"))
        .hasMessageContaining("DECLINED");
    assertThatThrownBy(() -> r.withdraw(NOW)).hasMessageContaining("DECLINED");
    assertThatThrownBy(
            () -> new DiscountRequest("DR-2", "PC-1", "o", "h", "h", 1, "CNY", TODAY, "x", NOW))
        .hasMessageContaining("own holding");
    assertThatThrownBy(
            () -> new DiscountRequest("DR-2", "PC-1", "o", "h", "f", 0, "CNY", TODAY, "x", NOW))
        .hasMessageContaining("positive");
  }

  @Test
  void limitCountsHeldAndAcceptedUnsettled() {
    ObligorExposure e =
        new ObligorExposure("daqing", "CNY", 60_000_000, 30_000_000, OptionalLong.of(100_000_000));
    assertThat(e.exposureMinor()).isEqualTo(90_000_000);
    assertThat(e.headroomMinor()).hasValue(10_000_000);
    assertThat(e.wouldExceed(10_000_000)).isFalse();
    assertThat(e.wouldExceed(10_000_001)).isTrue();
    assertThat(
            new ObligorExposure("daqing", "CNY", 1, 0, OptionalLong.empty())
                .wouldExceed(Long.MAX_VALUE / 2))
        .isFalse();
  }
}
