package org.cornerstone.cordapp.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.corda.v5.base.types.MemberX500Name;

/**
 * The registrar's check of a transfer against a {@link TransferRuleSetState}, the receiver's {@link
 * InvestorEligibilityState} and the instrument's {@link InstrumentPauseState}, all read from the
 * registrar's vault: pure Java, used by the registrar's responder flows before they sign. Every
 * failed rule is reported, in the order of the app's pre-transfer check ({@code
 * registry.domain.TransferCheck}); each message starts with its stable code, the same codes as the
 * app's ({@code TransferRefusal}, plus {@code INSTRUMENT_PAUSED}).
 *
 * <p>As in the app, the receiver's eligibility is checked and the sender's is not (an investor
 * whose KYC lapsed may sell but not buy); KYC dates are UTC days, valid through the expiry day; the
 * receiver's country is the one the registrar recorded (not the {@code C=} of its X.500 name).
 */
public final class TransferRuleCheck {

  public static final String INSTRUMENT_PAUSED =
      "INSTRUMENT_PAUSED: the registrar paused the instrument: ";
  public static final String TRADING_HALTED =
      "TRADING_HALTED: trading in this instrument is halted.";
  public static final String LOCKED_UNTIL = "LOCKED_UNTIL: the instrument is locked up until ";
  public static final String HOLDING_PERIOD_NOT_MET =
      "HOLDING_PERIOD_NOT_MET: the sender's holding period after its last purchase has not passed.";
  public static final String RECIPIENT_NOT_ELIGIBLE =
      "RECIPIENT_NOT_ELIGIBLE: the registrar has no eligibility record of the receiver: ";
  public static final String KYC_EXPIRED = "KYC_EXPIRED: the receiver's KYC expired on ";
  public static final String RECIPIENT_CATEGORY_NOT_ALLOWED =
      "RECIPIENT_CATEGORY_NOT_ALLOWED: receivers of this category may not hold the instrument: ";
  public static final String RECIPIENT_COUNTRY_NOT_ALLOWED =
      "RECIPIENT_COUNTRY_NOT_ALLOWED: receivers in this country may not hold the instrument: ";
  public static final String MAX_HOLDERS_REACHED =
      "MAX_HOLDERS_REACHED: the instrument already has its maximum number of holders: ";

  /** Not a rule: the registrar is signing another transfer that adds a holder; retry. */
  public static final String HOLDER_COUNT_BUSY =
      "HOLDER_COUNT_BUSY: the registrar is signing another transfer that adds a holder of ";

  public static final String BELOW_MIN_HOLDING =
      "BELOW_MIN_HOLDING: a holding would fall below the minimum of ";
  public static final String ABOVE_MAX_HOLDING =
      "ABOVE_MAX_HOLDING: the receiver would hold more than the maximum of ";

  private TransferRuleCheck() {}

  /**
   * What the registrar's vault holds about one transfer.
   *
   * @param rules the instrument's rule set in force; empty = no rules (only a pause applies)
   * @param pause the instrument's pause record, if it ever had one
   * @param receiverEligibility the registrar's eligibility record of the receiver; empty = not an
   *     eligible investor
   * @param holdings every holder's quantity of the instrument before the transfer
   * @param senderLastPurchase when the sender's holding last grew, if known
   */
  public record Facts(
      Optional<TransferRuleSetState> rules,
      Optional<InstrumentPauseState> pause,
      MemberX500Name sender,
      MemberX500Name receiver,
      Optional<InvestorEligibilityState> receiverEligibility,
      long quantity,
      Map<MemberX500Name, Long> holdings,
      Optional<Instant> senderLastPurchase) {}

  /**
   * @return the failed rules; empty when the transfer is allowed
   */
  public static List<String> violations(Facts facts, Instant now) {
    return violations(facts, now, now);
  }

  /**
   * As {@link #violations(Facts, Instant)}, with the holding period checked at {@code earliest}:
   * the registrar passes the lower bound of the transaction's time window (the earliest instant it
   * can be notarised; {@link Instant#MIN} when it has none), so a sale inside the period can never
   * be notarised.
   *
   * @return the failed rules; empty when the transfer is allowed
   */
  public static List<String> violations(Facts facts, Instant now, Instant earliest) {
    List<String> failed = new ArrayList<>();
    facts
        .pause()
        .filter(InstrumentPauseState::isPaused)
        .ifPresent(p -> failed.add(INSTRUMENT_PAUSED + p.getReason()));
    if (facts.rules().isEmpty()) {
      return failed;
    }
    TransferRuleSetState rules = facts.rules().get();
    if (rules.isTradingHalted()) {
      failed.add(TRADING_HALTED);
    }
    if (rules.getLockedUntil() != null && now.isBefore(rules.getLockedUntil())) {
      failed.add(LOCKED_UNTIL + rules.getLockedUntil());
    }
    if (rules.getHoldingPeriodSeconds() > 0
        && facts.senderLastPurchase().isPresent()
        && earliest.isBefore(
            facts.senderLastPurchase().get().plusSeconds(rules.getHoldingPeriodSeconds()))) {
      failed.add(HOLDING_PERIOD_NOT_MET);
    }
    if (facts.receiverEligibility().isEmpty()) {
      failed.add(RECIPIENT_NOT_ELIGIBLE + facts.receiver());
    } else {
      InvestorEligibilityState e = facts.receiverEligibility().get();
      if (e.getKycExpiresOn().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
        failed.add(KYC_EXPIRED + e.getKycExpiresOn());
      }
      if (!rules.getEligibleCategories().isEmpty()
          && !rules.getEligibleCategories().contains(e.getCategory())) {
        failed.add(RECIPIENT_CATEGORY_NOT_ALLOWED + e.getCategory());
      }
      String country = e.getCountry();
      if ((!rules.getAllowedCountries().isEmpty() && !rules.getAllowedCountries().contains(country))
          || rules.getDeniedCountries().contains(country)) {
        failed.add(RECIPIENT_COUNTRY_NOT_ALLOWED + country);
      }
    }
    Map<MemberX500Name, Long> holdings = facts.holdings();
    long senderBefore = holdings.getOrDefault(facts.sender(), 0L);
    long receiverBefore = holdings.getOrDefault(facts.receiver(), 0L);
    long senderAfter = senderBefore - facts.quantity();
    long receiverAfter = Math.addExact(receiverBefore, facts.quantity());
    if (rules.getMaxHolders() > 0) {
      long holders = holdings.values().stream().filter(q -> q > 0).count();
      long after = holders + (receiverBefore == 0 ? 1 : 0) - (senderAfter <= 0 ? 1 : 0);
      if (after > rules.getMaxHolders()) {
        failed.add(MAX_HOLDERS_REACHED + rules.getMaxHolders());
      }
    }
    if (rules.getMinHolding() > 0
        && (receiverAfter < rules.getMinHolding()
            || (senderAfter > 0 && senderAfter < rules.getMinHolding()))) {
      failed.add(BELOW_MIN_HOLDING + rules.getMinHolding());
    }
    if (rules.getMaxHolding() > 0 && receiverAfter > rules.getMaxHolding()) {
      failed.add(ABOVE_MAX_HOLDING + rules.getMaxHolding());
    }
    return failed;
  }

  /** The stable code a failure message starts with (e.g. {@code KYC_EXPIRED}). */
  public static String code(String failure) {
    int colon = failure.indexOf(':');
    return colon < 0 ? failure : failure.substring(0, colon);
  }
}
