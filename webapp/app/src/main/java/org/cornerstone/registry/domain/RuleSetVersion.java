package org.cornerstone.registry.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One version of an instrument's rule set, as it became effective; never changed once written. */
@Entity
@Table(name = "transfer_rule_version")
@IdClass(RuleSetVersion.Key.class)
public class RuleSetVersion {
  @Id
  @Column(name = "instrument_id")
  private String instrumentId;

  @Id
  @Column(name = "transfer_rules_version")
  private int version;

  @Embedded
  @AttributeOverride(
      name = "version",
      column = @Column(name = "transfer_rules_version", insertable = false, updatable = false))
  private TransferRules rules;

  @Column(name = "effective_at", nullable = false)
  private Instant effectiveAt;

  @Column(name = "proposed_by")
  private String proposedBy;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "change_id")
  private String changeId;

  protected RuleSetVersion() {}

  public RuleSetVersion(
      String instrumentId,
      RuleSet rules,
      Instant effectiveAt,
      String proposedBy,
      String approvedBy,
      String changeId) {
    this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
    this.version = rules.version();
    this.rules = TransferRules.of(rules);
    this.effectiveAt = Objects.requireNonNull(effectiveAt, "effectiveAt");
    this.proposedBy = proposedBy;
    this.approvedBy = approvedBy;
    this.changeId = changeId;
  }

  public String instrumentId() {
    return instrumentId;
  }

  public RuleSet rules() {
    return rules.ruleSet();
  }

  public Instant effectiveAt() {
    return effectiveAt;
  }

  public Optional<String> proposedBy() {
    return Optional.ofNullable(proposedBy);
  }

  public Optional<String> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<String> changeId() {
    return Optional.ofNullable(changeId);
  }

  /** The key: instrument and version. */
  public static class Key implements Serializable {
    private String instrumentId;
    private int version;

    public Key() {}

    public Key(String instrumentId, int version) {
      this.instrumentId = instrumentId;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.version == version
          && Objects.equals(k.instrumentId, instrumentId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(instrumentId, version);
    }
  }
}
