package org.cornerstone.registry.controls.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether an instrument is paused — a paused instrument refuses every transfer — and who paused or
 * resumed it last, why, when, by which approved action.
 */
@Entity
@Table(name = "instrument_pause")
public class InstrumentPause {
  @Id
  @Column(name = "instrument_id")
  private String instrumentId;

  @Column(nullable = false)
  private boolean paused;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(nullable = false)
  private String reason;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "action_id", nullable = false)
  private String actionId;

  @Version private long version;

  protected InstrumentPause() {}

  public InstrumentPause(String instrumentId) {
    this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
  }

  /** Pauses or resumes on behalf of an approved action. */
  public void set(boolean paused, String changedBy, String reason, Instant at, String actionId) {
    this.paused = paused;
    this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.changedAt = Objects.requireNonNull(at, "at");
    this.actionId = Objects.requireNonNull(actionId, "actionId");
  }

  public String instrumentId() {
    return instrumentId;
  }

  public boolean paused() {
    return paused;
  }

  public String changedBy() {
    return changedBy;
  }

  public String reason() {
    return reason;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String actionId() {
    return actionId;
  }
}
