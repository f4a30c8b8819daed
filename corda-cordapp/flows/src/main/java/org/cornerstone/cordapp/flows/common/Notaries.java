package org.cornerstone.cordapp.flows.common;

import java.util.Collection;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.common.NotaryLookup;
import net.corda.v5.membership.NotaryInfo;

/** Chooses the notary: the one the request names, else the network's only notary. */
public final class Notaries {

  public static final String NO_NOTARY = "The network has no notary.";
  public static final String UNKNOWN_NOTARY = "Unknown notary: ";
  public static final String NOTARY_AMBIGUOUS =
      "The network has several notaries: name one in the request field notary.";

  private Notaries() {}

  @Suspendable
  public static MemberX500Name choose(NotaryLookup notaries, String requested) {
    if (requested != null && !requested.isBlank()) {
      MemberX500Name name = Parties.name(requested, "notary");
      if (notaries.lookup(name) == null) {
        throw new IllegalArgumentException(UNKNOWN_NOTARY + name);
      }
      return name;
    }
    Collection<NotaryInfo> all = notaries.getNotaryServices();
    if (all == null || all.isEmpty()) {
      throw new IllegalStateException(NO_NOTARY);
    }
    if (all.size() > 1) {
      throw new IllegalArgumentException(NOTARY_AMBIGUOUS);
    }
    return all.iterator().next().getName();
  }
}
