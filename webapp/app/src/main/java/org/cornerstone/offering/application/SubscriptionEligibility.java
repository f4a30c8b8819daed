package org.cornerstone.offering.application;

import java.util.List;

/**
 * The pre-check before an investor subscribes: may this investor hold {@code quantity} more tokens
 * of the instrument? The default ({@link PartyEligibility}) asks the party context whether the
 * investor is eligible; the transfer rules' pre-transfer check replaces it (a CDI alternative).
 */
public interface SubscriptionEligibility {
  /** Every reason to refuse, empty when the subscription may go ahead. */
  List<String> refusals(
      String investorUser, String holderParty, String instrumentId, long quantity);
}
