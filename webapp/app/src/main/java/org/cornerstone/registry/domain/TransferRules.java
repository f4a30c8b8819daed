package org.cornerstone.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The rules a transfer of an instrument must meet (eligible investor categories, lock-ups, holder
 * limits), as a versioned value: a change of rules is a new version, never an edit. Today every
 * instrument has the first version without restrictions; issue 11 fills the rules in.
 */
@Embeddable
public class TransferRules {
  @Column(name = "transfer_rules_version", nullable = false)
  private int version;

  /** The restrictions, one per line; empty when there are none. */
  @Column(name = "transfer_restrictions", nullable = false, length = 2000)
  private String restrictions;

  protected TransferRules() {}

  private TransferRules(int version, String restrictions) {
    if (version <= 0) {
      throw new IllegalArgumentException("A rule set's version starts at 1.");
    }
    this.version = version;
    this.restrictions = Objects.requireNonNull(restrictions, "restrictions");
  }

  /** The first version: no restrictions. */
  public static TransferRules unrestricted() {
    return new TransferRules(1, "");
  }

  public int version() {
    return version;
  }

  public List<String> restrictions() {
    return restrictions.isEmpty() ? List.of() : Arrays.asList(restrictions.split("\n"));
  }

  public boolean isUnrestricted() {
    return restrictions.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransferRules other
        && version == other.version
        && restrictions.equals(other.restrictions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, restrictions);
  }
}
