package org.cornerstone.registry.controls.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;

/**
 * An issuer-agent action on an instrument: requested by the registrar with a reason (and an
 * evidence document, kept beside it), approved or rejected by a trustee who is not the requester
 * (four eyes), then carried out once under its {@link #requestKey()}.
 */
@Entity
@Table(name = "issuer_agent_action")
public class IssuerAgentAction {
  public static final String REASON_REQUIRED = "Give the reason for the action.";
  public static final String REASON_TOO_LONG = "The reason is longer than 2000 characters.";
  public static final String HOLDER_REQUIRED = "Choose the holder the action is about.";
  public static final String HOLDER_NOT_ALLOWED =
      "A pause or resume is about the whole instrument.";
  public static final String RECIPIENT_REQUIRED = "Name the party that receives the tokens.";
  public static final String RECIPIENT_NOT_ALLOWED =
      "Only a forced transfer or a recovery has a recipient.";
  public static final String RECIPIENT_IS_HOLDER =
      "The recipient must be another party than the holder.";
  public static final String QUANTITY_REQUIRED = "Give the quantity of tokens to transfer.";
  public static final String QUANTITY_NOT_ALLOWED = "This action takes no quantity.";
  public static final String QUANTITY_NOT_POSITIVE =
      "The quantity must be a positive whole number.";
  public static final String FOUR_EYES =
      "Four eyes: you requested this action, so another person (a trustee) must approve it.";

  /** Arguments: the status. */
  public static final String NOT_OPEN =
      "This action is no longer waiting for a decision (it is %s).";

  /** Arguments: the status. */
  public static final String NOT_APPROVED =
      "Only an approved action is carried out (this one is %s).";

  @Id private String id;

  @Column(name = "instrument_id", nullable = false)
  private String instrumentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionKind kind;

  private String holder;
  private String recipient;
  private Long quantity;

  @Column(nullable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionStatus status;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_by_name", nullable = false)
  private String requestedByName;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_by_name")
  private String decidedByName;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_comment")
  private String decisionComment;

  @Column(name = "ledger_transaction_id")
  private String ledgerTransactionId;

  @Column(name = "executed_at")
  private Instant executedAt;

  @Column(name = "request_key", nullable = false, unique = true)
  private String requestKey;

  @Version private long version;

  protected IssuerAgentAction() {}

  /**
   * A new request, checked: every problem at once.
   *
   * @param holder the holder's X.500 name (freeze, unfreeze, forced transfer, recovery)
   * @param recipient who receives the tokens (forced transfer, recovery)
   * @param quantity tokens (forced transfer; optional for a freeze or unfreeze: absent = whole)
   */
  public static IssuerAgentAction request(
      String id,
      String instrumentId,
      ActionKind kind,
      String holder,
      String recipient,
      Long quantity,
      String reason,
      String requestedBy,
      String requestedByName,
      Instant requestedAt) {
    Objects.requireNonNull(kind, "kind");
    List<String> problems = problems(kind, holder, recipient, quantity, reason);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    IssuerAgentAction action = new IssuerAgentAction();
    action.id = Objects.requireNonNull(id, "id");
    action.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
    action.kind = kind;
    action.holder = blankToNull(holder);
    action.recipient = blankToNull(recipient);
    action.quantity = quantity;
    action.reason = reason.strip();
    action.status = ActionStatus.REQUESTED;
    action.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    action.requestedByName = Objects.requireNonNull(requestedByName, "requestedByName");
    action.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    action.requestKey = requestKeyOf(id);
    return action;
  }

  /** Every problem with a request of this kind; empty when it is acceptable. */
  public static List<String> problems(
      ActionKind kind, String holder, String recipient, Long quantity, String reason) {
    List<String> problems = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      problems.add(REASON_REQUIRED);
    } else if (reason.strip().length() > 2000) {
      problems.add(REASON_TOO_LONG);
    }
    boolean hasHolder = holder != null && !holder.isBlank();
    boolean hasRecipient = recipient != null && !recipient.isBlank();
    if (kind.needsHolder() && !hasHolder) {
      problems.add(HOLDER_REQUIRED);
    }
    if (!kind.needsHolder() && hasHolder) {
      problems.add(HOLDER_NOT_ALLOWED);
    }
    if (kind.needsRecipient() && !hasRecipient) {
      problems.add(RECIPIENT_REQUIRED);
    }
    if (!kind.needsRecipient() && hasRecipient) {
      problems.add(RECIPIENT_NOT_ALLOWED);
    }
    if (hasHolder && hasRecipient && holder.strip().equals(recipient.strip())) {
      problems.add(RECIPIENT_IS_HOLDER);
    }
    switch (kind.quantity()) {
      case REQUIRED -> {
        if (quantity == null) {
          problems.add(QUANTITY_REQUIRED);
        }
      }
      case NONE -> {
        if (quantity != null) {
          problems.add(QUANTITY_NOT_ALLOWED);
        }
      }
      case OPTIONAL -> {
        // absent: the whole holding
      }
    }
    if (quantity != null && quantity <= 0 && kind.quantity() != ActionKind.Quantity.NONE) {
      problems.add(QUANTITY_NOT_POSITIVE);
    }
    return problems;
  }

  /** The ledger request key of the execution: {@code action-<id>.execute}. */
  public static String requestKeyOf(String id) {
    return "action-" + id + ".execute";
  }

  /** Refuses the requester as approver: four eyes. */
  public void requireOtherThanRequester(String userId) {
    if (requestedBy.equals(userId)) {
      throw new AccessDeniedException(FOUR_EYES);
    }
  }

  /** A trustee (not the requester) approves: the action may now be carried out. */
  public void approve(String userId, String displayName, String comment, Instant at) {
    decide(userId, displayName, comment, at);
    status = ActionStatus.APPROVED;
  }

  /** A trustee (not the requester) rejects, with the reason: nothing is carried out. */
  public void reject(String userId, String displayName, String comment, Instant at) {
    decide(userId, displayName, comment, at);
    status = ActionStatus.REJECTED;
  }

  /**
   * Fixes how many tokens a recovery moves: all the holder held when the trustee approved, so a
   * retried execution moves the same quantity under the same request key.
   */
  public void recoveryQuantity(long held) {
    if (kind != ActionKind.RECOVERY || status == ActionStatus.EXECUTED) {
      throw new IllegalStateException("Only a recovery not yet carried out takes its quantity");
    }
    if (held <= 0) {
      throw new ValidationException(QUANTITY_NOT_POSITIVE);
    }
    this.quantity = held;
  }

  /** Records the rejection reason the process passes on (the same comment; kept if set). */
  public void rejected(String reasonGiven) {
    if (status != ActionStatus.REJECTED) {
      throw new ConflictException(String.format(NOT_OPEN, status));
    }
    if (decisionComment == null || decisionComment.isBlank()) {
      decisionComment = reasonGiven;
    }
  }

  /** The action was carried out; {@code ledgerTransactionId} is null for a pause or resume. */
  public void executed(String ledgerTransactionId, Long quantityMoved, Instant at) {
    if (status != ActionStatus.APPROVED) {
      throw new IllegalStateException(String.format(NOT_APPROVED, status));
    }
    this.ledgerTransactionId = ledgerTransactionId;
    if (quantityMoved != null) {
      this.quantity = quantityMoved;
    }
    this.executedAt = Objects.requireNonNull(at, "at");
    this.status = ActionStatus.EXECUTED;
  }

  private void decide(String userId, String displayName, String comment, Instant at) {
    if (status != ActionStatus.REQUESTED) {
      throw new ConflictException(String.format(NOT_OPEN, status));
    }
    requireOtherThanRequester(userId);
    this.decidedBy = Objects.requireNonNull(userId, "userId");
    this.decidedByName = displayName == null ? userId : displayName;
    this.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
    this.decidedAt = Objects.requireNonNull(at, "at");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String id() {
    return id;
  }

  public String instrumentId() {
    return instrumentId;
  }

  public ActionKind kind() {
    return kind;
  }

  public String holder() {
    return holder;
  }

  public String recipient() {
    return recipient;
  }

  public Long quantity() {
    return quantity;
  }

  public String reason() {
    return reason;
  }

  public ActionStatus status() {
    return status;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public String requestedByName() {
    return requestedByName;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String decidedByName() {
    return decidedByName;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionComment() {
    return decisionComment;
  }

  public String ledgerTransactionId() {
    return ledgerTransactionId;
  }

  public Instant executedAt() {
    return executedAt;
  }

  public String requestKey() {
    return requestKey;
  }
}
