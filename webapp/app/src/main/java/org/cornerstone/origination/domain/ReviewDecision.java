package org.cornerstone.origination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer's decision on an asset: who, which step, approve or reject, why, when. */
@Entity
@Table(name = "review_decision")
public class ReviewDecision {
  @Id private String id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "asset_id")
  private Asset asset;

  @Column(name = "task_id", nullable = false, unique = true)
  private String taskId;

  @Column(nullable = false)
  private String step;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_by_name", nullable = false)
  private String decidedByName;

  @Column(nullable = false)
  private boolean approved;

  @Column(name = "comment")
  private String comment;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected ReviewDecision() {}

  public ReviewDecision(
      String id,
      Asset asset,
      String taskId,
      String step,
      String decidedBy,
      String decidedByName,
      boolean approved,
      String comment,
      Instant decidedAt) {
    this.id = id;
    this.asset = asset;
    this.taskId = taskId;
    this.step = step;
    this.decidedBy = decidedBy;
    this.decidedByName = decidedByName;
    this.approved = approved;
    this.comment = comment;
    this.decidedAt = decidedAt;
  }

  public String taskId() {
    return taskId;
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

  public boolean approved() {
    return approved;
  }

  public String comment() {
    return comment;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
