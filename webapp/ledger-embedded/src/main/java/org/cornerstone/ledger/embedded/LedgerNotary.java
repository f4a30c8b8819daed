package org.cornerstone.ledger.embedded;

import java.util.Objects;
import net.corda.v5.base.types.MemberX500Name;

/**
 * The ledger's notary identity: its X.500 name and, resolved once from the {@link PartyDirectory}
 * (which creates the key pair on first use), its signing key.
 */
final class LedgerNotary {

  private final PartyDirectory parties;
  private final MemberX500Name name;
  private volatile Party party;

  LedgerNotary(PartyDirectory parties, MemberX500Name name) {
    this.parties = Objects.requireNonNull(parties, "parties");
    this.name = Objects.requireNonNull(name, "notaryName");
  }

  /**
   * The notary party. Call it before opening a ledger transaction the first time: resolving it may
   * run a transaction of its own in the party directory.
   */
  Party party() {
    Party current = party;
    if (current == null) {
      current = parties.partyFor(name);
      party = current;
    }
    return current;
  }

  PartyDirectory parties() {
    return parties;
  }
}
