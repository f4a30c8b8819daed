package org.cornerstone.cordapp.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.corda.v5.base.types.MemberX500Name;

/**
 * The registrar's check of a transfer against a {@link TransferRuleSetState}, from ledger data
 * only: pure Java, used by the registrar's responder flows before they sign. Every failed rule is
 * reported; each message starts with its stable code (the same codes as the app's pre-transfer
 * check).
 */
public final class TransferRuleCheck {

  public static final String TRADING_HALTED =
      "TRADING_HALTED: trading in this instrument is halted.";
  public static final String LOCKED_UNTIL = "LOCKED_UNTIL: the instrument is locked up until ";
  public static final String HOLDING_PERIOD_NOT_MET =
      "HOLDING_PERIOD_NOT_MET: the sender's holding period after its last purchase has not passed.";
  public static final String RECIPIENT_COUNTRY_NOT_ALLOWED =
      "RECIPIENT_COUNTRY_NOT_ALLOWED: receivers in this country may not hold the instrument: ";
  public static final String MAX_HOLDERS_REACHED =
      "MAX_HOLDERS_REACHED: the instrument already has its maximum number of holders: ";
  public static final String BELOW_MIN_HOLDING =
      "BELOW_MIN_HOLDING: a holding would fall below the minimum of ";
  public static final String ABOVE_MAX_HOLDING =
      "ABOVE_MAX_HOLDING: the receiver would hold more than the maximum of ";

  private TransferRuleCheck() {}

  /**
   * @param holdings every holder's quantity of the instrument before the transfer
   * @param senderLastPurchase when the sender's holding last grew, if known
   * @return the failed rules; empty when the transfer is allowed
   */
  public static List<String> violations(
      TransferRuleSetState rules,
      MemberX500Name sender,
      MemberX500Name receiver,
      long quantity,
      Map<MemberX500Name, Long> holdings,
      Optional<Instant> senderLastPurchase,
      Instant now) {
    List<String> failed = new ArrayList<>();
    if (rules.isTradingHalted()) {
      failed.add(TRADING_HALTED);
    }
    if (rules.getLockedUntil() != null && now.isBefore(rules.getLockedUntil())) {
      failed.add(LOCKED_UNTIL + rules.getLockedUntil());
    }
    if (rules.getHoldingPeriodSeconds() > 0
        && senderLastPurchase.isPresent()
        && now.isBefore(senderLastPurchase.get().plusSeconds(rules.getHoldingPeriodSeconds()))) {
      failed.add(HOLDING_PERIOD_NOT_MET);
    }
    String country = receiver.getCountry();
    if ((!rules.getAllowedCountries().isEmpty() && !rules.getAllowedCountries().contains(country))
        || rules.getDeniedCountries().contains(country)) {
      failed.add(RECIPIENT_COUNTRY_NOT_ALLOWED + country);
    }
    long senderBefore = holdings.getOrDefault(sender, 0L);
    long receiverBefore = holdings.getOrDefault(receiver, 0L);
    long senderAfter = senderBefore - quantity;
    long receiverAfter = Math.addExact(receiverBefore, quantity);
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
}
