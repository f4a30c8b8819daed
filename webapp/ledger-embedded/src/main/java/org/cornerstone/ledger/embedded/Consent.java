package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.Objects;

/**
 * A party's consent to a transaction the ledger signs for it (ADR 0019): the party (by its ledger
 * key), what kind of consent it is and the reference of the record that holds it in the application
 * (an order or trade id, an instruction's request key, a process instance or task, a registrar's
 * decision). The ledger signs for a non-notary party only if the draft names a consent of that
 * party, and records every consent with the transaction.
 */
public record Consent(PublicKey party, Kind kind, String reference) {

  /** The longest reference the ledger records. */
  public static final int MAX_REFERENCE_LENGTH = 200;

  /** What the consent is. */
  public enum Kind {
    /** The party's order: a seller's sell order, a buyer's buy order (the order or trade id). */
    ORDER,
    /** The party's instruction: a holder's transfer or payment instruction (its request key). */
    INSTRUCTION,
    /**
     * An approval recorded by the process: the issuer's, trustee's or bank's approval (process
     * instance, business key or task id).
     */
    APPROVAL,
    /**
     * A registrar's or agent's decision using its powers (freeze, unfreeze, forced transfer,
     * records, rule sets): the decision's reference.
     */
    DECISION,
    /**
     * The registrar's co-signature of a holder's operation, given because the registry's transfer
     * rules admit it (checked before signing by the {@link RegistrarPolicy}); the reference is the
     * operation's.
     */
    RULES
  }

  public Consent {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    if (reference.isBlank() || reference.length() > MAX_REFERENCE_LENGTH) {
      throw new IllegalArgumentException(
          "A consent's reference is 1 to " + MAX_REFERENCE_LENGTH + " characters, not blank");
    }
  }

  /** {@code party}'s consent of {@code kind} recorded under {@code reference}. */
  public static Consent of(PublicKey party, Kind kind, String reference) {
    return new Consent(party, kind, reference);
  }
}
