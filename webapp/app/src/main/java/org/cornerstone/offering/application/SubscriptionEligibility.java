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
   * @param issuerParty the ledger identity that sells (the offering's issuer: an originator, or a
   *     deal's SPV, which has no users of its own)
   */
  List<String> refusals(Actor investor, String issuerParty, String instrumentId, long quantity);
}
