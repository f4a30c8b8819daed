package org.cornerstone.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A cross-border payment versus payment between two organisations (issue 22, part 6): party A
 * instructed it (A pays {@code payMinor} of {@code payCurrency} cash issued by {@code payBank} to
 * B; B pays {@code receiveMinor} of {@code receiveCurrency} cash of {@code receiveBank} to A, at
 * {@code rate} units of the other currency per one {@code baseCurrency}); party B accepts (both
 * legs settle in one ledger transaction) or declines. The counter amount is fixed when A instructs
 * (base × rate, half-even to the minor unit), so both parties consent to the same numbers.
 */
@Entity
@Table(name = "financing_pvp")
public class PvpInstruction {
  /** Where a PvP stands. */
  public enum Status {
    /** Instructed by A, waiting for B. */
    INSTRUCTED,
    /** Accepted by B and settled on the ledger, both legs. */
    SETTLED,
    /** Declined by B; nothing moved. */
    DECLINED
  }

  public static final String NOT_OPEN = "This PvP is no longer open: it is %s.";

  @Id private String id;

  @Column(name = "party_a", nullable = false)
  private String partyA;

  @Column(name = "party_b", nullable = false)
  private String partyB;

  @Column(name = "pay_currency", nullable = false, length = 3)
  private String payCurrency;

  @Column(name = "pay_bank", nullable = false)
  private String payBank;

  @Column(name = "pay_minor", nullable = false)
  private long payMinor;

  @Column(name = "receive_currency", nullable = false, length = 3)
  private String receiveCurrency;

  @Column(name = "receive_bank", nullable = false)
  private String receiveBank;

  @Column(name = "receive_minor", nullable = false)
  private long receiveMinor;

  @Column(name = "base_currency", nullable = false, length = 3)
  private String baseCurrency;

  @Column(nullable = false)
  private String rate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "instructed_by", nullable = false)
  private String instructedBy;

  @Column(name = "client_key", nullable = false)
  private String clientKey;

  @Column(name = "instructed_at", nullable = false)
  private Instant instructedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "ledger_transaction")
  private String ledgerTransaction;

  protected PvpInstruction() {}

  /** The agreed terms of one leg: what a party pays, in which currency, of which bank's cash. */
  public record Leg(String currency, String bankOrganisation, long minorUnits) {
    public Leg {
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(bankOrganisation, "bankOrganisation");
      if (minorUnits <= 0) {
        throw new IllegalArgumentException("A leg's amount must be positive");
      }
    }
  }

  public PvpInstruction(
      String id,
      String partyA,
      String partyB,
      Leg pay,
      Leg receive,
      String baseCurrency,
      String rate,
      String instructedBy,
      String clientKey,
      Instant instructedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.partyA = Objects.requireNonNull(partyA, "partyA");
    this.partyB = Objects.requireNonNull(partyB, "partyB");
    this.payCurrency = pay.currency();
    this.payBank = pay.bankOrganisation();
    this.payMinor = pay.minorUnits();
    this.receiveCurrency = receive.currency();
    this.receiveBank = receive.bankOrganisation();
    this.receiveMinor = receive.minorUnits();
    this.baseCurrency = Objects.requireNonNull(baseCurrency, "baseCurrency");
    this.rate = Objects.requireNonNull(rate, "rate");
    this.instructedBy = Objects.requireNonNull(instructedBy, "instructedBy");
    this.clientKey = Objects.requireNonNull(clientKey, "clientKey");
    this.instructedAt = Objects.requireNonNull(instructedAt, "instructedAt");
    this.status = Status.INSTRUCTED;
  }

  /** B accepted and the ledger settled both legs in {@code transactionId}. */
  public void settled(String by, String transactionId, Instant at) {
    requireOpen();
    this.status = Status.SETTLED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.ledgerTransaction = transactionId;
  }

  /** B declined; nothing moves. */
  public void declined(String by, String reason, Instant at) {
    requireOpen();
    this.status = Status.DECLINED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.declineReason = reason;
  }

  private void requireOpen() {
    if (status != Status.INSTRUCTED) {
      throw new IllegalStateException(String.format(NOT_OPEN, status));
    }
  }

  /** The request key of its ledger settlement: {@code pvp-<id>.settle}. */
  public String ledgerRequestKey() {
    return "pvp-" + id + ".settle";
  }

  public String id() {
    return id;
  }

  public String partyA() {
    return partyA;
  }

  public String partyB() {
    return partyB;
  }

  public Leg pay() {
    return new Leg(payCurrency, payBank, payMinor);
  }

  public Leg receive() {
    return new Leg(receiveCurrency, receiveBank, receiveMinor);
  }

  public String baseCurrency() {
    return baseCurrency;
  }

  public String rate() {
    return rate;
  }

  public Status status() {
    return status;
  }

  public String instructedBy() {
    return instructedBy;
  }

  public String clientKey() {
    return clientKey;
  }

  public Instant instructedAt() {
    return instructedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String declineReason() {
    return declineReason;
  }

  public String ledgerTransaction() {
    return ledgerTransaction;
  }
}
