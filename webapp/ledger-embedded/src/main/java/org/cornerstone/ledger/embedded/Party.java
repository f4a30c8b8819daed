package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.Objects;
import net.corda.v5.base.types.MemberX500Name;

/** An organisation on the ledger: its X.500 name and its ledger (signing) public key. */
public record Party(MemberX500Name name, PublicKey publicKey) {

  public Party {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  @Override
  public String toString() {
    return "Party[" + name + "]";
  }
}
