package org.cornerstone.servicing.domain;

import java.time.Instant;

/**
 * One holder's entitlement in one distribution: the unit of payment, paid at most once. Amounts in
 * whole minor units; {@code net = gross - tax}.
 *
 * @param state {@code PENDING}, {@code PAID}, {@code HELD} (frozen at the record date: kept, not
 *     paid) or {@code RETAINED} (the payer's own tokens: nothing moves)
 * @param batchNo the payment batch the entitlement belongs to
 * @param releasedBy the trustee who released a held entitlement after the holding was unfrozen
 *     (null otherwise)
 */
public record StoredEntitlement(
    String distributionId,
    String holder,
    long quantity,
    boolean frozen,
    long grossMinor,
    boolean roundedUp,
    String country,
    String category,
    int withholdingBps,
    long taxMinor,
    long netMinor,
    String state,
    Integer batchNo,
    String ledgerTransaction,
    Instant paidAt,
    String releasedBy) {
  public static final String PENDING = "PENDING";
  public static final String PAID = "PAID";
  public static final String HELD = "HELD";
  public static final String RETAINED = "RETAINED";

  public StoredEntitlement paid(String transactionId, Instant at) {
    return paidBy(transactionId, at, releasedBy);
  }

  /** A held entitlement paid after the holding was unfrozen, released by {@code trustee}. */
  public StoredEntitlement released(String transactionId, Instant at, String trustee) {
    return paidBy(transactionId, at, trustee);
  }

  private StoredEntitlement paidBy(String transactionId, Instant at, String releaser) {
    return new StoredEntitlement(
        distributionId,
        holder,
        quantity,
        frozen,
        grossMinor,
        roundedUp,
        country,
        category,
        withholdingBps,
        taxMinor,
        netMinor,
        PAID,
        batchNo,
        transactionId,
        at,
        releaser);
  }
}
