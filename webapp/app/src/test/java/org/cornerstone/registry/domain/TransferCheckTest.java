package org.cornerstone.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.registry.domain.TransferRefusal.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransferCheckTest {
  static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
  static final LocalDate VALID = LocalDate.parse("2027-12-31");

  static TransferParty.Eligibility eligible(String category, String country) {
    return new TransferParty.Eligibility(category, country, VALID);
  }

  static TransferParty investor(String category, String country, long holding) {
    return new TransferParty(Optional.of(eligible(category, country)), holding, Optional.empty());
  }

  static final TransferParty SELLER = investor("QUALIFIED", "CN", 1_000);
  static final TransferParty BUYER = investor("QUALIFIED", "CN", 0);

  static RuleSet rules(
      Set<String> categories,
      Set<String> allowed,
      Set<String> denied,
      Integer maxHolders,
      Long min,
      Long max,
      Instant lockedUntil,
      Duration period,
      boolean halted) {
    return new RuleSet(
        2,
        categories,
        allowed,
        denied,
        maxHolders == null ? OptionalInt.empty() : OptionalInt.of(maxHolders),
        min == null ? OptionalLong.empty() : OptionalLong.of(min),
        max == null ? OptionalLong.empty() : OptionalLong.of(max),
        Optional.ofNullable(lockedUntil),
        period,
        halted);
  }

  static final RuleSet OPEN = RuleSet.unrestricted();

  TransferCheck.Result check(
      RuleSet rules, TransferParty from, TransferParty to, long qty, int holders) {
    return TransferCheck.check(rules, from, to, qty, holders, NOW);
  }

  @Test
  void unrestrictedAllowsAnEligibleRecipient() {
    var result = check(OPEN, SELLER, BUYER, 100, 10);
    assertThat(result.allowed()).isTrue();
    assertThat(result.reasons()).isEmpty();
  }

  @Test
  void tradingHalted() {
    var r = rules(Set.of(), Set.of(), Set.of(), null, null, null, null, Duration.ZERO, true);
    assertThat(check(r, SELLER, BUYER, 100, 10).codes()).containsExactly(TRADING_HALTED);
  }

  @Test
  void lockedUntilADateThenFree() {
    Instant until = NOW.plusSeconds(3600);
    var r = rules(Set.of(), Set.of(), Set.of(), null, null, null, until, Duration.ZERO, false);
    var refused = check(r, SELLER, BUYER, 100, 10);
    assertThat(refused.codes()).containsExactly(LOCKED_UNTIL);
    assertThat(refused.reasons().get(0).message()).contains(until.toString());
    assertThat(refused.reasons().get(0).messageZh()).contains("锁定期");
    assertThat(TransferCheck.check(r, SELLER, BUYER, 100, 10, until).allowed()).isTrue();
  }

  @Test
  void insufficientHolding() {
    assertThat(check(OPEN, SELLER, BUYER, 1_001, 10).codes()).containsExactly(INSUFFICIENT_HOLDING);
  }

  @Test
  void holdingPeriodAfterEachPurchase() {
    var r = rules(Set.of(), Set.of(), Set.of(), null, null, null, null, Duration.ofDays(30), false);
    var boughtRecently =
        new TransferParty(
            Optional.of(eligible("QUALIFIED", "CN")),
            500,
            Optional.of(NOW.minus(Duration.ofDays(29))));
    var boughtLongAgo =
        new TransferParty(
            Optional.of(eligible("QUALIFIED", "CN")),
            500,
            Optional.of(NOW.minus(Duration.ofDays(30))));
    assertThat(check(r, boughtRecently, BUYER, 100, 10).codes())
        .containsExactly(HOLDING_PERIOD_NOT_MET);
    assertThat(check(r, boughtLongAgo, BUYER, 100, 10).allowed()).isTrue();
  }

  @Test
  void recipientNotEligible() {
    var stranger = new TransferParty(Optional.empty(), 0, Optional.empty());
    assertThat(check(OPEN, SELLER, stranger, 100, 10).codes())
        .containsExactly(RECIPIENT_NOT_ELIGIBLE);
  }

  @Test
  void kycExpiredMaySellButNotBuy() {
    var lapsed =
        new TransferParty(
            Optional.of(
                new TransferParty.Eligibility("QUALIFIED", "CN", LocalDate.parse("2026-12-05"))),
            500,
            Optional.empty());
    assertThat(check(OPEN, SELLER, lapsed, 100, 10).codes()).containsExactly(KYC_EXPIRED);
    assertThat(check(OPEN, lapsed, BUYER, 100, 10).allowed()).isTrue();
    var lastDay =
        new TransferParty(
            Optional.of(
                new TransferParty.Eligibility("QUALIFIED", "CN", LocalDate.parse("2026-12-06"))),
            0,
            Optional.empty());
    assertThat(check(OPEN, SELLER, lastDay, 100, 10).allowed()).isTrue();
  }

  @Test
  void recipientCategory() {
    var r =
        rules(
            Set.of("QUALIFIED", "INSTITUTIONAL"),
            Set.of(),
            Set.of(),
            null,
            null,
            null,
            null,
            Duration.ZERO,
            false);
    assertThat(check(r, SELLER, investor("RETAIL", "CN", 0), 100, 10).codes())
        .containsExactly(RECIPIENT_CATEGORY_NOT_ALLOWED);
    assertThat(check(r, SELLER, investor("INSTITUTIONAL", "CN", 0), 100, 10).allowed()).isTrue();
  }

  @Test
  void countryAllowAndDenyLists() {
    var allow =
        rules(Set.of(), Set.of("cn", "HK"), Set.of(), null, null, null, null, Duration.ZERO, false);
    assertThat(check(allow, SELLER, investor("QUALIFIED", "US", 0), 100, 10).codes())
        .containsExactly(RECIPIENT_COUNTRY_NOT_ALLOWED);
    assertThat(check(allow, SELLER, investor("QUALIFIED", "HK", 0), 100, 10).allowed()).isTrue();
    var deny =
        rules(Set.of(), Set.of(), Set.of("US"), null, null, null, null, Duration.ZERO, false);
    assertThat(check(deny, SELLER, investor("QUALIFIED", "US", 0), 100, 10).codes())
        .containsExactly(RECIPIENT_COUNTRY_NOT_ALLOWED);
    assertThat(check(deny, SELLER, investor("QUALIFIED", "SG", 0), 100, 10).allowed()).isTrue();
  }

  @Test
  void maxHoldersCountsANewHolderAndASellerWhoLeaves() {
    var r = rules(Set.of(), Set.of(), Set.of(), 200, null, null, null, Duration.ZERO, false);
    assertThat(check(r, SELLER, BUYER, 100, 199).allowed()).isTrue();
    assertThat(check(r, SELLER, BUYER, 100, 200).codes()).containsExactly(MAX_HOLDERS_REACHED);
    // an existing holder buys more: no new holder
    assertThat(check(r, SELLER, investor("QUALIFIED", "CN", 5), 100, 200).allowed()).isTrue();
    // the seller sells out to a new holder: the count stays
    assertThat(check(r, SELLER, BUYER, 1_000, 200).allowed()).isTrue();
  }

  @Test
  void minHoldingForRecipientAndSellersRemainder() {
    var r = rules(Set.of(), Set.of(), Set.of(), null, 100L, null, null, Duration.ZERO, false);
    assertThat(check(r, SELLER, BUYER, 50, 10).codes()).containsExactly(BELOW_MIN_HOLDING);
    assertThat(check(r, SELLER, BUYER, 950, 10).codes()).containsExactly(BELOW_MIN_HOLDING);
    assertThat(check(r, SELLER, BUYER, 1_000, 10).allowed()).isTrue();
    assertThat(check(r, SELLER, BUYER, 100, 10).allowed()).isTrue();
  }

  @Test
  void maxHolding() {
    var r = rules(Set.of(), Set.of(), Set.of(), null, null, 500L, null, Duration.ZERO, false);
    assertThat(check(r, SELLER, investor("QUALIFIED", "CN", 450), 100, 10).codes())
        .containsExactly(ABOVE_MAX_HOLDING);
    assertThat(check(r, SELLER, investor("QUALIFIED", "CN", 400), 100, 10).allowed()).isTrue();
  }

  @Test
  void everyFailedRuleIsReportedInOrder() {
    var seller = new TransferParty(Optional.empty(), 1, Optional.of(NOW.minusSeconds(10)));
    var buyer =
        new TransferParty(
            Optional.of(
                new TransferParty.Eligibility("RETAIL", "US", LocalDate.parse("2020-01-01"))),
            0,
            Optional.empty());
    var r2 =
        rules(
            Set.of("INSTITUTIONAL"),
            Set.of(),
            Set.of("US"),
            1,
            10L,
            20L,
            NOW.plusSeconds(60),
            Duration.ofDays(1),
            true);
    var result = check(r2, seller, buyer, 30, 1);
    assertThat(result.allowed()).isFalse();
    assertThat(result.codes())
        .containsExactly(
            TRADING_HALTED,
            LOCKED_UNTIL,
            INSUFFICIENT_HOLDING,
            HOLDING_PERIOD_NOT_MET,
            KYC_EXPIRED,
            RECIPIENT_CATEGORY_NOT_ALLOWED,
            RECIPIENT_COUNTRY_NOT_ALLOWED,
            MAX_HOLDERS_REACHED,
            ABOVE_MAX_HOLDING);
    assertThat(result.reasons()).allSatisfy(x -> assertThat(x.messageZh()).isNotBlank());
  }

  @Test
  void aRuleSetRefusesNonsense() {
    assertThatThrownBy(
            () ->
                rules(
                    Set.of("VIP"),
                    Set.of(),
                    Set.of(),
                    null,
                    null,
                    null,
                    null,
                    Duration.ZERO,
                    false))
        .hasMessageContaining(RuleSet.UNKNOWN_CATEGORY + "VIP");
    assertThatThrownBy(
            () ->
                rules(
                    Set.of(),
                    Set.of("CHN"),
                    Set.of(),
                    null,
                    null,
                    null,
                    null,
                    Duration.ZERO,
                    false))
        .hasMessageContaining(RuleSet.BAD_COUNTRY);
    assertThatThrownBy(
            () -> rules(Set.of(), Set.of(), Set.of(), 0, null, null, null, Duration.ZERO, false))
        .hasMessageContaining(RuleSet.MAX_HOLDERS_NOT_POSITIVE);
    assertThatThrownBy(
            () -> rules(Set.of(), Set.of(), Set.of(), null, 10L, 5L, null, Duration.ZERO, false))
        .hasMessageContaining(RuleSet.MIN_ABOVE_MAX);
    assertThatThrownBy(() -> check(OPEN, SELLER, BUYER, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
