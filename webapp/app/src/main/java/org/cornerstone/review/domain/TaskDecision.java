package org.cornerstone.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's decision on a workflow task, in any onboarding process (an asset's or an investor's):
 * who, which step, what, why, when. The audit trail of due diligence; never changed once written.
 */
@Entity
@Table(name = "task_decision")
public class TaskDecision {
  @Id private String id;

  @Column(name = "subject_id", nullable = false)
  private String subjectId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "task_id", nullable = false, unique = true)
  private String taskId;

  @Column(name = "task_key", nullable = false)
  private String taskKey;

  @Column(nullable = false)
  private String step;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_by_name", nullable = false)
  private String decidedByName;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", nullable = false)
  private ReviewOutcome outcome;

  @Column(name = "comment")
  private String comment;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected TaskDecision() {}

  public TaskDecision(
      String id,
      String subjectId,
      String processInstanceId,
      String taskId,
      String taskKey,
      String step,
      String decidedBy,
      String decidedByName,
      ReviewOutcome outcome,
      String comment,
      Instant decidedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.processInstanceId = processInstanceId;
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.taskKey = Objects.requireNonNull(taskKey, "taskKey");
    this.step = Objects.requireNonNull(step, "step");
    this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
    this.decidedByName = Objects.requireNonNull(decidedByName, "decidedByName");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.comment = comment;
    this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
  }

  public String subjectId() {
    return subjectId;
  }

  public String taskId() {
    return taskId;
  }

  public String taskKey() {
    return taskKey;
  }

  public String step() {
    return step;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String decidedByName() {
    return decidedByName;
  }

  public ReviewOutcome outcome() {
    return outcome;
  }

  public boolean approved() {
    return outcome == ReviewOutcome.APPROVE;
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
