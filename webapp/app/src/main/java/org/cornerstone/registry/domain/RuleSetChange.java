package org.cornerstone.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of an instrument's rule set the registrar proposed: the whole new rule set (as the next
 * version) and why. A trustee other than the proposer approves it (it becomes the instrument's
 * current rule set) or rejects it.
 */
@Entity
@Table(name = "transfer_rule_change")
public class RuleSetChange {
  /** Where a proposal stands. */
  public enum Status {
    PROPOSED,
    APPROVED,
    REJECTED
  }

  public static final String FOUR_EYES =
      "Four eyes: you proposed this change of transfer rules, so another person must decide it.";
  public static final String NOT_OPEN = "This change of transfer rules was already decided.";

  @Id private String id;

  @Column(name = "instrument_id", nullable = false)
  private String instrumentId;

  @Column(name = "base_version", nullable = false)
  private int baseVersion;

  @Embedded private TransferRules rules;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_comment", length = 2000)
  private String decisionComment;

  @Version private long version;

  protected RuleSetChange() {}

  public RuleSetChange(
      String id,
      String instrumentId,
      int baseVersion,
      RuleSet proposed,
      String reason,
      String proposedBy,
      Instant proposedAt) {
    if (proposed.version() != baseVersion + 1) {
      throw new IllegalArgumentException("A change proposes the version after its base.");
    }
    this.id = Objects.requireNonNull(id, "id");
    this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
    this.baseVersion = baseVersion;
    this.rules = TransferRules.of(proposed);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
    this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
    this.status = Status.PROPOSED;
  }

  /** Records the decision; the proposer can never decide their own change. */
  public void decide(boolean approve, String decider, String comment, Instant at) {
    if (status != Status.PROPOSED) {
      throw new IllegalStateException(NOT_OPEN);
    }
    if (proposedBy.equals(decider)) {
      throw new IllegalStateException(FOUR_EYES);
    }
    this.status = approve ? Status.APPROVED : Status.REJECTED;
    this.decidedBy = decider;
    this.decidedAt = at;
    this.decisionComment = comment;
  }

  public String id() {
    return id;
  }

  public String instrumentId() {
    return instrumentId;
  }

  public int baseVersion() {
    return baseVersion;
  }

  public RuleSet proposed() {
    return rules.ruleSet();
  }

  public String reason() {
    return reason;
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public Status status() {
    return status;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> decisionComment() {
    return Optional.ofNullable(decisionComment);
  }
}
