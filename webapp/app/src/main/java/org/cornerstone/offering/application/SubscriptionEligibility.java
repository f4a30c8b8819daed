package org.cornerstone.offering.application;

import java.util.List;
import org.cornerstone.shared.Actor;

/**
 * The pre-check before an investor subscribes: may {@code investor} receive {@code quantity} tokens
 * of the instrument from the issuer? {@link TransferRuleEligibility} answers with the registrar's
 * pre-transfer check of the instrument's rules.
 *
 * @see OfferingService#subscribe
 */
public interface SubscriptionEligibility {
  /**
   * Every reason to refuse (a message the investor understands), empty when the subscription may go
   * ahead.
   *
   * @param issuerUser the user who opened the offering (the sender of the tokens)
   */
  List<String> refusals(Actor investor, String issuerUser, String instrumentId, long quantity);
}
