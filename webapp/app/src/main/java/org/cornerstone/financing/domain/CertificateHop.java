package org.cornerstone.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One hop of a payable certificate down the supply chain: a holder moved {@code amountMinor} of its
 * holding (tokens = minor units of face value) to another organisation in one ledger transaction.
 * The holder's request key makes the hop idempotent: a second submit answers this hop.
 */
@Entity
@Table(name = "financing_hop")
public class CertificateHop {
  /** A supplier paid its own supplier with part of its certificate (this part 3). */
  public static final String TRANSFER = "TRANSFER";

  /** A holder sold part of its certificate to a financier (discounting, recorded by that part). */
  public static final String DISCOUNT = "DISCOUNT";

  @Id private String id;

  @Column(name = "certificate_id", nullable = false)
  private String certificateId;

  @Column(name = "request_key", nullable = false, unique = true)
  private String requestKey;

  @Column(name = "from_organisation", nullable = false)
  private String fromOrganisation;

  @Column(name = "to_organisation", nullable = false)
  private String toOrganisation;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(nullable = false)
  private String kind;

  @Column(name = "ledger_transaction_id", nullable = false)
  private String ledgerTransactionId;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected CertificateHop() {}

  public CertificateHop(
      String id,
      String certificateId,
      String requestKey,
      String fromOrganisation,
      String toOrganisation,
      long amountMinor,
      String kind,
      String ledgerTransactionId,
      String requestedBy,
      Instant recordedAt) {
    if (amountMinor <= 0) {
      throw new IllegalArgumentException("A hop moves a positive amount.");
    }
    if (fromOrganisation.equals(toOrganisation)) {
      throw new IllegalArgumentException("A hop moves to another organisation.");
    }
    this.id = Objects.requireNonNull(id);
    this.certificateId = Objects.requireNonNull(certificateId);
    this.requestKey = Objects.requireNonNull(requestKey);
    this.fromOrganisation = fromOrganisation;
    this.toOrganisation = toOrganisation;
    this.amountMinor = amountMinor;
    this.kind = Objects.requireNonNull(kind);
    this.ledgerTransactionId = Objects.requireNonNull(ledgerTransactionId);
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.recordedAt = Objects.requireNonNull(recordedAt);
  }

  public String id() {
    return id;
  }

  public String certificateId() {
    return certificateId;
  }

  public String requestKey() {
    return requestKey;
  }

  public String fromOrganisation() {
    return fromOrganisation;
  }

  public String toOrganisation() {
    return toOrganisation;
  }

  public long amountMinor() {
    return amountMinor;
  }

  public String kind() {
    return kind;
  }

  public String ledgerTransactionId() {
    return ledgerTransactionId;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  /** Whether a repeated request asks for the same hop (same parties and amount). */
  public boolean sameAs(String certificate, String from, String to, long amount) {
    return certificateId.equals(certificate)
        && fromOrganisation.equals(from)
        && toOrganisation.equals(to)
        && amountMinor == amount;
  }
}
