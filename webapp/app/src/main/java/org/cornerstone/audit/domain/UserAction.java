package org.cornerstone.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit log of user actions. Immutable: the table refuses updates and deletes
 * (V17), and this class has no setters.
 */
@Entity
@Table(name = "user_action")
public class UserAction {
  /** Column widths of V17; longer texts are cut to fit (never refused: the action happened). */
  public static final int USERNAME = 100;

  public static final int ORGANISATION = 200;
  public static final int ACTION = 200;
  public static final int SUBJECT = 400;
  public static final int ADDRESS = 64;
  public static final int REASON = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String username;

  @Column private String organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(nullable = false)
  private String action;

  @Column private String subject;

  @Column(name = "client_address")
  private String clientAddress;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  @Column private String reason;

  protected UserAction() {}

  public UserAction(
      Instant at,
      String username,
      String organisation,
      Channel channel,
      String action,
      String subject,
      String clientAddress,
      Outcome outcome,
      String reason) {
    this.at = at;
    this.username = cut(username == null || username.isBlank() ? "anonymous" : username, USERNAME);
    this.organisation = cut(organisation, ORGANISATION);
    this.channel = channel;
    this.action = cut(action, ACTION);
    this.subject = cut(subject, SUBJECT);
    this.clientAddress = cut(clientAddress, ADDRESS);
    this.outcome = outcome;
    this.reason = cut(reason, REASON);
  }

  static String cut(String text, int max) {
    if (text == null) {
      return null;
    }
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String username() {
    return username;
  }

  public String organisation() {
    return organisation;
  }

  public Channel channel() {
    return channel;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String reason() {
    return reason;
  }
}
