package org.cornerstone.cash.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An investor's deposit or withdrawal at the settlement bank: asked for, then confirmed (and
 * settled on the ledger) or rejected by the bank. Amounts in minor units.
 */
@Entity
@Table(name = "cash_request")
public class CashRequest {
  /** Deposit or withdrawal. */
  public enum Kind {
    DEPOSIT,
    WITHDRAWAL
  }

  /** Where a request stands. */
  public enum Status {
    /** Waiting for the settlement bank. */
    REQUESTED,
    /** The bank confirmed; the ledger step is running (or waiting for a retry). */
    CONFIRMED,
    /** The bank rejected it, with a reason. */
    REJECTED,
    /** The cash was issued (deposit) or redeemed (withdrawal) on the ledger. */
    COMPLETED
  }

  public static final String NOT_OPEN = "This request was already decided.";

  @Id private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String holder;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "client_key", nullable = false)
  private String clientKey;

  @Column(nullable = false)
  private String currency;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "reject_reason")
  private String rejectReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "ledger_transaction")
  private String ledgerTransaction;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version private long version;

  protected CashRequest() {}

  public CashRequest(
      String id,
      Kind kind,
      String holder,
      String requestedBy,
      String clientKey,
      String currency,
      long amountMinor,
      String reference,
      Instant requestedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.holder = Objects.requireNonNull(holder, "holder");
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.clientKey = Objects.requireNonNull(clientKey, "clientKey");
    this.currency = Objects.requireNonNull(currency, "currency");
    if (amountMinor <= 0) {
      throw new IllegalArgumentException("amount must be positive");
    }
    this.amountMinor = amountMinor;
    this.reference = reference;
    this.status = Status.REQUESTED;
    this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
  }

  /** The bank confirmed; the ledger step follows. Repeats change nothing. */
  public void confirmed(String by, Instant at) {
    if (status == Status.CONFIRMED || status == Status.COMPLETED) {
      return;
    }
    requireOpen();
    status = Status.CONFIRMED;
    decidedBy = by;
    decidedAt = at;
  }

  /** The ledger transaction committed. Repeats change nothing. */
  public void completed(String transactionId, Instant at) {
    if (status == Status.COMPLETED) {
      return;
    }
    if (status == Status.REJECTED) {
      throw new IllegalStateException("A rejected request cannot complete: " + id);
    }
    status = Status.COMPLETED;
    ledgerTransaction = Objects.requireNonNull(transactionId, "transactionId");
    completedAt = at;
  }

  /** The bank rejected it. A repeat changes nothing. */
  public void rejected(String by, String reason, Instant at) {
    if (status == Status.REJECTED) {
      return;
    }
    requireOpen();
    status = Status.REJECTED;
    decidedBy = by;
    rejectReason = reason;
    decidedAt = at;
  }

  private void requireOpen() {
    if (status != Status.REQUESTED) {
      throw new IllegalStateException(NOT_OPEN + " (" + id + " is " + status + ")");
    }
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The key of the cash reservation a withdrawal holds until it completes or is rejected. */
  public String reservationKey() {
    return "withdrawal-" + id;
  }

  /** The ledger request key: {@code deposit-<id>.issue} or {@code withdrawal-<id>.redeem}. */
  public String ledgerRequestKey() {
    return kind == Kind.DEPOSIT ? "deposit-" + id + ".issue" : "withdrawal-" + id + ".redeem";
  }

  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String holder() {
    return holder;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public String clientKey() {
    return clientKey;
  }

  public String currency() {
    return currency;
  }

  public long amountMinor() {
    return amountMinor;
  }

  public String reference() {
    return reference;
  }

  public Status status() {
    return status;
  }

  public String rejectReason() {
    return rejectReason;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String ledgerTransaction() {
    return ledgerTransaction;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
