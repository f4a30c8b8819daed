package org.cornerstone.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The registrar's pre-transfer check: plain Java, no framework, no clock of its own. Given an
 * instrument's rule set, what is known of the sender and the recipient, the quantity, the
 * instrument's current number of holders and the time, it answers allowed or refused with
 * <em>every</em> rule that fails, in a stable order.
 *
 * <p>The recipient's eligibility (eligible at all, KYC not expired, category, country) is checked;
 * the sender's is not: an investor whose KYC lapsed may still sell, but not buy. KYC dates are days
 * in UTC: valid through the expiry day.
 */
public final class TransferCheck {

  private TransferCheck() {}

  /** The answer: allowed when no rule failed. */
  public record Result(List<TransferRefusal.Reason> reasons) {
    public Result {
      reasons = List.copyOf(reasons);
    }

    public boolean allowed() {
      return reasons.isEmpty();
    }

    public List<TransferRefusal> codes() {
      return reasons.stream().map(TransferRefusal.Reason::code).toList();
    }
  }

  public static Result check(
      RuleSet rules,
      TransferParty sender,
      TransferParty recipient,
      long quantity,
      int holderCount,
      Instant now) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(now, "now");
    if (quantity <= 0) {
      throw new IllegalArgumentException("The quantity to transfer must be at least 1.");
    }
    if (holderCount < 0) {
      throw new IllegalArgumentException("A holder count cannot be negative.");
    }
    List<TransferRefusal.Reason> reasons = new ArrayList<>();

    if (rules.tradingHalted()) {
      reasons.add(TransferRefusal.TRADING_HALTED.because());
    }
    rules
        .lockedUntil()
        .filter(now::isBefore)
        .ifPresent(until -> reasons.add(TransferRefusal.LOCKED_UNTIL.because(until)));
    if (sender.holding() < quantity) {
      reasons.add(TransferRefusal.INSUFFICIENT_HOLDING.because(sender.holding(), quantity));
    }
    if (!rules.holdingPeriod().isZero() && sender.lastPurchase().isPresent()) {
      Instant free = sender.lastPurchase().get().plus(rules.holdingPeriod());
      if (now.isBefore(free)) {
        reasons.add(TransferRefusal.HOLDING_PERIOD_NOT_MET.because(rules.holdingPeriod(), free));
      }
    }

    if (recipient.eligibility().isEmpty()) {
      reasons.add(TransferRefusal.RECIPIENT_NOT_ELIGIBLE.because());
    } else {
      TransferParty.Eligibility e = recipient.eligibility().get();
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      if (e.kycExpiresOn().isBefore(today)) {
        reasons.add(TransferRefusal.KYC_EXPIRED.because(e.kycExpiresOn()));
      }
      if (!rules.eligibleCategories().isEmpty()
          && !rules.eligibleCategories().contains(e.category())) {
        reasons.add(
            TransferRefusal.RECIPIENT_CATEGORY_NOT_ALLOWED.because(
                e.category(), String.join(", ", rules.eligibleCategories())));
      }
      if ((!rules.allowedCountries().isEmpty() && !rules.allowedCountries().contains(e.country()))
          || rules.deniedCountries().contains(e.country())) {
        reasons.add(TransferRefusal.RECIPIENT_COUNTRY_NOT_ALLOWED.because(e.country()));
      }
    }

    long senderAfter = sender.holding() - quantity;
    long recipientAfter = Math.addExact(recipient.holding(), quantity);
    if (rules.maxHolders().isPresent()) {
      int after = holderCount + (recipient.holding() == 0 ? 1 : 0) - (senderAfter == 0 ? 1 : 0);
      if (after > rules.maxHolders().getAsInt()) {
        reasons.add(TransferRefusal.MAX_HOLDERS_REACHED.because(rules.maxHolders().getAsInt()));
      }
    }
    if (rules.minHolding().isPresent()) {
      long min = rules.minHolding().getAsLong();
      if (recipientAfter < min || (senderAfter > 0 && senderAfter < min)) {
        reasons.add(TransferRefusal.BELOW_MIN_HOLDING.because(min));
      }
    }
    if (rules.maxHolding().isPresent() && recipientAfter > rules.maxHolding().getAsLong()) {
      reasons.add(
          TransferRefusal.ABOVE_MAX_HOLDING.because(
              recipientAfter, rules.maxHolding().getAsLong()));
    }
    return new Result(reasons);
  }
}
