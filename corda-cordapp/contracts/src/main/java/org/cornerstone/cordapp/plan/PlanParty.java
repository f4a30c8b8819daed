package org.cornerstone.cordapp.plan;

import java.security.PublicKey;
import java.util.Objects;
import net.corda.v5.base.types.MemberX500Name;

/** A party of a ledger operation: its X500 name and the ledger key it signs with. */
public record PlanParty(MemberX500Name name, PublicKey key) {

  public PlanParty {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
  }
}
