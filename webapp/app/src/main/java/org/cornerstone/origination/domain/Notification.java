package org.cornerstone.origination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Something the platform told a user, e.g. that their asset was tokenized. */
@Entity
@Table(name = "notification")
public class Notification {
  @Id private String id;

  @Column(nullable = false)
  private String recipient;

  @Column(name = "subject_id", nullable = false)
  private String subjectId;

  @Column(nullable = false)
  private String message;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Notification() {}

  public Notification(
      String id, String recipient, String subjectId, String message, Instant createdAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.message = Objects.requireNonNull(message, "message");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public String recipient() {
    return recipient;
  }

  public String subjectId() {
    return subjectId;
  }

  public String message() {
    return message;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
