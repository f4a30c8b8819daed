package org.cornerstone.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One administrative act: who did what to which organisation or user, and when. */
@Entity
@Table(name = "admin_audit")
public class AdminAuditEntry {
  /** What an administrator did. */
  public enum Action {
    ORGANISATION_CREATED,
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_RESET
  }

  @Id private String id;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(nullable = false)
  private String subject;

  @Column private String detail;

  protected AdminAuditEntry() {}

  public AdminAuditEntry(Instant at, String actor, Action action, String subject, String detail) {
    this.id = UUID.randomUUID().toString();
    this.at = at;
    this.actor = actor;
    this.action = action.name();
    this.subject = subject;
    this.detail = detail;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String detail() {
    return detail;
  }
}
