package org.cornerstone.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.cordapp.rules.InvestorEligibilityState;
import org.cornerstone.cordapp.rules.TransferRuleCheck;
import org.cornerstone.cordapp.rules.TransferRuleSetState;
import org.junit.jupiter.api.Test;

/**
 * The app's pre-transfer check (also the embedded ledger's registrar) and the Corda registrar's
 * check ({@link TransferRuleCheck}, in the contract CPK) are two implementations of one rule set:
 * for the same facts they must give the same codes in the same order (ADR 0008). Every combination
 * of a set of rule sets, receivers, holdings, quantities and purchase times is compared.
 */
class RegistrarCheckParityTest {
  static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  static final MemberX500Name SENDER = MemberX500Name.parse("O=Sender, L=Shenzhen, C=CN");
  static final MemberX500Name RECEIVER = MemberX500Name.parse("O=Receiver, L=Hong Kong, C=HK");
  static final MemberX500Name OTHER = MemberX500Name.parse("O=Other, L=Beijing, C=CN");
  static final MemberX500Name REGISTRAR = MemberX500Name.parse("O=Registrar, L=Beijing, C=CN");

  static RuleSet rules(
      Set<String> categories,
      Set<String> allowed,
      Set<String> denied,
      Integer maxHolders,
      Long minHolding,
      Long maxHolding,
      Instant lockedUntil,
      Duration holdingPeriod,
      boolean halted) {
    return new RuleSet(
        2,
        categories,
        allowed,
        denied,
        maxHolders == null ? OptionalInt.empty() : OptionalInt.of(maxHolders),
        minHolding == null ? OptionalLong.empty() : OptionalLong.of(minHolding),
        maxHolding == null ? OptionalLong.empty() : OptionalLong.of(maxHolding),
        Optional.ofNullable(lockedUntil),
        holdingPeriod,
        halted);
  }

  static List<RuleSet> ruleSets() {
    Duration none = Duration.ZERO;
    return List.of(
        RuleSet.unrestricted(),
        rules(Set.of(), Set.of(), Set.of(), null, null, null, null, none, true),
        rules(Set.of(), Set.of(), Set.of(), null, null, null, NOW.plusSeconds(60), none, false),
        rules(Set.of(), Set.of(), Set.of(), null, null, null, NOW.minusSeconds(60), none, false),
        rules(
            Set.of("QUALIFIED", "INSTITUTIONAL"),
            Set.of(),
            Set.of(),
            null,
            null,
            null,
            null,
            none,
            false),
        rules(Set.of(), Set.of("CN", "HK"), Set.of(), null, null, null, null, none, false),
        rules(Set.of(), Set.of(), Set.of("US"), null, null, null, null, none, false),
        rules(Set.of(), Set.of(), Set.of(), 2, null, null, null, none, false),
        rules(Set.of(), Set.of(), Set.of(), 3, null, null, null, none, false),
        rules(Set.of(), Set.of(), Set.of(), null, 5L, null, null, none, false),
        rules(Set.of(), Set.of(), Set.of(), null, null, 6L, null, none, false),
        rules(Set.of(), Set.of(), Set.of(), null, null, null, null, Duration.ofDays(30), false),
        rules(
            Set.of("QUALIFIED"),
            Set.of("CN"),
            Set.of("US"),
            2,
            5L,
            6L,
            NOW.plusSeconds(60),
            Duration.ofDays(30),
            true));
  }

  static List<Optional<TransferParty.Eligibility>> receivers() {
    return List.of(
        Optional.empty(),
        Optional.of(
            new TransferParty.Eligibility("QUALIFIED", "HK", LocalDate.parse("2027-01-01"))),
        Optional.of(new TransferParty.Eligibility("RETAIL", "US", LocalDate.parse("2026-12-05"))),
        // valid through the expiry day
        Optional.of(
            new TransferParty.Eligibility("INSTITUTIONAL", "CN", LocalDate.parse("2026-12-06"))));
  }

  /**
   * The sender's last purchase: unknown, 2 days ago, exactly the 30-day period ago (free), one
   * second short of it (held back).
   */
  static List<Optional<Instant>> lastPurchases() {
    return List.of(
        Optional.empty(),
        Optional.of(NOW.minus(Duration.ofDays(2))),
        Optional.of(NOW.minus(Duration.ofDays(30))),
        Optional.of(NOW.minus(Duration.ofDays(30)).plusSeconds(1)));
  }

  /**
   * On Corda the registrar checks the holding period at the lower bound of the transaction's time
   * window (the earliest instant it can be notarised), the other rules at its own clock: the codes
   * equal the app's check at that lower bound for the holding period.
   */
  @Test
  void theCordaRegistrarChecksTheHoldingPeriodAtTheWindowsLowerBound() throws Exception {
    PublicKey key = KeyPairGenerator.getInstance("EC").generateKeyPair().getPublic();
    RuleSet thirtyDays =
        rules(Set.of(), Set.of(), Set.of(), null, null, null, null, Duration.ofDays(30), false);
    Optional<TransferParty.Eligibility> eligible = receivers().get(1);
    Instant bought = NOW.minus(Duration.ofDays(30));
    for (Instant from : List.of(NOW.minusSeconds(60), NOW, NOW.plusSeconds(60))) {
      List<String> app =
          TransferCheck.check(
                  thirtyDays,
                  new TransferParty(Optional.empty(), 10, Optional.of(bought)),
                  new TransferParty(eligible, 0, Optional.empty()),
                  4,
                  1,
                  from)
              .codes()
              .stream()
              .map(Enum::name)
              .toList();
      List<String> corda =
          TransferRuleCheck.violations(
                  new TransferRuleCheck.Facts(
                      Optional.of(state(thirtyDays, key)),
                      Optional.empty(),
                      SENDER,
                      RECEIVER,
                      eligible.map(
                          e ->
                              new InvestorEligibilityState(
                                  RECEIVER,
                                  e.category(),
                                  e.country(),
                                  e.kycExpiresOn(),
                                  REGISTRAR,
                                  key)),
                      4,
                      Map.of(SENDER, 10L),
                      Optional.of(bought)),
                  NOW.plusSeconds(120),
                  from)
              .stream()
              .map(TransferRuleCheck::code)
              .toList();
      assertThat(corda).as("window from %s", from).isEqualTo(app);
      // a window reaching back before the end of the period is held back, at or after it is not
      assertThat(corda.contains("HOLDING_PERIOD_NOT_MET")).isEqualTo(from.isBefore(NOW));
    }
  }

  @Test
  void theAppsCheckAndTheCordaRegistrarsCheckGiveTheSameCodes() throws Exception {
    PublicKey key = KeyPairGenerator.getInstance("EC").generateKeyPair().getPublic();
    int compared = 0;
    int refusals = 0;
    for (RuleSet rules : ruleSets()) {
      for (Optional<TransferParty.Eligibility> receiver : receivers()) {
        for (long receiverHolding : new long[] {0, 3}) {
          for (long otherHolding : new long[] {0, 4}) {
            for (long quantity : new long[] {1, 4, 10}) {
              for (Optional<Instant> lastPurchase : lastPurchases()) {
                Map<MemberX500Name, Long> holdings = new HashMap<>();
                holdings.put(SENDER, 10L);
                if (receiverHolding > 0) {
                  holdings.put(RECEIVER, receiverHolding);
                }
                if (otherHolding > 0) {
                  holdings.put(OTHER, otherHolding);
                }
                List<String> app =
                    TransferCheck.check(
                            rules,
                            new TransferParty(Optional.empty(), 10, lastPurchase),
                            new TransferParty(receiver, receiverHolding, Optional.empty()),
                            quantity,
                            holdings.size(),
                            NOW)
                        .codes()
                        .stream()
                        .map(Enum::name)
                        .toList();
                List<String> corda = new ArrayList<>();
                for (String failure :
                    TransferRuleCheck.violations(
                        new TransferRuleCheck.Facts(
                            Optional.of(state(rules, key)),
                            Optional.empty(),
                            SENDER,
                            RECEIVER,
                            receiver.map(
                                e ->
                                    new InvestorEligibilityState(
                                        RECEIVER,
                                        e.category(),
                                        e.country(),
                                        e.kycExpiresOn(),
                                        REGISTRAR,
                                        key)),
                            quantity,
                            holdings,
                            lastPurchase),
                        NOW)) {
                  corda.add(TransferRuleCheck.code(failure));
                }
                assertThat(corda)
                    .as(
                        "rules %s, receiver %s holding %s, other %s, quantity %s, last purchase %s",
                        rules, receiver, receiverHolding, otherHolding, quantity, lastPurchase)
                    .isEqualTo(app);
                compared++;
                refusals += app.isEmpty() ? 0 : 1;
              }
            }
          }
        }
      }
    }
    assertThat(compared).isEqualTo(13 * 4 * 2 * 2 * 3 * lastPurchases().size());
    // the grid exercises refusals and allowed transfers alike
    assertThat(refusals).isBetween(compared / 4, compared - 1);
  }

  private static TransferRuleSetState state(RuleSet rules, PublicKey key) {
    return new TransferRuleSetState(
        "RE-1",
        rules.version(),
        REGISTRAR,
        key,
        rules.tradingHalted(),
        rules.lockedUntil().orElse(null),
        List.copyOf(rules.allowedCountries()),
        List.copyOf(rules.deniedCountries()),
        rules.maxHolders().orElse(0),
        rules.minHolding().orElse(0),
        rules.maxHolding().orElse(0),
        rules.holdingPeriod().getSeconds(),
        List.copyOf(rules.eligibleCategories()));
  }
}
