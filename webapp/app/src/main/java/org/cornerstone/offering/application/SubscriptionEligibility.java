package org.cornerstone.offering.application;

import java.util.List;
import org.cornerstone.shared.Actor;

/**
 * The pre-check before an investor subscribes: may {@code investor} receive {@code quantity} tokens
 * of the instrument from the issuer? The default ({@link PartyEligibility}) asks the party context
 * whether the investor is eligible. The transfer rules' pre-transfer check replaces it with a CDI
 * alternative, e.g. one answering {@code TransferChecks.check(investor, instrumentId, issuerUser,
 * investor.userId(), quantity).reasons()}.
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
